package se.socialkontakt.systemtest.chaos;

import se.socialkontakt.events.EventType;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The demo resident starts an application, fills in every step and submits it; the assessor decides every other one
 * at once.
 */
final class HousingJourney implements Runnable {
    private static final String DATABASE = "housing";
    private static final Map<String, Map<String, Object>> STEPS = Map.of(
            "who", Map.of("role", "SELF"),
            "applicant", Map.of("name", "Tolvan Tolvansson", "phone", "08-465 004 20", "decisionBy", "DIGITAL_MAILBOX"),
            "living", Map.of("situation", "OWN_HOME_ALONE", "homeHelp", true, "homeHealthCare", false),
            "needs", Map.of("physical", "Kan inte gå i trappor"),
            "partner", Map.of("movesToo", false),
            "wishes", Map.of("anywhere", true, "homes", List.of(), "areas", List.of()),
            "language", Map.of("language", "svenska", "interpreter", false),
            "consents", Map.of("healthCare", true, "relatives", false));

    private final Api api;
    private final Ledger ledger;
    private final Random random;

    HousingJourney(Api api, Ledger ledger, Random random) {
        this.api = api;
        this.ledger = ledger;
        this.random = random;
    }

    @Override
    public void run() {
        Api.Reply started = api.create("housing: start application", Api.HOUSING + "/api/applications", "resident",
                Map.of("applicantRole", "SELF"));
        if (!ledger.created("application", started)) {
            return;
        }
        UUID id = started.createdId();
        ledger.expect(id, EventType.HOUSING_APPLICATION_STARTED);
        ledger.expectStored(DATABASE, "application", id);
        String url = Api.HOUSING + "/api/applications/" + id;
        for (var step : STEPS.entrySet()) {
            if (!api.put("housing: save step", url + "/steps/" + step.getKey(), "resident", step.getValue())
                    .accepted()) {
                return;
            }
        }
        if (!ledger.changed(id, EventType.HOUSING_APPLICATION_SUBMITTED,
                api.post("housing: submit", url + "/submission", "resident", null))) {
            return;
        }
        // Submitted, then perhaps registered by the case system or decided (when a decision's answer was lost).
        ledger.expectStored(DATABASE, "application", id, "SUBMITTED", "REGISTERED", "DECIDED");
        if (random.nextBoolean() && ledger.changed(id, EventType.HOUSING_DECISION_MADE, api.post("housing: decide",
                Api.HOUSING + "/api/assessor/applications/" + id + "/decision", "assessor",
                Map.of("outcome", "GRANTED", "text", "Beviljas.")))) {
            ledger.expectStored(DATABASE, "application", id, "DECIDED");
        }
    }
}
