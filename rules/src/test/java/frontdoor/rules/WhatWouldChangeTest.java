package frontdoor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WhatWouldChangeTest {
    static Recommender recommender;
    static WhatWouldChange whatWouldChange;

    @BeforeAll
    static void compile() {
        recommender = Recommender.compile(PolicyBundle.shipped());
        whatWouldChange = new WhatWouldChange(recommender);
    }

    static final String BABY = """
            {"referralId":"R-WWC-1","receivedAt":"2026-11-23T09:15:00Z",
             "source":{"agency":"POLICE","method":"POLICE_NOTIFICATION"},
             "child":{"childId":"C-88","familyId":"F-31","dateOfBirth":"2026-06-02","unborn":false,"disabled":false,"inArea":true},
             "consent":"NOT_SOUGHT",
             "concerns":[{"code":"DOMESTIC_ABUSE_HIGH","agency":"POLICE","note":"free text, never in an answer"}],
             "history":{"openCase":true,"allocatedTeam":"North","contactsLast12Months":1,"previousChildProtectionPlan":false,"earlyHelpOpen":false}}
            """;

    static final String TRIO = """
            {"referralId":"R-WWC-2","receivedAt":"2026-11-23T09:15:00Z",
             "source":{"agency":"POLICE","method":"POLICE_NOTIFICATION"},
             "child":{"childId":"C-89","familyId":"F-32","dateOfBirth":"2016-06-02","unborn":false,"disabled":false,"inArea":true},
             "consent":"NOT_SOUGHT",
             "concerns":[{"code":"DOMESTIC_ABUSE_MEDIUM","agency":"POLICE"},{"code":"PARENTAL_MENTAL_HEALTH","agency":"HEALTH"}],
             "history":{"openCase":false,"allocatedTeam":null,"contactsLast12Months":1,"previousChildProtectionPlan":false,"earlyHelpOpen":false}}
            """;

    @Test
    void aConcernThatRaisesTheLevelIsListedWithTheOutputsAndRulesWithoutIt() {
        List<WhatWouldChange.Entry> entries = whatWouldChange.of(recommender.reader().read(BABY));
        assertThat(entries).extracting(WhatWouldChange.Entry::without)
                .containsExactly("DOMESTIC_ABUSE_HIGH (POLICE)", "openCase", "allocatedTeam North");
        WhatWouldChange.Entry abuse = entries.get(0);
        assertThat(abuse.fact()).isEqualTo(WhatWouldChange.Fact.concern("DOMESTIC_ABUSE_HIGH", Agency.POLICE));
        assertThat(abuse.changes()).containsExactly(new WhatWouldChange.Change("thresholdLevel", 4, 1),
                new WhatWouldChange.Change("rag", "RED", "GREEN"), new WhatWouldChange.Change("actions", List.of("MARAC_REFERRAL"), List.of()));
        assertThat(abuse.rules()).containsExactly("INDICATOR", "R6");
        assertThat(abuse.text()).contains("without DOMESTIC_ABUSE_HIGH (POLICE): ", "RAG GREEN (R6) instead of RED (R2)",
                "actions none instead of MARAC_REFERRAL (A1)");
        assertThat(entries.get(1).changes()).containsExactly(new WhatWouldChange.Change("pathway", "TRANSFER_TO_ALLOCATED_TEAM", "STRATEGY_DISCUSSION"));
        assertThat(entries.get(1).text()).isEqualTo("without openCase: pathway STRATEGY_DISCUSSION (P5) instead of TRANSFER_TO_ALLOCATED_TEAM (P4)");
        // contactsLast12Months 1 changes nothing here: not listed; and no note is ever in an entry
        assertThat(entries.toString()).doesNotContain("free text");
    }

    @Test
    void factsThatChangeNothingAreNotListed() {
        Referral trio = recommender.reader().read(TRIO);
        assertThat(WhatWouldChange.facts(trio)).hasSize(3);
        List<WhatWouldChange.Entry> entries = whatWouldChange.of(trio);
        assertThat(entries).extracting(WhatWouldChange.Entry::without).containsExactly("DOMESTIC_ABUSE_MEDIUM (POLICE)");
        assertThat(entries.get(0).text()).isEqualTo("without DOMESTIC_ABUSE_MEDIUM (POLICE): RAG GREEN (R6) instead of AMBER (R5)");
        for (WhatWouldChange.Fact fact : WhatWouldChange.facts(trio)) {
            boolean listed = entries.stream().anyMatch(e -> e.fact().equals(fact));
            boolean changes = !WhatWouldChange.changes(recommender.recommend(trio),
                    recommender.recommend(WhatWouldChange.without(trio, fact))).isEmpty();
            assertThat(listed).as(fact.label()).isEqualTo(changes);
        }
    }

    @Test
    void everyOccurrenceOfAConcernIsLeftOut() {
        Referral twice = recommender.reader().read(TRIO.replace("\"concerns\":[", "\"concerns\":[{\"code\":\"DOMESTIC_ABUSE_MEDIUM\",\"agency\":\"POLICE\"},"));
        Referral without = WhatWouldChange.without(twice, WhatWouldChange.Fact.concern("DOMESTIC_ABUSE_MEDIUM", Agency.POLICE));
        assertThat(without.concerns()).extracting(Referral.Concern::code).containsExactly("PARENTAL_MENTAL_HEALTH");
        assertThat(WhatWouldChange.facts(twice)).hasSize(3);
    }
}
