package frontdoor.service.policy;

import frontdoor.rules.Replay;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * What a draft would have done to the service's own past referrals: each referral received in the period,
 * on the exact input its latest revision evaluated, replayed on the draft and on the version in force.
 */
@Service
public class Impacts {
    private final CompiledDrafts compiled;
    private final PastReferrals past;
    private final Drafts drafts;
    private final Clock clock;
    private final ObjectProvider<ImpactReaders> readers;

    Impacts(CompiledDrafts compiled, PastReferrals past, Drafts drafts, ObjectProvider<Clock> clock, ObjectProvider<ImpactReaders> readers) {
        this.readers = readers;
        this.compiled = compiled;
        this.past = past;
        this.drafts = drafts;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The report for {@code {"from"?, "to"?}} (default the last 90 days), as {@code reader} may see it. */
    public ImpactReport report(String draftId, String body, String reader) {
        ImpactForm period = ImpactForm.read(body, clock);
        PolicyDraft d = drafts.draft(draftId, false);
        PolicyInForce draft = compiled.draft(draftId);
        PolicyInForce inForce = compiled.inForce();
        ImpactReaders shown = readers.getIfAvailable();
        Replay replay = PolicyInForce.replay(inForce, draft);
        if (shown != null) {
            replay.shownAs(shown.shownTo(reader));
        }
        replay.addAll(past.received(period.from(), period.to()));
        return new ImpactReport(draftId, d.revision(), inForce.versionId(), draft.versionId(), period.from(), period.to(), replay.report(),
                past.anonymised(period.from(), period.to()));
    }
}
