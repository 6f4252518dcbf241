package frontdoor.service.retention;

import frontdoor.rules.JsonChecks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import frontdoor.rules.StrictJson;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * What anonymising leaves of a stored JSON text (a referral, a revision's input, what an agency found): the
 * shape the contract asks for, with every free text ({@code note}, {@code summary}, {@code reason}, names)
 * replaced by {@link #REMOVED}, the date of birth and the family id taken out, the child id replaced by one
 * that names no one, and the allocated team emptied. Codes, agencies, flags and counts stay.
 */
final class Scrub {
    static final String REMOVED = "Removed after the retention period";
    private static final Set<String> TEXTS = Set.of("note", "notes", "summary", "reason", "rationale", "name", "names",
            "firstName", "lastName", "fullName", "givenName", "familyName", "address", "postcode", "phone", "email");
    private static final Set<String> DROPPED = Set.of("dateOfBirth", "familyId", "nhsNumber", "upn");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Scrub() {
    }

    /** The text anonymised; {@code anonymousChild} stands for the child's id. */
    static String text(String json, String anonymousChild) {
        JsonNode root = StrictJson.DOCUMENT.tree(json);
        scrub(root, anonymousChild);
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void scrub(JsonNode node, String anonymousChild) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            for (String name : names) {
                JsonNode value = object.get(name);
                if (DROPPED.contains(name)) {
                    object.remove(name);
                } else if (TEXTS.contains(name) && value.isTextual()) {
                    object.put(name, REMOVED);
                } else if (name.equals("childId") && value.isTextual()) {
                    object.put(name, anonymousChild);
                } else if (name.equals("allocatedTeam")) {
                    object.putNull(name);
                } else {
                    scrub(value, anonymousChild);
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(n -> scrub(n, anonymousChild));
        }
    }

    /**
     * The child's age band at the referral, as the policy groups ages (whole years at {@code receivedAt} in
     * the policy's zone): UNBORN, UNKNOWN (no date of birth), UNDER_1, UNDER_5, CHILD (under 18) or ADULT.
     */
    static String ageBand(String referralJson, ZoneId zone) {
        JsonNode root = StrictJson.DOCUMENT.tree(referralJson);
        JsonNode child = root.path("child");
        if (child.path("unborn").asBoolean(false)) {
            return "UNBORN";
        }
        if (!child.path("dateOfBirth").isTextual() || !root.path("receivedAt").isTextual()) {
            return "UNKNOWN";
        }
        LocalDate born = LocalDate.parse(child.path("dateOfBirth").asText());
        LocalDate on = JsonChecks.instant(root.path("receivedAt").asText()).atZone(zone).toLocalDate();
        int years = Period.between(born, on).getYears();
        return years < 1 ? "UNDER_1" : years < 5 ? "UNDER_5" : years < 18 ? "CHILD" : "ADULT";
    }
}
