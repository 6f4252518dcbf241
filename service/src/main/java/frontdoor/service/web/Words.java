package frontdoor.service.web;

import frontdoor.planner.domain.Skill;
import frontdoor.planner.domain.TaskKind;
import frontdoor.rules.Agency;
import frontdoor.rules.Consent;
import frontdoor.rules.IndicatorCatalogue;
import frontdoor.rules.PolicyTable;
import frontdoor.rules.RagRating;
import frontdoor.rules.Recommender;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    /** The plan's codes that its sentences name: skills and kinds of task. */
    private static final Set<String> PLAN_CODES = Stream.concat(Arrays.stream(Skill.values()), Arrays.stream(TaskKind.values()))
            .map(Enum::name).collect(Collectors.toUnmodifiableSet());
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]+(?:_[A-Z]+)+\\b");
    /** The contract's codes a referral's sentences name besides the tables' values: RAG ratings and consent. */
    private static final Set<String> CONTRACT_CODES = Stream.of(RagRating.values(), Consent.values())
            .flatMap(Arrays::stream).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    private static final Pattern QUOTED_CODE = Pattern.compile("\"([A-Z][A-Z0-9_]*)\"");
    private static final Set<String> AGENCIES = Arrays.stream(Agency.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    /** A word in capitals, not part of a rule id ("INDICATOR:...", "RESTRICTED:HEALTH+POLICE", "R2") or a referral id. */
    private static final Pattern REFERRAL_CODE = Pattern.compile("(?<![\\w:+-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b(?!:\\S|-|\\+)");
    /** The checks' ids ("POLICE_CHECK"): an agency's check. */
    private static final String CHECK = "_CHECK";

    /** A code in words; null stays null. */
    public String of(Object code) {
        if (code == null) {
            return null;
        }
        String words = inWords(code.toString());
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * A plan's sentence with the skills and kinds of task it names in words, as the roster and the timeline show
     * them: "every worker with SOCIAL_CARE_SYSTEMS" reads "every worker with social care systems". The API and the
     * command line keep the codes; null stays null.
     */
    public String sentence(String text) {
        return text == null ? null : CODE.matcher(text).replaceAll(m -> PLAN_CODES.contains(m.group()) ? inWords(m.group()) : m.group());
    }

    /**
     * A sentence about a referral (a revision's cause and changes, what would change it) with the codes it knows in
     * words, as the rest of the referral page shows them: an indicator as the catalogue means it, an agency, RAG
     * rating, consent or check, and the values the tables test and give (pathways, actions, gaps: {@link #tableValues}).
     * "level 3 from DOMESTIC_ABUSE_HIGH (POLICE, check result)" reads "level 3 from domestic abuse in the household,
     * DASH high risk (police, check result)". Rule ids stay as they are. The API and the command line keep the codes;
     * null stays null.
     */
    public static String referral(String text, IndicatorCatalogue catalogue, Set<String> tableValues) {
        return text == null ? null : REFERRAL_CODE.matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(codeInSentence(m.group(), catalogue, tableValues)));
    }

    /** {@link #referral} for the sentences a policy version made: its catalogue and its tables' values. */
    public static UnaryOperator<String> referral(Recommender version) {
        IndicatorCatalogue catalogue = version.catalogue();
        Set<String> values = tableValues(version.tables());
        return text -> referral(text, catalogue, values);
    }

    /**
     * The values in capitals that the tables' cells name in quotes: what they test ("UNBORN", "HIGH", "PHONE") and what they
     * give ("MASH_ENQUIRY", "SEEK_CONSENT"). Any other capitals (an id, a council's own rule id) stay as they are.
     */
    public static Set<String> tableValues(List<PolicyTable> tables) {
        return tables.stream().flatMap(t -> t.rows().stream()).flatMap(r -> Stream.concat(r.inputs().stream(), r.outputs().stream()))
                .flatMap(cell -> QUOTED_CODE.matcher(cell).results().map(m -> m.group(1))).collect(Collectors.toUnmodifiableSet());
    }

    private static String codeInSentence(String code, IndicatorCatalogue catalogue, Set<String> tableValues) {
        if (catalogue.contains(code)) {
            return catalogue.get(code).meaning();
        }
        if (AGENCIES.contains(code)) {
            return agency(code);
        }
        boolean check = code.endsWith(CHECK) && AGENCIES.contains(code.substring(0, code.length() - CHECK.length()));
        return check || CONTRACT_CODES.contains(code) || tableValues.contains(code) ? inWords(code) : code;
    }

    /** An agency as a sentence names it: "police", "social care", "another local authority". */
    public static String agency(String name) {
        return name.equals(Agency.OTHER_LA.name()) ? "another local authority" : inWords(name);
    }

    private static String inWords(String code) {
        StringBuilder out = new StringBuilder();
        for (String part : code.toLowerCase(Locale.UK).split("_")) {
            out.append(out.length() == 0 ? "" : " ").append(KEPT.getOrDefault(part, part));
        }
        return out.toString();
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
