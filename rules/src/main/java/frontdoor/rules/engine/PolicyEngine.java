package frontdoor.rules.engine;

import frontdoor.rules.Agency;
import frontdoor.rules.CompileCache;
import frontdoor.rules.DecisionMonitoring;
import frontdoor.rules.EscalationRule;
import frontdoor.rules.IndicatorCatalogue;
import frontdoor.rules.PolicyBundle;
import frontdoor.rules.PolicyDescriptor;
import frontdoor.rules.PolicyTable;
import frontdoor.rules.RagRating;
import frontdoor.rules.Recommendation;
import frontdoor.rules.Referral;
import frontdoor.rules.ThresholdLevel;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.kogito.decision.DecisionModel;
import org.kie.kogito.dmn.DmnDecisionModel;

/**
 * One compiled policy bundle. A referral goes through three steps, each an engine: threshold.dmn (age
 * group, base level), escalations.drl (the level so far, escalated), screening.dmn (RAG rating, pathway,
 * actions, gaps). The Java here only moves values between them; the reasons are what the engines report.
 *
 * <p>Each DMN model is evaluated through Kogito's decision-model API ({@link DmnDecisionModel} over this
 * version's own runtime), which is the one way a version's models are evaluated: a {@link DecisionMonitoring}
 * may wrap it ({@link #monitored}: the service adds the KIE monitoring add-on) but there is no other copy of
 * the models to answer from.
 */
public final class PolicyEngine {
    /** A backstop: a rule set that keeps firing is a broken policy, not a slow answer. */
    static final int MAX_FIRINGS = 100;
    /** Rule sessions the pool starts with (it grows when more referrals are evaluated at once). */
    private static final int SESSIONS = 4;
    /** A character that is not white space, a Unicode space or a control character. */
    private static final Pattern NAMED = Pattern.compile("[^\\s\\p{Z}\\p{Cc}]");
    /** The escalation rule base's name, as metrics know it. */
    static final String ESCALATIONS = "escalations";
    /** Kogito's decision models of the two DMN models, as compiled, and as evaluated (wrapped by the monitoring). */
    private final DecisionModel plainThreshold;
    private final DecisionModel plainScreening;
    private final DecisionModel threshold;
    private final DecisionModel screening;
    private final KieBase escalations;
    /** Rule sessions used again: creating one per referral cost about a tenth of a recommendation. */
    private final KieSessionsPool sessions;
    private final List<AgendaEventListener> ruleListeners;
    private final Contract contract;
    private final TableRows rows;
    private final CatchAll catchAll;
    private final IndicatorCatalogue catalogue;
    private final PolicyDescriptor descriptor;
    private final String version;

    /** Compiles {@code bundle}, keeping the compiled rules (and a record of the models' validation) in {@code cache}. */
    public PolicyEngine(PolicyBundle bundle, IndicatorCatalogue catalogue, PolicyDescriptor descriptor, CompileCache cache) {
        this.version = bundle.version();
        FutureTask<KieBase> rules = new FutureTask<>(() -> Models.rules(PolicyBundle.ESCALATIONS, bundle.file(PolicyBundle.ESCALATIONS), version, cache));
        Thread drl = new Thread(rules, "policy-drl-" + version);
        drl.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        drl.setDaemon(true);
        drl.start(); // the DRL compiles beside the DMN models: on two cores a start waits for the longer, not the sum
        Map<String, String> models = Map.of(PolicyBundle.THRESHOLD_MODEL, bundle.file(PolicyBundle.THRESHOLD_MODEL),
                PolicyBundle.SCREENING_MODEL, bundle.file(PolicyBundle.SCREENING_MODEL));
        Models.validate(models, version, cache);
        DMNRuntime dmn = Models.dmn(models);
        DMNModel thresholdModel = Models.model(dmn, "Threshold");
        DMNModel screeningModel = Models.model(dmn, "Screening");
        this.contract = Contract.of(thresholdModel, screeningModel);
        this.plainThreshold = decisionModel(dmn, thresholdModel);
        this.plainScreening = decisionModel(dmn, screeningModel);
        this.threshold = plainThreshold;
        this.screening = plainScreening;
        this.escalations = joined(rules);
        this.sessions = escalations.newKieSessionsPool(SESSIONS);
        this.ruleListeners = List.of();
        this.rows = new TableRows(thresholdModel, screeningModel);
        this.catchAll = new CatchAll(rows, thresholdModel, screeningModel);
        this.catalogue = catalogue;
        this.descriptor = descriptor;
    }

