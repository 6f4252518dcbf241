package frontdoor.service.gathering;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.Agency;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.JsonChecks;
import frontdoor.rules.Referral;
import frontdoor.rules.ReferralReader;
import frontdoor.rules.StrictJson;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an agency found: a check's result, or information given without a check. Concerns and history
 * facts follow the contract's own rules, read by the decision core's {@link ReferralReader} so they are
 * written once; every concern is the agency's own (an agency reports what it knows, not what another does).
 * A superseding entry names the entry it replaces and why.
 */
record Finding(Outcome outcome, Agency agency, List<Referral.Concern> concerns, Referral.History history,
               boolean restricted, Long supersedes) {

    enum Outcome { NOTHING_KNOWN, FINDINGS }

    private static final Pattern TEXT = Pattern.compile("(?s).{1,4000}");
    private static final Set<String> FIELDS = Set.of("outcome", "concerns", "history", "summary", "restricted", "supersedes", "reason");

    /**
     * @param checkAgency the check's agency; null for information, whose body names its agency
     * @throws InvalidInputException naming every problem
     */
    static Finding read(String body, ReferralReader reader, Agency checkAgency) {
        JsonNode root = StrictJson.BODY.tree(body);
        JsonChecks c = new JsonChecks();
        Set<String> allowed = new HashSet<>(FIELDS);
        if (checkAgency == null) {
            allowed.add("agency");
        }
        if (!c.object(root, "$", allowed)) {
            throw new InvalidInputException(c.problems());
        }
        Outcome outcome = c.oneOf(root, "$", "outcome", true, Outcome.class);
        Agency agency = checkAgency != null ? checkAgency : c.oneOf(root, "$", "agency", true, Agency.class);
        JsonNode concernsNode = c.field(root, "$", "concerns", false);
        List<Referral.Concern> concerns = reader.concerns(c, concernsNode);
        for (int i = 0; i < concerns.size(); i++) {
            Agency raisedBy = concerns.get(i).agency();
            if (agency != null && raisedBy != null && raisedBy != agency) {
                c.problem("$.concerns[" + i + "].agency", "must be " + agency + ", the agency " + (checkAgency != null ? "whose check this is" : "giving the information"));
            }
        }
        JsonNode historyNode = c.field(root, "$", "history", false);
        Referral.History history = reader.history(c, historyNode);
        c.text(root, "$", "summary", false, TEXT, "must be 1 to 4000 characters");
        boolean restricted = c.flag(root, "$", "restricted", false);
        Long supersedes = null;
        JsonNode replaced = c.field(root, "$", "supersedes", false);
        if (replaced != null && !replaced.canConvertToLong()) {
            c.problem("$.supersedes", "must be the id of an earlier entry");
        } else if (replaced != null) {
            supersedes = replaced.longValue();
        }
        String reason = c.text(root, "$", "reason", false, TEXT, "must be 1 to 4000 characters");
        if (supersedes != null && reason == null && !c.problems().stream().anyMatch(p -> p.path().equals("$.reason"))) {
            c.problem("$.reason", "is required to supersede an entry: say why it is replaced");
        }
        boolean content = !concerns.isEmpty() || (historyNode != null && historyNode.size() > 0);
        if (outcome == Outcome.FINDINGS && !content) {
            c.problem("$.concerns", "findings need at least one concern or history fact");
        }
        if (outcome == Outcome.NOTHING_KNOWN && content) {
            c.problem("$.outcome", "is NOTHING_KNOWN but concerns or history facts are given");
        }
        if (!c.problems().isEmpty()) {
            throw new InvalidInputException(c.problems());
        }
        return new Finding(outcome, agency, concerns, history, restricted, supersedes);
    }
}
