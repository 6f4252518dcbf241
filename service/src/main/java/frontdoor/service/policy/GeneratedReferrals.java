package frontdoor.service.policy;

import frontdoor.rules.Agency;
import frontdoor.rules.Consent;
import frontdoor.rules.IndicatorCatalogue;
import frontdoor.rules.Referral;
import frontdoor.rules.SourceMethod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The referrals the safety invariants are checked on: every catalogue code alone and with each immediate
 * code, for every age group, across consent, area and history combinations. Deterministic, so a broken
 * invariant names the same example each run. No real person is in them.
 */
final class GeneratedReferrals {
    static final Instant RECEIVED = Instant.parse("2026-11-23T09:15:00Z");
    private static final LocalDate ON = LocalDate.parse("2026-11-23");
    /** Unborn, unknown, under 1, under 5, child, 17, adult. */
    private static final List<Child> AGES = List.of(new Child(null, true), new Child(null, false), new Child(ON.minusMonths(6), false),
            new Child(ON.minusYears(3), false), new Child(ON.minusYears(10), false), new Child(ON.minusYears(17), false),
            new Child(ON.minusYears(19), false));
    private static final List<Referral.History> HISTORIES = List.of(Referral.History.NONE,
            new Referral.History(true, "TEAM-A", 2, false, false), new Referral.History(false, null, 5, true, false),
            new Referral.History(false, null, 1, false, true));

    private record Child(LocalDate dateOfBirth, boolean unborn) {
    }

    private GeneratedReferrals() {
    }

    static List<Referral> of(IndicatorCatalogue catalogue) {
        List<String> codes = List.copyOf(catalogue.indicators().keySet()).stream().sorted().toList();
        List<String> immediate = codes.stream().filter(c -> catalogue.get(c).immediate()).toList();
        List<Referral> referrals = new ArrayList<>();
        int n = 0;
        for (String code : codes) {
            for (Child age : AGES) {
                for (Consent consent : Consent.values()) {
                    for (boolean inArea : new boolean[] {true, false}) {
                        Referral.History history = HISTORIES.get(n % HISTORIES.size());
                        referrals.add(referral(++n, age, consent, inArea, history, List.of(code)));
                    }
                }
            }
            for (String other : immediate) {
                if (!other.equals(code)) {
                    referrals.add(referral(++n, AGES.get(n % AGES.size()), Consent.values()[n % 4], true,
                            HISTORIES.get(n % HISTORIES.size()), List.of(code, other)));
                }
            }
        }
        return referrals;
    }

    private static Referral referral(int n, Child age, Consent consent, boolean inArea, Referral.History history, List<String> codes) {
        Agency[] agencies = Agency.values();
        SourceMethod[] methods = SourceMethod.values();
        List<Referral.Concern> concerns = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            concerns.add(new Referral.Concern(codes.get(i), agencies[(n + i) % agencies.length], null));
        }
        return new Referral("GEN-" + n, RECEIVED, new Referral.Source(agencies[n % agencies.length], methods[n % methods.length]),
                new Referral.Child("GEN-C-" + n, "GEN-F-" + n, age.dateOfBirth(), age.unborn(), n % 5 == 0, inArea),
                consent, concerns, history);
    }

    /** The referral in words, for a finding: what the invariant broke on. */
    static String describe(Referral r) {
        String age = r.child().unborn() ? "unborn" : r.child().dateOfBirth() == null ? "date of birth unknown"
                : "born " + r.child().dateOfBirth();
        return "concerns " + r.concerns().stream().map(Referral.Concern::code).toList() + ", " + age + ", "
                + (r.child().inArea() ? "in area" : "out of area") + ", consent " + r.consent() + ", source " + r.source().method()
                + ", history " + r.history();
    }
}