    /** The same compiled models and rules, evaluated through {@code monitoring}'s wrappers (replacing any before). */
    private PolicyEngine(PolicyEngine compiled, DecisionMonitoring monitoring) {
        this.version = compiled.version;
        this.plainThreshold = compiled.plainThreshold;
        this.plainScreening = compiled.plainScreening;
        this.threshold = monitoring.decisions(version, plainThreshold);
        this.screening = monitoring.decisions(version, plainScreening);
        this.escalations = compiled.escalations;
        this.sessions = compiled.sessions;
        this.ruleListeners = List.copyOf(monitoring.escalationListeners(version, ESCALATIONS));
        this.contract = compiled.contract;
        this.rows = compiled.rows;
        this.catchAll = compiled.catchAll;
        this.catalogue = compiled.catalogue;
        this.descriptor = compiled.descriptor;
    }

    /** The compiled rules, or the problem that stopped them (the PolicyException naming the DRL's errors, as thrown). */
    private static KieBase joined(FutureTask<KieBase> rules) {
        try {
            return rules.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the escalation rules compiled", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** This engine with {@code monitoring} around its models and rule sessions; nothing is compiled again. */
    public PolicyEngine monitored(DecisionMonitoring monitoring) {
        return new PolicyEngine(this, monitoring);
    }

    /** Kogito's decision model of one of the version's models; no execution id, as nothing here traces evaluations. */
    private static DecisionModel decisionModel(DMNRuntime dmn, DMNModel model) {
        return new DmnDecisionModel(dmn, model.getNamespace(), model.getName(), null);
    }

    /** The decision tables of the threshold and screening models, as written. */
    public List<PolicyTable> tables() {
        return rows.tables();
    }

    /** The escalation rules of escalations.drl, in the order they apply. */
    public List<EscalationRule> escalations() {
        return EscalationRules.of(escalations);
    }

    public Recommendation evaluate(Referral referral) {
        Map<String, CodedConcern> concerns = codedConcerns(referral);
        List<Map<String, Object>> concernValues = concerns.values().stream().map(PolicyEngine::value).toList();
        DecisionTrace trace = DecisionTrace.start();
        try {
            DMNResult base = threshold(referral, concernValues);
            String ageGroup = (String) base.getDecisionResultByName("Age group").getResult();
            int baseLevel = ((BigDecimal) base.getDecisionResultByName("Base level").getResult()).intValue();
            Assessment assessment = new Assessment(baseLevel, ageGroup, referral.history().contactsLast12Months(),
                    referral.history().previousChildProtectionPlan());
            escalate(assessment, concerns.values(), trace);
            DMNResult out = screening(referral, assessment, concernValues);

            Map<String, Object> results = new HashMap<>();
            base.getDecisionResults().forEach(r -> results.put(r.getDecisionName(), r.getResult()));
            out.getDecisionResults().forEach(r -> results.put(r.getDecisionName(), r.getResult()));
            RagRating rag = RagRating.valueOf((String) ((Map<?, ?>) results.get("RAG rating")).get("rag"));
            ThresholdLevel level = ThresholdLevel.of(assessment.getLevel());
            return new Recommendation(referral.referralId(), level.number(), level.name(), rag,
                    referral.receivedAt().plus(descriptor.timescales().get(rag)),
                    (String) ((Map<?, ?>) results.get("Pathway")).get("pathway"),
                    collected(results.get("Actions"), "action"), collected(results.get("Information gaps"), "gap"),
                    new Reasons(rows, catchAll, catalogue, concerns).of(trace, results,
                            decision -> (base.getDecisionResultByName(decision) != null ? base : out).getContext().getAll()), version);
        } finally {
            DecisionTrace.end();
        }
    }

    /** Step 1, threshold.dmn: the age group and the base level. */
    private DMNResult threshold(Referral referral, List<Map<String, Object>> concerns) {
        Referral.Child child = referral.child();
        Map<String, Object> childValue = new HashMap<>();
        childValue.put("dateOfBirth", child.dateOfBirth());
        childValue.put("unborn", child.unborn());
        childValue.put("disabled", child.disabled());
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("Child", childValue);
        ctx.put("Received on", referral.receivedAt().atZone(descriptor.zone()).toLocalDate());
        ctx.put("Concerns", concerns);
        return contract.check(checked(threshold.evaluateAll(threshold.newContext(ctx))));
    }

    /** Step 2, escalations.drl: the escalations raise the level so far, in order. */
    private void escalate(Assessment assessment, Collection<CodedConcern> concerns, DecisionTrace trace) {
        // A pooled session: dispose() resets it (facts, agenda) and returns it to the pool. This referral's
        // listeners are removed first, so the next referral's session reports to its own trace only.
        KieSession session = sessions.newKieSession();
        AgendaEventListener traced = trace.rulesListener();
        try {
            session.addEventListener(traced);
            ruleListeners.forEach(session::addEventListener);
            session.insert(assessment);
            concerns.forEach(session::insert);
            if (session.fireAllRules(MAX_FIRINGS) >= MAX_FIRINGS) {
                throw new IllegalStateException("the escalation rules did not settle within " + MAX_FIRINGS + " firings");
            }
        } finally {
            session.removeEventListener(traced);
            ruleListeners.forEach(session::removeEventListener);
            session.dispose();
        }
    }

    /** Step 3, screening.dmn: RAG rating, pathway, actions and gaps, from the level after the escalations. */
    private DMNResult screening(Referral referral, Assessment assessment, List<Map<String, Object>> concerns) {
        Referral.History history = referral.history();
        Map<String, Object> historyValue = new HashMap<>();
        historyValue.put("openCase", history.openCase());
        historyValue.put("allocatedTeam", named(history.allocatedTeam()));
        historyValue.put("earlyHelpOpen", history.earlyHelpOpen());
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("Threshold level", BigDecimal.valueOf(assessment.getLevel()));
        ctx.put("Age group", assessment.getAgeGroup());
        ctx.put("Concerns", concerns);
        ctx.put("In area", referral.child().inArea());
        ctx.put("Consent", referral.consent().name());
        ctx.put("Source method", referral.source().method().name());
        ctx.put("History", historyValue);
        ctx.put("Escalations raised", List.copyOf(assessment.getRaisedBy()));
        return contract.check(checked(screening.evaluateAll(screening.newContext(ctx))));
    }

    /**
     * The allocated team, or null when none is named: blank (empty, white space, Unicode spaces, control
     * characters) is none. Told here once rather than by a FEEL {@code matches} in row P4, which the KIE
     * runtime answers with a new XQuery processor per call (about 300 KB and 200 µs).
     */
    static String named(String team) {
        return team == null || !NAMED.matcher(team).find() ? null : team;
    }

    /** One fact per distinct code, with every agency that raised it, in the order codes first appear. */
    private Map<String, CodedConcern> codedConcerns(Referral referral) {
        Map<String, Set<Agency>> agencies = new LinkedHashMap<>();
        for (Referral.Concern c : referral.concerns()) {
            agencies.computeIfAbsent(c.code(), k -> EnumSet.noneOf(Agency.class)).add(c.agency());
        }
        Map<String, CodedConcern> concerns = new LinkedHashMap<>();
        agencies.forEach((code, from) -> {
            IndicatorCatalogue.Indicator i = catalogue.get(code);
            concerns.put(code, new CodedConcern(code, i.domain(), i.level(), i.immediate(), Set.copyOf(from)));
        });
        return concerns;
    }

    private static Map<String, Object> value(CodedConcern c) {
        return Map.of("code", c.getCode(), "domain", c.getDomain(), "level", BigDecimal.valueOf(c.getLevel()),
                "immediate", c.isImmediate());
    }

    private static Set<String> collected(Object rows, String key) {
        Set<String> values = new LinkedHashSet<>();
        for (Object row : (List<?>) rows) {
            values.add((String) ((Map<?, ?>) row).get(key));
        }
        return values;
    }

    /** A model that failed to evaluate is a broken policy, never a silent default. */
    private static DMNResult checked(DMNResult result) {
        if (result.hasErrors()) {
            // Node names and message types only: the messages themselves may quote input values.
            throw new IllegalStateException("the policy failed to evaluate: " + result.getMessages().stream()
                    .map(m -> m.getSourceId() + " " + m.getMessageType()).toList());
        }
        return result;
    }
}
