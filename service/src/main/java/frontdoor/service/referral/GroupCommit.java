package frontdoor.service.referral;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for new referrals. Every audit entry must lock the chain head until it commits, so
 * committing referrals one by one serialises the commits (on PostgreSQL, one disk flush each). Here the
 * request threads take turns as the committer: the one holding the turn takes every referral waiting (up
 * to {@value #MAX_BATCH}), its own among them, stores them, their recommendations and their audit entries
 * in one transaction, and releases their requests; a thread whose referral was committed while it waited
 * for the turn returns at once. No thread of its own: on a busy machine a lone writer thread got a small
 * share of the cores while every request waited for it. If a batch fails (say, a duplicate id stored by
 * another instance at the same moment), each referral is retried alone, so only the one at fault fails.
 */
@Component
class GroupCommit {
    static final int MAX_BATCH = 256;
    private final Queue<Waiting> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock turn = new ReentrantLock();
    private final ReferralWriter writer;
    private final TransactionTemplate tx;

    private record Waiting(ReferralWriter.Pending pending, CompletableFuture<Boolean> committed) {
    }

    GroupCommit(ReferralWriter writer, PlatformTransactionManager transactions) {
        this.writer = writer;
        // its own transaction whatever the caller's: the batch holds other requests' referrals too
        this.tx = new TransactionTemplate(transactions);
        tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Returns true once the referral, its recommendation and its audit entry are committed, false if a
     * referral with its id had been stored before (nothing is stored then); throws if it could not be stored.
     */
    boolean store(ReferralWriter.Pending pending) {
        Waiting waiting = new Waiting(pending, new CompletableFuture<>());
        queue.add(waiting);
        turn.lock();
        try {
            while (!waiting.committed().isDone()) { // more than a batch may wait ahead of it
                commitWaiting();
            }
        } finally {
            turn.unlock();
        }
        try {
            return waiting.committed().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Under the turn: commits what is waiting, oldest first, up to a batch. */
    private void commitWaiting() {
        List<Waiting> batch = new ArrayList<>();
        for (Waiting w; batch.size() < MAX_BATCH && (w = queue.poll()) != null; ) {
            batch.add(w);
        }
        try {
            commit(batch);
        } catch (Error e) {
            // nobody may wait for ever on a batch that broke this way
            batch.forEach(w -> w.committed().completeExceptionally(e));
            throw e;
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
}
