package frontdoor.service.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.Recommendation;
import frontdoor.rules.StrictJson;
import java.util.Optional;

/**
 * Reads a figure's stored JSON through {@link StrictJson} and keeps count of the rows that do not read: one
 * damaged row leaves the figure standing, is left out of its counts, and the figure's note says how many.
 */
final class Unreadable {
    private int rows;

    Optional<Recommendation> recommendation(String body) {
        try {
            return Optional.of(StrictJson.DOCUMENT.value(body, Recommendation.class));
        } catch (IllegalStateException | InvalidInputException e) {
            rows++;
            return Optional.empty();
        }
    }

    Optional<JsonNode> referral(String body) {
        try {
            return Optional.of(StrictJson.DOCUMENT.tree(body));
        } catch (InvalidInputException e) {
            rows++;
            return Optional.empty();
        }
    }

    /** The note, and how many stored rows were left out when any were. */
    String note(String note) {
        return rows == 0 ? note : note + " " + rows + (rows == 1 ? " stored row does not read and is" : " stored rows do not read and are")
                + " left out.";
    }
}
