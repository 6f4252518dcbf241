package frontdoor.service.gathering;

import static org.assertj.core.api.Assertions.assertThat;

import frontdoor.rules.Agency;
import frontdoor.rules.IndicatorCatalogue;
import frontdoor.rules.Json;
import frontdoor.rules.WhatWouldChange;
import frontdoor.service.web.Words;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** What the referral page says of what would change it and of a revision's changes: the API's sentences, in words. */
class GatheringSectionTest {
    private static final IndicatorCatalogue CATALOGUE = new IndicatorCatalogue(Map.of("DOMESTIC_ABUSE_MEDIUM",
            new IndicatorCatalogue.Indicator("DOMESTIC_ABUSE_MEDIUM", "FAMILY", 3, false, "domestic abuse in the household, DASH medium risk")));

    private static final UnaryOperator<String> WORDS = text -> Words.referral(text, CATALOGUE,
            Set.of("EARLY_HELP", "TRANSFER_TO_ALLOCATED_TEAM", "MULTI_AGENCY_REVIEW"));

    private static String wouldChange(WhatWouldChange.Fact fact, String rest) {
        return GatheringSection.wouldChange(new WhatWouldChange.Entry(fact.label(), fact, List.of(), List.of(),
                "without " + fact.label() + ": " + rest), WORDS);
    }

    @Test
    void aConcernLeftOutIsNamedAsTheCatalogueMeansIt() {
        assertThat(wouldChange(WhatWouldChange.Fact.concern("DOMESTIC_ABUSE_MEDIUM", Agency.EDUCATION), "RAG AMBER (R5) instead of RED (R1)"))
                .isEqualTo("without domestic abuse in the household, DASH medium risk (education): RAG amber (R5) instead of red (R1)");
    }

    @Test
    void aHistoryFactLeftOutIsNamedAsTheReferralFormNamesIt() {
        assertThat(wouldChange(WhatWouldChange.Fact.history("contactsLast12Months", 3), "threshold level 2 (T2) instead of 3 (E1)"))
                .isEqualTo("without the 3 contacts in the last 12 months: threshold level 2 (T2) instead of 3 (E1)");
        assertThat(wouldChange(WhatWouldChange.Fact.history("contactsLast12Months", 1), "RAG GREEN instead of AMBER"))
                .startsWith("without the 1 contact in the last 12 months: ");
        assertThat(wouldChange(WhatWouldChange.Fact.history("openCase", true), "pathway EARLY_HELP (P4) instead of TRANSFER_TO_ALLOCATED_TEAM (P2)"))
                .isEqualTo("without being open to children's social care: pathway early help (P4) instead of transfer to allocated team (P2)");
        assertThat(wouldChange(WhatWouldChange.Fact.history("allocatedTeam", "North CIN"), "actions none instead of MULTI_AGENCY_REVIEW"))
                .isEqualTo("without the allocated team (North CIN): actions none instead of multi agency review");
        assertThat(wouldChange(WhatWouldChange.Fact.history("previousChildProtectionPlan", true), "RAG AMBER instead of RED"))
                .startsWith("without having been on a child protection plan before: ");
        assertThat(wouldChange(WhatWouldChange.Fact.history("earlyHelpOpen", true), "RAG AMBER instead of RED"))
                .startsWith("without being open to early help: ");
    }

    @Test
    void aWithheldFactIsNamedOnlyByWhatStandsForIt() {
        WhatWouldChange.Fact withheld = new WhatWouldChange.Fact(null, null, "restricted information from POLICE", "true");
        assertThat(GatheringSection.wouldChange(new WhatWouldChange.Entry("restricted information from POLICE", withheld, List.of(), List.of(),
                "without restricted information from POLICE: RAG AMBER (R5) instead of RED (RESTRICTED:POLICE)"), WORDS))
                .isEqualTo("without restricted information from police: RAG amber (R5) instead of red (RESTRICTED:POLICE)");
    }

    @Test
    void aRevisionsSetsOfActionsReadAsAList() {
        assertThat(GatheringSection.text(Json.MAPPER.createObjectNode().put("output", "actions")
                .put("text", "actions [] → [MARAC_REFERRAL, SEEK_CONSENT]: A1 now matches"), ZoneId.of("Europe/London")))
                .isEqualTo("actions none → MARAC_REFERRAL, SEEK_CONSENT: A1 now matches");
    }
}
