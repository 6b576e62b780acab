package se.socialkontakt.analytics.evaluation;

import java.util.Arrays;
import java.util.List;

/**
 * A service whose launch can be evaluated, with the figures that show what it changed: the digital share of
 * applications, working days to decision, the contact center's cases in the service's category and the use of the
 * FAQ. The FAQ figure counts every article's views: a view event names its article, not the article's category.
 */
public enum PilotService {
    /** The e-service for special housing; the contact center files its questions under HOUSING. */
    HOUSING(List.of("housing.digitalShare.share", "housing.decision.workingDays.median", "contacts.category.HOUSING",
            "faq.views"));

    private final List<String> figureKeys;

    PilotService(List<String> figureKeys) {
        this.figureKeys = figureKeys;
    }

    /** The figures compared before and after the launch, in the order the committee reads them. */
    public List<String> figureKeys() {
        return figureKeys;
    }

    public static PilotService of(String code) {
        return Arrays.stream(values()).filter(service -> service.name().equals(code)).findFirst()
                .orElseThrow(() -> new EvaluationRefusal(EvaluationRefusal.Reason.UNKNOWN_SERVICE,
                        "No service to evaluate is called " + code + "; known: " + Arrays.toString(values())));
    }
}
