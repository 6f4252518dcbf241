package frontdoor.service.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.StrictJson;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Not part of the product: the yardstick of the load test ({@code service/scripts/load.sh}), active only
 * with the {@code stack-baseline} profile. It does what any Spring Boot endpoint on this stack must do for a
 * referral, and nothing of Frontdoor's job: parse the JSON and insert it, one row, committed. Frontdoor's
 * throughput is reported as a share of this one's, measured in the same run on the same database.
 */
@Hidden
@Profile(StackBaseline.PROFILE)
@RestController
class StackBaseline {
    static final String PROFILE = "stack-baseline";
    static final String PATH = "/stack-baseline/referrals";
    private final JdbcTemplate jdbc;

    StackBaseline(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("CREATE TABLE IF NOT EXISTS stack_baseline (referral_id VARCHAR(100) PRIMARY KEY, body VARCHAR(100000) NOT NULL)");
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> insert(@RequestBody String body) {
        JsonNode tree = StrictJson.BODY.tree(body);
        jdbc.update("INSERT INTO stack_baseline (referral_id, body) VALUES (?, ?)", tree.path("referralId").asText(), body);
        return ResponseEntity.status(201).contentType(MediaType.APPLICATION_JSON).body("{}");
    }
}
