package se.socialkontakt.housing.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.socialkontakt.events.HousingApplicationStarted.ApplicantRole;
import se.socialkontakt.housing.application.ApplicationForm;
import se.socialkontakt.housing.homes.Home;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The wizard's eight steps as the pages show them: each step's fields with their labels, hints, choices and the
 * validation rules (bean validation property names, see {@link ApplicationForm}) whose errors belong next to them.
 * The step forms, the review and the assessor's reading of an application are all rendered from this one list.
 */
public final class WizardSteps {
    public static final int ATTACHMENTS = 9;
    public static final int REVIEW = 10;

    public enum Kind {
        TEXT, EMAIL, TEL, TEXTAREA, CHOICE, YESNO, CONSENT, MULTI
    }

    public record Option(String value, String label) {
    }

    /**
     * One answer. {@code showWhen} ("field=value") names the answer in the same step that makes this one relevant;
     * {@code rules} are the violation names reported against it.
     */
    public record Field(String name, String label, String hint, Kind kind, List<Option> options, String showWhen,
            String rules, String error, int maxLength) {
        public boolean hasHint() {
            return hint != null;
        }

        /** Choices are a group of radio buttons or check boxes, with a legend. */
        public boolean grouped() {
            return kind == Kind.CHOICE || kind == Kind.YESNO || kind == Kind.MULTI;
        }

        /*
         * One question per kind rather than is('CONSENT'): in an {#else if} Qute did not take is('CONSENT') as true,
         * and the consent rendered as a check box without a value, which sends "on" (issue #15).
         */
        public boolean consent() {
            return kind == Kind.CONSENT;
        }

        public boolean textarea() {
            return kind == Kind.TEXTAREA;
        }

        public boolean email() {
            return kind == Kind.EMAIL;
        }

        public boolean tel() {
            return kind == Kind.TEL;
        }

        public String inputType() {
            return switch (kind) {
                case CHOICE, YESNO -> "radio";
                case MULTI, CONSENT -> "checkbox";
                case EMAIL -> "email";
                case TEL -> "tel";
                default -> "text";
            };
        }

        /**
         * What the answer's elements are named after: its name, or "step-name" where all the steps share one page and
         * names repeat (the applicant's and the partner's names).
         */
        public String id(String scope) {
            return scope.isEmpty() ? name : scope + "-" + name;
        }

        /** The input an error summary's link leads to: the first choice of a group. */
        public String inputId() {
            return grouped() ? "f-" + name + "-0" : "f-" + name;
        }
    }

    /** {@code key} is the step's name in the API's {@code /steps/{key}} and in the answers. */
    public record Step(int number, String key, String title, String intro, String notice, List<Field> fields) {
    }

    private final List<Step> steps;

    private WizardSteps(List<Step> steps) {
        this.steps = steps;
    }

    public List<Step> all() {
        return steps;
    }

    public Step number(int number) {
        return steps.get(number - 1);
    }

