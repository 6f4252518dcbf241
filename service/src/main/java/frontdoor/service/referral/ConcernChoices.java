package frontdoor.service.referral;

import frontdoor.rules.IndicatorCatalogue;
import java.util.List;

/** The concerns a worker can choose from on a form, by domain, each by its plain meaning ({@code fields :: concern}). */
public record ConcernChoices(String domain, List<IndicatorCatalogue.Indicator> indicators) {

    public static List<ConcernChoices> of(IndicatorCatalogue catalogue) {
        return catalogue.byDomain().entrySet().stream().map(e -> new ConcernChoices(e.getKey(), e.getValue())).toList();
    }
}
