package frontdoor.service.retention;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs {@link Retention} every {@code frontdoor.retention.interval} (6 hours), the first run
 * {@code frontdoor.retention.first-run-after} (10 minutes) after start-up; an interval of 0 turns it off.
 * Instances on one database may run it at once: a referral is anonymised once (its row is locked).
 */
@Component
class RetentionTimer implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionTimer.class);
    private final Retention retention;
    private final Duration interval;
    private final Duration firstRunAfter;
    private ScheduledExecutorService timer;

    RetentionTimer(Retention retention, @Value("${frontdoor.retention.interval:6h}") Duration interval,
                   @Value("${frontdoor.retention.first-run-after:10m}") Duration firstRunAfter) {
        this.retention = retention;
        this.interval = interval;
        this.firstRunAfter = firstRunAfter;
    }

    @Override
    public synchronized void start() {
        if (interval.isZero()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "retention");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::runOnce, firstRunAfter.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            Retention.Run run = retention.run();
            LOG.info("Retention: {} plans removed, {} referrals anonymised, {} old referrals still awaiting a decision",
                    run.plansRemoved(), run.referralsAnonymised(), run.oldReferralsStillOpen());
        } catch (RuntimeException e) {
            LOG.warn("Retention run failed, nothing of it kept: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
