package frontdoor.service.allocation;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which instance solves a plan, in the database: the holder renews its lease while it solves; a lease that
 * runs out without renewal means the instance died, and the plan is marked INTERRUPTED for any instance to
 * resume. Another instance does not solve a plan under a live lease: it asks the holder to stop
 * ({@code stop_requested}) and waits for the plan to leave SOLVING.
 */
@Component
class PlanLease {
    private final JdbcClient jdbc;
    private final Clock clock;
    private final long seconds;
    private final String instance;

    PlanLease(JdbcClient jdbc, ObjectProvider<Clock> clock, AllocationProperties properties,
              @Value("${frontdoor.instance-name:}") String instanceName) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.seconds = properties.leaseSeconds();
        this.instance = instanceName.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8)
                : instanceName;
    }

    /** This instance's name, as it holds leases. */
    String instance() {
        return instance;
    }

    /** Takes the plan's lease for this instance (in the transaction that starts its solving). */
    void take(String id) {
        jdbc.sql("UPDATE allocation_plan SET lease_holder = ?, lease_until = ?, stop_requested = FALSE WHERE id = ?")
                .params(instance, until(), id).update();
    }

    /** Renews this instance's leases on the plans it solves. */
    void renew(Collection<String> ids) {
        for (String id : ids) {
            jdbc.sql("UPDATE allocation_plan SET lease_until = ? WHERE id = ? AND lease_holder = ?").params(until(), id, instance).update();
        }
    }

    /** Of the plans this instance solves, those another instance has asked to stop. */
    List<String> stopsRequested() {
        return jdbc.sql("SELECT id FROM allocation_plan WHERE status = 'SOLVING' AND stop_requested AND lease_holder = ?")
                .param(instance).query(String.class).list();
    }

    /** Asks whichever instance solves the plan to stop. */
    void requestStop(String id) {
        jdbc.sql("UPDATE allocation_plan SET stop_requested = TRUE WHERE id = ? AND status = 'SOLVING'").param(id).update();
    }

    /** The other instance solving the plan under a live lease, if any. */
    Optional<String> heldElsewhere(String id) {
        return jdbc.sql("SELECT lease_holder FROM allocation_plan WHERE id = ? AND status = 'SOLVING' AND lease_holder <> ? AND lease_until > ?")
                .params(id, instance, now()).query(String.class).optional();
    }

    /** Plans left SOLVING under a lease that has run out (or none): their instance died. */
    int expired() {
        return jdbc.sql("UPDATE allocation_plan SET status = 'INTERRUPTED' WHERE status = 'SOLVING' AND (lease_until IS NULL OR lease_until < ?)")
                .param(now()).update();
    }

    private OffsetDateTime until() {
        return now().plusSeconds(seconds);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** How often the holder renews: three times per lease. */
    long renewMillis() {
        return seconds * 1000 / 3;
    }
}
