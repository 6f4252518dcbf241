package frontdoor.service.policy;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.JsonChecks;
import frontdoor.rules.StrictJson;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The period of an impact report, {@code {"from"?, "to"?}} as instants: the referrals received from
 * {@code from} up to {@code to}; by default the last {@link #DEFAULT_DAYS} days up to now. An empty body is
 * the default period.
 */
record ImpactForm(Instant from, Instant to) {
    static final int DEFAULT_DAYS = 90;

    static ImpactForm read(String body, Clock clock) {
        Instant now = clock.instant();
        if (body == null || body.isBlank()) {
            return new ImpactForm(now.minus(Duration.ofDays(DEFAULT_DAYS)), now);
        }
        JsonChecks c = new JsonChecks();
        JsonNode root = StrictJson.BODY.tree(body, c);
        Instant from = null;
        Instant to = null;
        if (root != null && c.object(root, "$", Set.of("from", "to"))) {
            from = c.instant(root, "$", "from", false);
            to = c.instant(root, "$", "to", false);
        }
        to = to == null ? now : to;
        from = from == null ? to.minus(Duration.ofDays(DEFAULT_DAYS)) : from;
        if (c.problems().isEmpty() && !from.isBefore(to)) {
            c.problem("$.from", "must be before to");
        }
        if (!c.problems().isEmpty()) {
            throw new InvalidInputException(c.problems());
        }
        return new ImpactForm(from, to);
    }
}