    /** The choices' labels by "step.field" and value, for the scripts that show saved answers. */
    public String labelsJson(ObjectMapper json) {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        for (Step step : steps) {
            for (Field field : step.fields()) {
                Map<String, String> byValue = new LinkedHashMap<>();
                field.options().forEach(option -> byValue.put(option.value(), option.label()));
                labels.put(step.key() + "." + field.name(), byValue);
            }
        }
        try {
            // Inside a <script> element: no "<" may end it early.
            return json.writeValueAsString(labels).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static WizardSteps in(WizardMessages m, HousingMessages common, List<Home> homes) {
        List<Option> yesNo = List.of(new Option("true", common.yes()), new Option("false", common.no()));
        List<Option> homeOptions = homes.stream().map(h -> new Option(h.id.toString(), h.name + ", " + h.district))
                .toList();
        List<Option> districts = homes.stream().map(h -> h.district).distinct().sorted()
                .map(d -> new Option(d, d)).toList();
        return new WizardSteps(List.of(
                new Step(1, "who", m.whoTitle(), m.whoIntro(), null, List.of(
                        choice("role", m.whoRole(), options(ApplicantRole.values(),
                                r -> r == ApplicantRole.SELF ? m.whoSELF() : m.whoON_BEHALF()), m.whoRoleError()),
                        text("name", m.whoName(), null, "role=ON_BEHALF", "name onBehalfComplete",
                                m.whoOnBehalfError(), 200),
                        new Field("personNumber", m.whoPersonNumber(), m.personNumberHint(), Kind.TEXT, List.of(),
                                "role=ON_BEHALF", "personNumber", m.personNumberError(), 13),
                        new Field("representation", m.whoRepresentation(), null, Kind.CHOICE,
                                options(ApplicationForm.Representation.values(), r -> switch (r) {
                                    case POWER_OF_ATTORNEY -> m.reprPOWER_OF_ATTORNEY();
                                    case GUARDIAN -> m.reprGUARDIAN();
                                    case ADMINISTRATOR -> m.reprADMINISTRATOR();
                                }), "role=ON_BEHALF", "representation", m.whoOnBehalfError(), 0),
                        new Field("personConcernedConsents", m.whoConsents(), null, Kind.CONSENT, yesNo,
                                "role=ON_BEHALF", "personConcernedConsents", m.whoOnBehalfError(), 0))),
                new Step(2, "applicant", m.applicantTitle(), m.applicantIntro(), null, List.of(
                        text("name", m.applicantName(), null, null, "name", m.applicantNameError(), 200),
                        new Field("phone", m.applicantPhone(), m.applicantContactHint(), Kind.TEL, List.of(), null,
                                "phone reachable", m.applicantReachableError(), 40),
                        new Field("email", m.applicantEmail(), null, Kind.EMAIL, List.of(), null, "email",
                                m.applicantEmailError(), 200),
                        new Field("decisionBy", m.applicantDecisionBy(), null, Kind.CHOICE,
                                options(ApplicationForm.DecisionChannel.values(), c -> switch (c) {
                                    case DIGITAL_MAILBOX -> m.decisionByDIGITAL_MAILBOX();
                                    case POST -> m.decisionByPOST();
                                }), null, "decisionBy", m.decisionByError(), 0),
                        new Field("postalAddress", m.applicantAddress(), m.applicantAddressHint(), Kind.TEXTAREA,
                                List.of(), null, "postalAddress", m.applicantReachableError(), 300))),
                new Step(3, "living", m.livingTitle(), m.livingIntro(), null, List.of(
                        choice("situation", m.livingSituation(),
                                options(ApplicationForm.LivingSituation.values(), s -> situation(m, s)),
                                m.livingSituationError()),
                        textarea("description", m.livingDescription(), m.livingDescriptionHint(), m.textTooLongError()),
                        yesNo("homeHelp", m.livingHomeHelp(), yesNo, m.yesNoError()),
                        yesNo("homeHealthCare", m.livingHomeHealthCare(), yesNo, m.yesNoError()),
                        textarea("otherHelp", m.livingOtherHelp(), m.livingOtherHelpHint(), m.textTooLongError()))),
                new Step(4, "needs", m.needsTitle(), m.needsIntro(), null, List.of(
                        new Field("physical", m.needsPhysical(), m.needsPhysicalHint(), Kind.TEXTAREA, List.of(), null,
                                "physical anyNeedDescribed", m.needsError(), 2000),
                        textarea("psychological", m.needsPsychological(), null, m.textTooLongError()),
                        textarea("social", m.needsSocial(), null, m.textTooLongError()),
                        textarea("medical", m.needsMedical(), null, m.textTooLongError()),
                        textarea("safety", m.needsSafety(), m.needsSafetyHint(), m.textTooLongError()))),
                new Step(5, "partner", m.partnerTitle(), m.partnerIntro(), null, List.of(
                        yesNo("movesToo", m.partnerMovesToo(), yesNo, m.yesNoError()),
                        text("name", m.partnerName(), null, "movesToo=true", "name namedWhenMoving",
                                m.partnerNameError(), 200),
                        new Field("personNumber", m.partnerPersonNumber(), m.personNumberHint(), Kind.TEXT, List.of(),
                                "movesToo=true", "personNumber", m.personNumberError(), 13))),
                new Step(6, "wishes", m.wishesTitle(), m.wishesIntro(), m.wishesNotGuaranteed(), List.of(
                        new Field("anywhere", m.wishesAnywhere(), null, Kind.YESNO, yesNo, null, "anywhere",
                                m.yesNoError(), 0),
                        new Field("homes", m.wishesHomes(), null, Kind.MULTI, homeOptions, "anywhere=false",
                                "homes oneKindOfWish", m.wishesError(), 0),
                        new Field("areas", m.wishesAreas(), null, Kind.MULTI, districts, "anywhere=false", "areas",
                                m.wishesError(), 0))),
                new Step(7, "language", m.languageTitle(), m.languageIntro(), null, List.of(
                        text("language", m.languageLanguage(), null, null, "language", m.languageError(), 60),
                        yesNo("interpreter", m.languageInterpreter(), yesNo, m.yesNoError()))),
                new Step(8, "consents", m.consentsTitle(), m.consentsIntro(), null, List.of(
                        yesNo("healthCare", m.consentsHealthCare(), yesNo, m.yesNoError()),
                        yesNo("relatives", m.consentsRelatives(), yesNo, m.yesNoError())))));
    }

    private static Field choice(String name, String label, List<Option> options, String error) {
        return new Field(name, label, null, Kind.CHOICE, options, null, name, error, 0);
    }

    private static Field yesNo(String name, String label, List<Option> yesNo, String error) {
        return new Field(name, label, null, Kind.YESNO, yesNo, null, name, error, 0);
    }

    private static Field text(String name, String label, String hint, String showWhen, String rules, String error,
            int maxLength) {
        return new Field(name, label, hint, Kind.TEXT, List.of(), showWhen, rules, error, maxLength);
    }

    private static Field textarea(String name, String label, String hint, String error) {
        return new Field(name, label, hint, Kind.TEXTAREA, List.of(), null, name, error, 2000);
    }

    private static <E extends Enum<E>> List<Option> options(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(v -> new Option(v.name(), label.apply(v))).toList();
    }

    private static String situation(WizardMessages m, ApplicationForm.LivingSituation situation) {
        return switch (situation) {
            case OWN_HOME_ALONE -> m.situationOWN_HOME_ALONE();
            case OWN_HOME_WITH_OTHERS -> m.situationOWN_HOME_WITH_OTHERS();
            case WITH_RELATIVES -> m.situationWITH_RELATIVES();
            case SHORT_TERM_CARE -> m.situationSHORT_TERM_CARE();
            case HOSPITAL -> m.situationHOSPITAL();
            case OTHER -> m.situationOTHER();
        };
    }
}
