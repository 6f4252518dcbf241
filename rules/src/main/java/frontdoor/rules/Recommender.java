package frontdoor.rules;

import frontdoor.rules.engine.PolicyEngine;
import java.util.List;

/**
 * The decision core's API: a compiled policy bundle that turns a referral into a recommendation with its
 * reasons. Thread-safe; compile once per bundle, then call {@link #recommend} from any thread.
 *
 * <pre>{@code
 * Recommender recommender = Recommender.compile(PolicyBundle.shipped());
 * Recommendation r = recommender.recommend(recommender.reader().read(json));
 * }</pre>
 */
public final class Recommender {
    private final PolicyBundle bundle;
    private final IndicatorCatalogue catalogue;
    private final PolicyDescriptor descriptor;
    private final PolicyEngine engine;
    private final ReferralReader reader;

    private Recommender(PolicyBundle bundle, CompileCache cache) {
        this.bundle = bundle;
        this.catalogue = IndicatorCatalogue.read(bundle);
        this.descriptor = PolicyDescriptor.read(bundle);
        this.engine = new PolicyEngine(bundle, catalogue, descriptor, cache);
        this.reader = new ReferralReader(catalogue::contains, descriptor.zone());
    }

    private Recommender(Recommender compiled, PolicyEngine engine) {
        this.bundle = compiled.bundle;
        this.catalogue = compiled.catalogue;
        this.descriptor = compiled.descriptor;
        this.engine = engine;
        this.reader = compiled.reader;
    }

    /** Loads, validates and compiles a bundle; a {@link PolicyException} names every problem. */
    public static Recommender compile(PolicyBundle bundle) {
        return compile(bundle, CompileCache.NONE);
    }

    /**
     * The same, loading what {@code cache} kept of an earlier compile of the same files (and keeping what this
     * compile makes there); the recommendations are the same with or without a cache.
     */
    public static Recommender compile(PolicyBundle bundle, CompileCache cache) {
        return new Recommender(bundle, cache);
    }

    /**
     * This version, its engines wrapped by {@code monitoring} (the service's metrics) in place of any
     * monitoring before; nothing is compiled again and the recommendations are the same. A version is
     * compiled and checked unmonitored, and monitored once it is put in force, so that the checks'
     * evaluations are not counted as referrals.
     */
    public Recommender monitored(DecisionMonitoring monitoring) {
        return new Recommender(this, engine.monitored(monitoring));
    }

    /** The recommendation for a referral that {@link #reader()} accepted. */
    public Recommendation recommend(Referral referral) {
        return engine.evaluate(referral);
    }

    /** Reads and checks referral JSON against the contract and this bundle's catalogue. */
    public ReferralReader reader() {
        return reader;
    }

    public String policyVersion() {
        return bundle.version();
    }

    public PolicyBundle bundle() {
        return bundle;
    }

    public IndicatorCatalogue catalogue() {
        return catalogue;
    }

    /** The bundle's decision tables as a person reads them (for pages and documents). */
    public List<PolicyTable> tables() {
        return engine.tables();
    }

    /** The escalation rules with their sentences, in the order they apply (for pages and documents). */
    public List<EscalationRule> escalations() {
        return engine.escalations();
    }

    public PolicyDescriptor descriptor() {
        return descriptor;
    }
}
