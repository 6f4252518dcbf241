package frontdoor.service.web;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Plain words for the contract's codes on the pages: {@code STRATEGY_DISCUSSION} reads "Strategy discussion",
 * {@code MARAC_REFERRAL} "MARAC referral". Templates call it as {@code @words}.
 */
@Component("words")
public class Words {
    private static final Map<String, String> KEPT = Map.of("marac", "MARAC", "mash", "MASH", "la", "local authority",
            "marf", "MARF (multi-agency referral form)", "rag", "RAG", "idva", "IDVA", "fgm", "FGM");
    private static final Map<String, String> LEVELS = Map.of("1", "Universal", "2", "Early help", "3", "Child in need",
            "4", "Child protection");

    /** A code in words; null stays null. */
    public String of(Object code) {
        if (code == null) {
            return null;
        }
        String[] parts = code.toString().toLowerCase(Locale.UK).split("_");
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            out.append(out.length() == 0 ? "" : " ").append(KEPT.getOrDefault(part, part));
        }
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    /** Minutes as a manager reads them ("1 day 12 hours", "2 hours 5 minutes"). */
    public String minutes(long minutes) {
        return TimeInWords.span(java.time.Duration.ofMinutes(minutes));
    }

    /** A time in words in the policy's zone ("23 November 2026 at 1:15pm"); null stays null. */
    public String at(java.time.Instant instant, java.time.ZoneId zone) {
        return instant == null ? null : TimeInWords.at(instant, zone);
    }

    /** A fragment id for a heading or table of a page: ("table", "RAG rating") is "table-rag-rating". */
    public String anchor(String prefix, String name) {
        return prefix + "-" + name.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** "Level 4: child protection". */
    public String level(int level) {
        String name = LEVELS.get(Integer.toString(level));
        return name == null ? "Level " + level : "Level " + level + ": " + name.toLowerCase(Locale.UK);
    }

    /** The govuk-tag modifier for a RAG rating: colour is never the only cue, the tag says the rating too. */
    public String ragClass(Object rag) {
        return rag == null ? "govuk-tag--grey" : switch (rag.toString()) {
            case "RED" -> "govuk-tag--red";
            case "AMBER" -> "govuk-tag--orange";
            case "GREEN" -> "govuk-tag--green";
            default -> "govuk-tag--grey";
        };
    }
}
