package frontdoor.service.audit;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * At start-up, the key in use recorded in the chain (a rotation when it changed) and a first checkpoint;
 * then a checkpoint every {@code frontdoor.audit.checkpoint-interval} (5 minutes) and a last one at shutdown,
 * after the web server has finished its requests.
 */
@Component
class AuditSealing implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(AuditSealing.class);
    private final AuditLog log;
    private final AuditCheckpoints checkpoints;
    private final Duration interval;
    private ScheduledExecutorService timer;

    AuditSealing(AuditLog log, AuditCheckpoints checkpoints, @Value("${frontdoor.audit.checkpoint-interval:5m}") Duration interval) {
        this.log = log;
        this.checkpoints = checkpoints;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        log.recordKeyInUse();
        checkpoints.write();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "audit-checkpoints");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::checkpoint, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void checkpoint() {
        try {
            checkpoints.write();
        } catch (RuntimeException e) {
            LOG.warn("No audit checkpoint this time: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            try {   // the last checkpoint, waited for a few seconds at most: a database already gone must not hold up the exit
                timer.submit(this::checkpoint).get(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                LOG.warn("No audit checkpoint at shutdown: the database did not answer");
            }
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    /** Stopped after the web server's graceful shutdown, started before it takes requests. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
