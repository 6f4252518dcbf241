package frontdoor.service.gathering;

import frontdoor.rules.Agency;
import frontdoor.rules.Consent;
import frontdoor.rules.Referral;
import frontdoor.rules.ReferralReader;
import frontdoor.service.needtoknow.Withheld;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The referral as it is evaluated once agencies have said what they know: the referral's concerns plus
 * every finding's (a code and agency once; a code raised by two agencies keeps both, so the reasons name
 * every agency); {@code openCase}, {@code previousChildProtectionPlan} and {@code earlyHelpOpen} true when
 * the referral or any finding says so; {@code allocatedTeam} the latest given; {@code contactsLast12Months}
 * the largest of the referral's, any finding's and the service's own count; consent the latest recorded.
 * {@code origin} says where each code and agency came from, for the change text; {@code withheld} what only
 * restricted entries said (given every entry, superseded ones too, it is what any revision may hold).
 */
record WhatIsEvaluated(Referral referral, Map<String, String> origin, Withheld withheld) {

    static String key(String code, Object agency) {
        return code + "/" + agency;
    }

    /**
     * @param entries the entries that count, in the order recorded
     * @param reader  reads stored entries by the contract's rules (codes as they were accepted)
     * @param ownCount the service's own count of the child's earlier referrals
     */
    static WhatIsEvaluated of(Referral r, List<Gathered.Entry> entries, ReferralReader reader, int ownCount) {
        Map<String, String> origin = new LinkedHashMap<>();
        List<Referral.Concern> concerns = new ArrayList<>();
        Withheld.Sources sources = new Withheld.Sources();
        said(sources, r.concerns(), r.history(), null, false);
        for (Referral.Concern c : r.concerns()) {
            if (origin.putIfAbsent(key(c.code(), c.agency()), "referral") == null) {
                concerns.add(c);
            }
        }
        Referral.History h = r.history();
        boolean openCase = h.openCase();
        boolean protection = h.previousChildProtectionPlan();
        boolean earlyHelp = h.earlyHelpOpen();
        String team = h.allocatedTeam();
        int contacts = Math.max(h.contactsLast12Months(), ownCount);
        Consent consent = r.consent();
        for (Gathered.Entry e : entries) {
            if (e.kind() == Gathered.Kind.CONSENT) {
                consent = ConsentChange.read(e.body()).consent();
                continue;
            }
            Finding f = Finding.read(e.body(), reader, e.checkId() == null ? null : Agency.valueOf(e.agency()));
            String from = e.kind() == Gathered.Kind.CHECK_RESULT ? "check result" : "information";
            said(sources, f.concerns(), f.history(), f.agency(), f.restricted());
            for (Referral.Concern c : f.concerns()) {
                if (origin.putIfAbsent(key(c.code(), c.agency()), from) == null) {
                    concerns.add(c);
                }
            }
            Referral.History fh = f.history();
            openCase |= fh.openCase();
            protection |= fh.previousChildProtectionPlan();
            earlyHelp |= fh.earlyHelpOpen();
            team = fh.allocatedTeam() != null ? fh.allocatedTeam() : team;
            contacts = Math.max(contacts, fh.contactsLast12Months());
        }
        Referral evaluated = new Referral(r.referralId(), r.receivedAt(), r.source(), r.child(), consent, List.copyOf(concerns),
                new Referral.History(openCase, team, Math.min(contacts, 1000), protection, earlyHelp));
        return new WhatIsEvaluated(evaluated, origin, sources.withheld());
    }

    /** What one source said, for need-to-know: its concerns and the history facts it gave. */
    private static void said(Withheld.Sources sources, List<Referral.Concern> concerns, Referral.History h, Agency agency, boolean restricted) {
        concerns.forEach(c -> sources.concern(c.code(), c.agency(), restricted));
        if (h.openCase()) {
            sources.fact("openCase", "true", agency, restricted);
        }
        if (h.previousChildProtectionPlan()) {
            sources.fact("previousChildProtectionPlan", "true", agency, restricted);
        }
        if (h.earlyHelpOpen()) {
            sources.fact("earlyHelpOpen", "true", agency, restricted);
        }
        if (h.allocatedTeam() != null) {
            sources.fact("allocatedTeam", h.allocatedTeam(), agency, restricted);
        }
        sources.contacts(h.contactsLast12Months(), agency, restricted);
    }
}
