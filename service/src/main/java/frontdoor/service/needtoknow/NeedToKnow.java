package frontdoor.service.needtoknow;

import frontdoor.rules.Agency;
import frontdoor.service.audit.AuditAction;
import frontdoor.service.audit.AuditLog;
import frontdoor.service.policy.PolicyHolder;
import frontdoor.service.security.StaffDirectory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Need-to-know: the one step every view of what a referral's evaluation says goes through (the referral and
 * its page, revisions, what would change it, the answers to recording a result). A reader cleared for an
 * agency's restricted information sees it whole; everyone else sees that it exists and which outputs it
 * changed, never what it says ({@link Redaction}). Each view where restricted information exists is in the
 * audit chain: RESTRICTED_SHOWN for a cleared reader, RESTRICTED_WITHHELD otherwise (ids and agencies only).
 */
@Component
public class NeedToKnow {
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final PolicyHolder policy;
    private final ObjectProvider<Restrictions> restrictions;

    NeedToKnow(StaffDirectory staff, AuditLog audit, PolicyHolder policy, ObjectProvider<Restrictions> restrictions) {
        this.staff = staff;
        this.audit = audit;
        this.policy = policy;
        this.restrictions = restrictions;
    }

    /**
     * What {@code reader} is shown of a referral, in the caller's transaction (its audit entries commit with it).
     *
     * @param view what is being read, for the audit entry: "referral", "revisions", "what-would-change", ...
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Redaction of(String reader, String view, String referralId, long referral, String body) {
        Restrictions source = restrictions.getIfAvailable();
        Withheld all = source == null ? Withheld.NOTHING : source.of(referral, body);
        if (all.isEmpty()) {
            return Redaction.NONE;
        }
        Set<Agency> cleared = staff.clearedFor(reader);
        Withheld hidden = all.except(cleared);
        Set<Agency> shown = new TreeSet<>(all.agencies());
        shown.removeAll(hidden.agencies());
        if (!shown.isEmpty()) {
            audit.record(reader, AuditAction.RESTRICTED_SHOWN, referralId, detail(view, shown));
        }
        if (hidden.isEmpty()) {
            return Redaction.NONE;
        }
        audit.record(reader, AuditAction.RESTRICTED_WITHHELD, referralId, detail(view, hidden.agencies()));
        Map<String, String> labels = new LinkedHashMap<>();
        policy.current().recommender().catalogue().indicators().forEach((code, i) -> labels.put(code, i.meaning()));
        return new Redaction(hidden, labels);
    }

    private static String detail(String view, Set<Agency> agencies) {
        return "{\"view\":\"" + view + "\",\"agencies\":\"" + agencies.stream().map(Agency::name).collect(Collectors.joining(",")) + "\"}";
    }
}
