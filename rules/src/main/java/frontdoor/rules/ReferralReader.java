package frontdoor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads a referral from JSON and checks it against every rule of the field table of docs/contract.md. Every problem
 * is reported at once ({@link InvalidInputException}); a referral that has one is never evaluated.
 */
public final class ReferralReader {
    public static final int MAX_NOTE = 4000;
    public static final int MAX_CONTACTS = 1000;
    private static final Pattern ANY = Pattern.compile("(?s).{0," + MAX_NOTE + "}");
    public static final int MAX_CONCERNS = 50;

    private final Predicate<String> knownCode;
    private final ZoneId zone;

    /**
     * @param knownCode whether a concern code is in the indicator catalogue in force
     * @param zone      the policy's time zone, in which a date of birth is compared with {@code receivedAt}
     */
    public ReferralReader(Predicate<String> knownCode, ZoneId zone) {
        this.knownCode = knownCode;
        this.zone = zone;
    }

    public Referral read(String json) {
        return read(parse(json));
    }

    /** Parses referral JSON with the one strict reader ({@link StrictJson}), as every reader of a body must. */
    public JsonNode parse(String json) {
        return StrictJson.BODY.tree(json);
    }

    public Referral read(JsonNode root) {
        JsonChecks in = new JsonChecks();
        if (!in.object(root, "$", Set.of("referralId", "receivedAt", "source", "child", "consent", "concerns", "history"))) {
            throw new InvalidInputException(in.problems());
        }
        String referralId = in.id(root, "$", "referralId", true);
        var receivedAt = in.instant(root, "$", "receivedAt", true);
        Referral.Source source = null;
        JsonNode src = in.field(root, "$", "source", true);
        if (src != null && in.object(src, "$.source", Set.of("agency", "method"))) {
            source = new Referral.Source(in.oneOf(src, "$.source", "agency", true, Agency.class),
                    in.oneOf(src, "$.source", "method", true, SourceMethod.class));
        }
        Referral.Child child = child(in, in.field(root, "$", "child", true), receivedAt == null ? null : receivedAt.atZone(zone).toLocalDate());
        Consent consent = in.oneOf(root, "$", "consent", true, Consent.class);
        List<Referral.Concern> concerns = concerns(in, in.field(root, "$", "concerns", true));
        Referral.History history = history(in, in.field(root, "$", "history", false));
        if (!in.problems().isEmpty()) {
            throw new InvalidInputException(in.problems());
        }
        return new Referral(referralId, receivedAt, source, child, consent, concerns, history);
    }

    private Referral.Child child(JsonChecks in, JsonNode node, LocalDate receivedOn) {
        String p = "$.child";
        if (node == null || !in.object(node, p, Set.of("childId", "familyId", "dateOfBirth", "unborn", "disabled", "inArea"))) {
            return null;
        }
        String childId = in.id(node, p, "childId", true);
        String familyId = in.id(node, p, "familyId", false);
        LocalDate dateOfBirth = in.date(node, p, "dateOfBirth", false);
        boolean unborn = in.flag(node, p, "unborn", false);
        if (unborn && in.field(node, p, "dateOfBirth", false) != null) {
            in.problem(p + ".dateOfBirth", "must be absent when the child is unborn");
        }
        if (dateOfBirth != null && receivedOn != null && dateOfBirth.isAfter(receivedOn)) {
            in.problem(p + ".dateOfBirth", "must not be after receivedAt");
        }
        return new Referral.Child(childId, familyId, dateOfBirth, unborn, in.flag(node, p, "disabled", false),
                in.flag(node, p, "inArea", true));
    }

    /**
     * The contract's rules for {@code $.concerns}, for any body that carries concerns (an agency's check
     * result too), so the rules are written once; problems go to {@code in}.
     */
    public List<Referral.Concern> concerns(JsonChecks in, JsonNode node) {
        List<Referral.Concern> concerns = new ArrayList<>();
        if (node == null) {
            return concerns;
        }
        if (!node.isArray()) {
            in.problem("$.concerns", "must be an array");
            return concerns;
        }
        if (node.size() > MAX_CONCERNS) {
            in.problem("$.concerns", "must have at most " + MAX_CONCERNS + " concerns");
        }
        for (int i = 0; i < node.size(); i++) {
            String p = "$.concerns[" + i + "]";
            JsonNode c = node.get(i);
            if (!in.object(c, p, Set.of("code", "agency", "note"))) {
                continue;
            }
            String code = in.text(c, p, "code", true, null, null);
            if (code != null && !knownCode.test(code)) {
                in.problem(p + ".code", "is not in the indicator catalogue in force");
            }
            concerns.add(new Referral.Concern(code, in.oneOf(c, p, "agency", true, Agency.class),
                    in.text(c, p, "note", false, ANY, "must be at most " + MAX_NOTE + " characters")));
        }
        return concerns;
    }

    /** The contract's rules for {@code $.history}, for any body that carries history facts; problems go to {@code in}. */
    public Referral.History history(JsonChecks in, JsonNode node) {
        String p = "$.history";
        if (node == null || !in.object(node, p, Set.of("openCase", "allocatedTeam", "contactsLast12Months",
                "previousChildProtectionPlan", "earlyHelpOpen"))) {
            return Referral.History.NONE;
        }
        return new Referral.History(in.flag(node, p, "openCase", false), in.text(node, p, "allocatedTeam", false, null, null),
                in.integer(node, p, "contactsLast12Months", 0, MAX_CONTACTS), in.flag(node, p, "previousChildProtectionPlan", false),
                in.flag(node, p, "earlyHelpOpen", false));
    }
}
