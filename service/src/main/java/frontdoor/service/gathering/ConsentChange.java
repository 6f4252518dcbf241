package frontdoor.service.gathering;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.Consent;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.JsonChecks;
import frontdoor.rules.StrictJson;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A change of consent: GIVEN, REFUSED, or NOT_REQUIRED with its reason (the lawful basis for sharing
 * without consent, which an inspector asks for). The latest recorded is the one evaluated.
 */
record ConsentChange(Consent consent) {
    private static final Pattern TEXT = Pattern.compile("(?s).*\\S.*");

    /** @throws InvalidInputException naming every problem */
    static ConsentChange read(String body) {
        JsonNode root = StrictJson.BODY.tree(body);
        JsonChecks c = new JsonChecks();
        if (!c.object(root, "$", Set.of("consent", "reason"))) {
            throw new InvalidInputException(c.problems());
        }
        Consent consent = c.oneOf(root, "$", "consent", true, Consent.class);
        if (consent == Consent.NOT_SOUGHT) {
            c.problem("$.consent", "must be GIVEN, REFUSED or NOT_REQUIRED");
        }
        String reason = c.text(root, "$", "reason", false, TEXT, "must not be blank");
        if (reason != null && reason.length() > 4000) {
            c.problem("$.reason", "must be at most 4000 characters");
        }
        if (consent == Consent.NOT_REQUIRED && reason == null && c.problems().stream().noneMatch(p -> p.path().equals("$.reason"))) {
            c.problem("$.reason", "is required when consent is NOT_REQUIRED: the lawful basis for sharing without consent");
        }
        if (!c.problems().isEmpty()) {
            throw new InvalidInputException(c.problems());
        }
        return new ConsentChange(consent);
    }
}
