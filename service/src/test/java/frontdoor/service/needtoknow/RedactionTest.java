package frontdoor.service.needtoknow;

import static org.assertj.core.api.Assertions.assertThat;

import frontdoor.rules.Agency;
import frontdoor.rules.RagRating;
import frontdoor.rules.Recommendation;
import frontdoor.rules.WhatWouldChange;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What only restricted sources said, and how it reads once withheld. */
class RedactionTest {
    static final Map<String, String> LABELS = Map.of("EXPLOITATION_HIGH", "sexual or criminal exploitation, assessed high risk");

    static Withheld withheld() {
        Withheld.Sources s = new Withheld.Sources();
        s.concern("DOMESTIC_ABUSE_MEDIUM", Agency.EDUCATION, false);   // the referral
        s.contacts(1, null, false);
        s.concern("DOMESTIC_ABUSE_MEDIUM", Agency.POLICE, true);       // the police's restricted result
        s.concern("EXPLOITATION_HIGH", Agency.POLICE, true);
        s.fact("openCase", "true", Agency.POLICE, true);
        s.contacts(5, Agency.POLICE, true);
        s.concern("PARENTAL_MENTAL_HEALTH", Agency.HEALTH, true);      // restricted by health, and said openly by health too
        s.concern("PARENTAL_MENTAL_HEALTH", Agency.HEALTH, false);
        s.fact("earlyHelpOpen", "true", Agency.HEALTH, true);
        s.fact("earlyHelpOpen", "true", null, false);
        return s.withheld();
    }

    @Test
    void onlyWhatNoOpenSourceSaidIsWithheld() {
        Withheld w = withheld();
        assertThat(w.concerns()).containsExactlyInAnyOrder(new Withheld.Concern("DOMESTIC_ABUSE_MEDIUM", Agency.POLICE),
                new Withheld.Concern("EXPLOITATION_HIGH", Agency.POLICE));
        assertThat(w.codes()).isEqualTo(Map.of("EXPLOITATION_HIGH", Set.of(Agency.POLICE)));
        assertThat(w.history()).isEqualTo(Map.of("openCase", Set.of(Agency.POLICE), "contactsLast12Months", Set.of(Agency.POLICE)));
        assertThat(w.agencies()).containsExactly(Agency.POLICE);
        assertThat(w.except(List.of(Agency.POLICE)).isEmpty()).isTrue();
        assertThat(w.except(List.of(Agency.HEALTH))).isEqualTo(w);
    }

    @Test
    void textsNameOnlyRestrictedInformationFromTheAgency() {
        Redaction r = new Redaction(withheld(), LABELS);
        assertThat(r.text("level 4 from EXPLOITATION_HIGH (POLICE, check result); level 3 from DOMESTIC_ABUSE_MEDIUM (POLICE, check result)"))
                .isEqualTo("level 4 from restricted information from POLICE; level 3 from restricted information from POLICE");
        assertThat(r.text("threshold level 3 (INDICATOR:DOMESTIC_ABUSE_MEDIUM) instead of 4 (INDICATOR:EXPLOITATION_HIGH)"))
                .isEqualTo("threshold level 3 (INDICATOR:DOMESTIC_ABUSE_MEDIUM) instead of 4 (RESTRICTED:POLICE)");
        assertThat(r.text("Sexual or criminal exploitation, assessed high risk (child, level 4)"))
                .isEqualTo("restricted information from POLICE (child, level 4)");
        assertThat(r.text("level 3 from DOMESTIC_ABUSE_MEDIUM (EDUCATION, referral)")).isEqualTo("level 3 from DOMESTIC_ABUSE_MEDIUM (EDUCATION, referral)");
    }

    @Test
    void aRuleThatOnlyRestrictedInformationMadeFireIsNotDescribed() {
        Redaction r = new Redaction(withheld(), LABELS);
        Recommendation.Reason escalation = new Recommendation.Reason("rag", "ESC:EXPLOITATION", "Exploitation with a missing episode: RED",
                List.of(new Recommendation.Evidence("EXPLOITATION_HIGH", Agency.POLICE), new Recommendation.Evidence("DOMESTIC_ABUSE_MEDIUM", Agency.POLICE)));
        Recommendation.Reason open = new Recommendation.Reason("rag", "R5", "Domestic abuse, medium risk: AMBER",
                List.of(new Recommendation.Evidence("DOMESTIC_ABUSE_MEDIUM", Agency.EDUCATION), new Recommendation.Evidence("DOMESTIC_ABUSE_MEDIUM", Agency.POLICE)));
        Recommendation shown = r.recommendation(new Recommendation("R-1", 4, "Acute", RagRating.RED, Instant.EPOCH, "STRATEGY_DISCUSSION",
                Set.of(), Set.of(), List.of(escalation, open), "v1"));
        assertThat(shown.reasons().get(0).rule()).isEqualTo("ESC:EXPLOITATION");
        assertThat(shown.reasons().get(0).text()).isEqualTo("restricted information from POLICE");
        assertThat(shown.reasons().get(1).text()).isEqualTo("Domestic abuse, medium risk: AMBER");
    }

    @Test
    void whatWouldChangeNamesAWithheldFactOnlyAsRestricted() {
        Redaction r = new Redaction(withheld(), LABELS);
        WhatWouldChange.Entry history = r.entry(new WhatWouldChange.Entry("openCase", WhatWouldChange.Fact.history("openCase", true), List.of(),
                List.of("P2"), "without openCase: pathway EARLY_HELP (P4) instead of MASH_ENQUIRY (P2)"));
        assertThat(history.without()).isEqualTo("restricted information from POLICE");
        assertThat(history.fact().history()).isEqualTo("restricted information from POLICE");
        assertThat(history.text()).isEqualTo("without restricted information from POLICE: pathway EARLY_HELP (P4) instead of MASH_ENQUIRY (P2)");
        WhatWouldChange.Entry school = new WhatWouldChange.Entry("DOMESTIC_ABUSE_MEDIUM (EDUCATION)",
                WhatWouldChange.Fact.concern("DOMESTIC_ABUSE_MEDIUM", Agency.EDUCATION), List.of(), List.of("INDICATOR:EXPLOITATION_HIGH"),
                "without DOMESTIC_ABUSE_MEDIUM (EDUCATION): threshold level 4 (INDICATOR:EXPLOITATION_HIGH) instead of 4");
        assertThat(r.entry(school).text()).isEqualTo("without DOMESTIC_ABUSE_MEDIUM (EDUCATION): threshold level 4 (RESTRICTED:POLICE) instead of 4");
        assertThat(r.entry(school).rules()).containsExactly("RESTRICTED:POLICE");
        assertThat(Redaction.NONE.entry(school)).isSameAs(school);
    }
}
