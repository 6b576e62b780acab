package se.socialkontakt.housing.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.socialkontakt.housing.homes.Home;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The wizard's steps in the reader's language, with the catalogue as it is now for the wishes. */
@ApplicationScoped
public class Wizards {
    private final ObjectMapper json;

    Wizards(ObjectMapper json) {
        this.json = json;
    }

    /** Step {@code number} of one application, with every step for the pages that show all the answers. */
    public record StepView(String applicationId, int number, int total, WizardSteps steps, String labelsJson) {
        public WizardSteps.Step step() {
            return steps.number(number);
        }

        public String stepUrl(int n) {
            return "/ansokan/" + applicationId + "/steg/" + n;
        }

        public String nextUrl() {
            return stepUrl(number + 1);
        }

        public String previousUrl() {
            return stepUrl(number - 1);
        }
    }

    @Transactional
    public StepView view(Frames.Frame frame, UUID applicationId, int number) {
        WizardSteps steps = steps(frame);
        return new StepView(applicationId.toString(), number, WizardSteps.REVIEW, steps, steps.labelsJson(json));
    }

    /** The steps alone, for a form that asks all of them at once (an application that came on paper). */
    @Transactional
    public WizardSteps steps(Frames.Frame frame) {
        List<Home> homes = Home.<Home>list("active", true).stream()
                .sorted(Comparator.comparing((Home h) -> h.name)).toList();
        return WizardSteps.in(frame.wizard(), frame.texts(), homes);
    }
}
