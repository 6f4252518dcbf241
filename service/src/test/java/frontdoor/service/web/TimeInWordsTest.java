package frontdoor.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeInWordsTest {
    static final Instant NOW = Instant.parse("2026-11-23T09:15:00Z");

    @Test
    void timeLeftAndOverdueInTheTwoLargestUnits() {
        assertThat(TimeInWords.left(NOW, NOW.plusSeconds(4 * 3600))).isEqualTo("4 hours left");
        assertThat(TimeInWords.left(NOW, NOW.plusSeconds(3600 + 5 * 60))).isEqualTo("1 hour 5 minutes left");
        assertThat(TimeInWords.left(NOW, NOW.plusSeconds(30))).isEqualTo("less than a minute left");
        assertThat(TimeInWords.left(NOW, NOW.minusSeconds(26 * 3600 + 60))).isEqualTo("overdue by 1 day 2 hours");
        assertThat(TimeInWords.overdue(NOW, NOW.minusSeconds(1))).isTrue();
    }

    @Test
    void dueTimesInThePolicysTimeZone() {
        assertThat(TimeInWords.at(Instant.parse("2026-06-02T12:15:00Z"), ZoneId.of("Europe/London"))).isEqualTo("2 June 2026 at 1:15pm");
    }
}
