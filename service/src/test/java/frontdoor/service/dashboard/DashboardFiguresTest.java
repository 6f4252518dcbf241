package frontdoor.service.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.rules.RagRating;
import frontdoor.service.policy.PolicyHolder;
import frontdoor.service.referral.ReferralRecord;
import frontdoor.service.referral.ReferralRepository;
import frontdoor.service.referral.ReferralStatus;
import frontdoor.service.ServiceTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every figure's real numbers from known referrals, sent and decided through the API on a database of their
 * own (so no other test's referrals are counted). Decisions are made now, so a referral received long enough
 * ago is decided late. See {@link DashboardReferrals} for the ten referrals and what each proves.
 */
@ServiceTest
@TestPropertySource(properties = "frontdoor.test.database=dashboard-figures")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardFiguresTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    Dashboard dashboard;
    @Autowired
    PolicyHolder policy;
    @Autowired
    ReferralRepository referrals;
    Period period;
    DashboardReferrals sent;

    @BeforeAll
    void sendAndDecide() throws Exception {
        ZoneId zone = policy.current().zone();
        LocalDate today = LocalDate.now(zone);
        sent = new DashboardReferrals(mvc, Instant.now().truncatedTo(ChronoUnit.SECONDS), today, zone);
        sent.sendAll();
        period = dashboard.period(today.minusDays(20).toString(), today.toString());
    }

    @Test
    void referralsPerDayBySourceAgency() {
        Figure f = dashboard.figure("referrals-per-day", period);
        assertThat(f.categories()).hasSize(21).first().isEqualTo(period.first().toString());
        assertThat(f.series()).extracting(Figure.Series::name).startsWith("Police", "Health", "Education");
        assertThat(total(f, "Police")).isEqualTo(4);
        assertThat(total(f, "Health")).isEqualTo(2);
        assertThat(total(f, "Education")).isEqualTo(3);
        assertThat(value(f, "Police", sent.day(10).toString())).as("r1, ten days ago").isEqualTo(1);
        assertThat(f.summary()).isEqualTo("9 referrals received in the period.");
    }

    @Test
    void ragMixRecommendedAndDecided() {
        Figure f = dashboard.figure("rag-mix", period);
        assertThat(f.categories()).containsExactly("Red", "Amber", "Green");
        assertThat(values(f, "Recommended")).containsExactly(4L, 2L, 3L);
        assertThat(values(f, "Decided")).as("r3 amended down to amber, r5 up to red").containsExactly(4L, 1L, 1L);
        assertThat(f.summary()).isEqualTo("Red at first screening: 4 of 9 (44%).");
    }

    @Test
    void timelinessAgainstTheHighestRagEver() {
        Figure f = dashboard.figure("timeliness", period);
        assertThat(total(f, DecisionFigures.IN_TIME)).as("r2, r4, r6").isEqualTo(3);
        assertThat(total(f, DecisionFigures.LATE)).as("r1 late; r3 lowered afterwards; r5 raised to red").isEqualTo(3);
        assertThat(total(f, DecisionFigures.OVERDUE)).as("r7; r8 and r10 are not due yet").isEqualTo(1);
        assertThat(value(f, DecisionFigures.OVERDUE, period.weekOf(sent.received("r7")).toString())).isEqualTo(1);
        assertThat(f.summary()).isEqualTo("Decided in time: 3 of 6 (50%) of decisions.");
    }

    @Test
    void outcomesByPathwayWithTheShareOfNoFurtherAction() {
        Figure f = dashboard.figure("outcomes", period);
        assertThat(f.categories()).containsExactly("Child in need assessment", "MASH enquiry", "No further action", "Strategy discussion");
        assertThat(values(f, "Decided referrals")).containsExactly(1L, 2L, 1L, 2L);
        assertThat(f.summary()).isEqualTo("No further action: 1 of 6 (17%) of decided referrals.");
    }

    @Test
    void reReferralsOfTheSameChildWithinTwelveMonths() {
        Figure f = dashboard.figure("re-referrals", period);
        assertThat(total(f, "Referrals")).isEqualTo(9);
        assertThat(total(f, "Re-referrals within 12 months")).as("r6 after r1; r2 after r9, before the period").isEqualTo(2);
        assertThat(f.summary()).isEqualTo("Re-referrals: 2 of 9 (22%) of referrals received.");
    }

    @Test
    void overridesByTheRuleBehindTheChangedOutput() {
        Figure f = dashboard.figure("overrides", period);
        assertThat(f.summary()).as("only r4's decision differs; r3's amendment is a manager's").isEqualTo("Differed from the recommendation: 1 of 6 (17%) of decisions.");
        assertThat(f.categories()).as("the pathway rows of r4's recommendation").containsExactly("P5");
        assertThat(values(f, "Pathway")).containsExactly(1L);
        assertThat(total(f, "Threshold level") + total(f, "RAG rating") + total(f, "Actions")).isZero();
    }

    @Test
    void latencyIsTheServicesMeasurementNotStoredData() {
        Figure f = dashboard.figure("latency", period);
        assertThat(f.chart()).isEqualTo("none");
        assertThat(f.series().get(0).values().get(0).longValue()).isGreaterThanOrEqualTo(10);
        assertThat(f.note()).startsWith("The time to evaluate a referral is not stored with it");
    }

    @Test
    void theCsvAndTheJsonCarryTheSameNumbers() throws Exception {
        String csv = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/dashboard/outcomes.csv")
                        .param("from", period.first().toString()).param("to", period.last().toString())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("m").roles("MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).isEqualTo("Pathway,Decided referrals\r\nChild in need assessment,1\r\nMASH enquiry,2\r\nNo further action,1\r\nStrategy discussion,2\r\n");
        frontdoor.service.Referrals.get(mvc, "auditor", "/api/v1/dashboard?from=" + period.first() + "&to=" + period.last())
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.figures[3].series[0].values")
                        .value(org.hamcrest.Matchers.contains(1, 2, 1, 2)));
        frontdoor.service.Referrals.get(mvc, "worker", "/api/v1/dashboard").andExpect(status().isForbidden());
    }

    /** A damaged stored row (a recommendation that does not read) is left out and said so; the figures stand. */
    @Test
    void aStoredRowThatDoesNotReadIsLeftOutAndSaidSo() {
        Instant longAgo = period.start().minus(Duration.ofDays(100));
        referrals.save(new ReferralRecord(null, "D-DAMAGED-" + System.nanoTime(), "{\"x\": 1}", "a".repeat(64), ReferralStatus.AWAITING_DECISION,
                RagRating.AMBER, 3, "MASH_ENQUIRY", longAgo, longAgo.plusSeconds(3600), "v1", longAgo, "worker",
                new ReferralRecord.StoredRecommendation("{\"thresholdLevel\": \"four\"}", "v1")));
        Period then = dashboard.period(period.dayOf(longAgo).toString(), period.dayOf(longAgo).toString());
        for (String name : List.of("rag-mix", "timeliness")) {
            Figure f = dashboard.figure(name, then);
            assertThat(f.series().stream().flatMap(s -> s.values().stream()).mapToLong(Number::longValue).sum()).as(name).isZero();
            assertThat(f.note()).as(name).endsWith(" 1 stored row does not read and is left out.");
        }
        assertThat(total(dashboard.figure("referrals-per-day", then), "Not known")).as("its body reads, with no agency").isEqualTo(1);
    }

    private static List<Long> values(Figure f, String series) {
        return f.series().stream().filter(s -> s.name().equals(series)).findFirst().orElseThrow()
                .values().stream().map(Number::longValue).toList();
    }

    private static long total(Figure f, String series) {
        return values(f, series).stream().mapToLong(Long::longValue).sum();
    }

    private static long value(Figure f, String series, String category) {
        return values(f, series).get(f.categories().indexOf(category));
    }
}
