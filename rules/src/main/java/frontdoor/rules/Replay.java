package frontdoor.rules;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Stored referral inputs evaluated again on the version in force and on a draft, tallied as an
 * {@link Impact}. An input is read with every code accepted (codes as they were accepted when stored); a
 * referral with a code either version's catalogue does not have is listed as not evaluated, never dropped
 * silently. The service's impact report and shadow run, the command line and the benchmark use it alike.
 */
public final class Replay {
    private final Recommender inForce;
    private final Recommender draft;
    private final ReferralReader reader;
    private final Impact impact;
    private UnaryOperator<OutcomePair> shown = UnaryOperator.identity();

    /** A stored input: the referral's id and the exact JSON evaluated. */
    public record Input(String referralId, String json) {
    }

    /**
     * @param checksBefore the checks the version in force's task recipes give a pathway
     * @param checksAfter  the checks the draft's task recipes give a pathway
     */
    public Replay(Recommender inForce, Recommender draft, Function<String, List<String>> checksBefore,
                  Function<String, List<String>> checksAfter) {
        this.inForce = inForce;
        this.draft = draft;
        this.reader = new ReferralReader(code -> true, inForce.descriptor().zone());
        this.impact = new Impact(checksBefore, checksAfter);
    }

    /** Each pair as its reader may see it (the service withholds restricted information) before it is tallied. */
    public Replay shownAs(UnaryOperator<OutcomePair> shown) {
        this.shown = shown;
        return this;
    }

    public Replay add(Input input) {
        Referral referral;
        try {
            referral = reader.read(input.json());
        } catch (InvalidInputException e) {
            impact.notEvaluated(input.referralId(), "the stored input is not a referral by the contract");
            return this;
        }
        String missing = missing(referral, inForce, "the version in force's");
        missing = missing != null ? missing : missing(referral, draft, "the draft's");
        if (missing != null) {
            impact.notEvaluated(input.referralId(), missing);
            return this;
        }
        impact.add(shown.apply(OutcomePair.of(inForce, draft, referral)));
        return this;
    }

    private static String missing(Referral referral, Recommender policy, String whose) {
        List<String> unknown = referral.concerns().stream().map(Referral.Concern::code)
                .filter(c -> !policy.catalogue().contains(c)).distinct().toList();
        return unknown.isEmpty() ? null : whose + " catalogue has no " + String.join(", ", unknown);
    }

    public Replay addAll(Iterable<Input> inputs) {
        inputs.forEach(this::add);
        return this;
    }

    public Impact.Report report() {
        return impact.report();
    }
}
