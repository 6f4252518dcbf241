package frontdoor.service.referral;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for new referrals. Every audit entry must lock the chain head until it commits, so
 * committing referrals one by one serialises the commits (on PostgreSQL, one disk flush each). Here one
 * writer thread takes whatever referrals are waiting (up to {@value #MAX_BATCH}), stores them, their
 * recommendations and their audit entries in one transaction, and only then releases their requests. If a
 * batch fails (say, a duplicate id stored by another instance at the same moment), each referral is retried alone, so only
 * the one at fault fails.
 */
@Component
class GroupCommit {
    static final int MAX_BATCH = 256;
    private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private final ReferralWriter writer;
    private final TransactionTemplate tx;
    private final Thread thread;
    private volatile boolean running = true;

    private record Waiting(ReferralWriter.Pending pending, CompletableFuture<Boolean> committed) {
    }

    GroupCommit(ReferralWriter writer, TransactionTemplate tx) {
        this.writer = writer;
        this.tx = tx;
        this.thread = new Thread(this::run, "referral-group-commit");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Returns true once the referral, its recommendation and its audit entry are committed, false if a
     * referral with its id had been stored before (nothing is stored then); throws if it could not be stored.
     */
    boolean store(ReferralWriter.Pending pending) {
        Waiting waiting = new Waiting(pending, new CompletableFuture<>());
        queue.add(waiting);
        try {
            return waiting.committed().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the referral was being stored", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the referral was not stored within 30 s", e);
        }
    }

    private void run() {
        List<Waiting> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Waiting first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (Error e) {
                // the writer must outlive anything one batch does, or every later request would wait 30 s
                batch.forEach(w -> w.committed().completeExceptionally(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Waiting> batch) {
        try {
            Set<ReferralWriter.Pending> stored = Collections.newSetFromMap(new IdentityHashMap<>());
            stored.addAll(tx.execute(s -> writer.insert(batch.stream().map(Waiting::pending).toList())));
            batch.forEach(w -> w.committed().complete(stored.contains(w.pending())));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).committed().completeExceptionally(e);
            } else {
                batch.forEach(w -> commit(List.of(w)));
            }
        }
    }

    /** After the web server has drained its requests: finish what is queued, then stop. */
    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        thread.join(10_000);
    }
}
