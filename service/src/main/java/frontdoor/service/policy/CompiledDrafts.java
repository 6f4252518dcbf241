package frontdoor.service.policy;

import frontdoor.rules.DecisionMonitoring;
import frontdoor.rules.PolicyException;
import frontdoor.service.web.ApiException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Drafts and the version in force compiled for a replay, unmonitored (a replay never counts as referrals in
 * the service's metrics). A compile is seconds of CPU, so the last few are kept by draft and revision (a save
 * is a new revision).
 */
@Component
class CompiledDrafts {
    static final int KEPT = 4;
    private final Drafts drafts;
    private final DraftStore store;
    private final PolicyHolder holder;
    private final Map<String, PolicyInForce> kept = new LastCompiled(KEPT);

    CompiledDrafts(Drafts drafts, DraftStore store, PolicyHolder holder) {
        this.drafts = drafts;
        this.store = store;
        this.holder = holder;
    }

    /** The version in force, as a replay evaluates it. */
    PolicyInForce inForce() {
        PolicyInForce now = holder.current();
        return new PolicyInForce(now.versionId(), now.recommender().monitored(DecisionMonitoring.NONE), now.recipes(), now.planner(), now.files());
    }

    /**
     * The draft as it stands, compiled; 404 for an unknown draft, 422 naming the problems when it does not
     * compile (its check report says more).
     */
    PolicyInForce draft(String draftId) {
        PolicyDraft d = drafts.draft(draftId, false);
        String key = draftId + "@" + d.revision();
        synchronized (kept) {
            PolicyInForce compiled = kept.get(key);
            if (compiled == null) {
                compiled = compile(store.files(draftId));
                kept.put(key, compiled);
            }
            return compiled;
        }
    }

    private static PolicyInForce compile(Map<String, String> files) {
        try {
            return PolicyInForce.compile(files);
        } catch (PolicyException e) {
            ApiException refused = ApiException.of(HttpStatus.UNPROCESSABLE_ENTITY, "Policy refused",
                    "the draft does not compile; its check report names every problem");
            refused.getBody().setProperty("problems", e.problems().stream().map(PolicyChecks::finding).toList());
            throw refused;
        } catch (RuntimeException e) {
            throw ApiException.of(HttpStatus.UNPROCESSABLE_ENTITY, "Policy refused", "the draft does not compile: " + e.getClass().getSimpleName());
        }
    }
}
