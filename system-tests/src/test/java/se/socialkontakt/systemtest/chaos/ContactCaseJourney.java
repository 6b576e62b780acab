package se.socialkontakt.systemtest.chaos;

import se.socialkontakt.events.EventType;

import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** An agent registers a call, then routes it to a unit or answers it at once. */
final class ContactCaseJourney implements Runnable {
    private static final String DATABASE = "contactcenter";

    private final Api api;
    private final Ledger ledger;
    private final Random random;

    ContactCaseJourney(Api api, Ledger ledger, Random random) {
        this.api = api;
        this.ledger = ledger;
        this.random = random;
    }

    @Override
    public void run() {
        Api.Reply opened = api.create("contact center: open case", Api.CONTACT_CENTER + "/api/cases", "agent",
                Map.of("channel", "PHONE", "category", "ELDERLY_CARE", "targetGroup", "RELATIVES",
                        "summary", "Frågar om trygghetslarm (felinjektionstest)"));
        if (!ledger.created("contact_case", opened)) {
            return;
        }
        UUID id = opened.createdId();
        ledger.expect(id, EventType.CONTACT_CASE_OPENED);
        ledger.expectStored(DATABASE, "contact_case", id);
        String url = Api.CONTACT_CENTER + "/api/cases/" + id;
        if (random.nextBoolean()) {
            if (ledger.changed(id, EventType.CONTACT_CASE_ROUTED, api.post("contact center: route case",
                    url + "/routing", "agent", Map.of("unit", "ELDERLY")))) {
                ledger.expectStored(DATABASE, "contact_case", id, "ROUTED");
            }
        } else {
            if (ledger.changed(id, EventType.CONTACT_CASE_RESOLVED, api.post("contact center: resolve case",
                    url + "/resolution", "agent", Map.of("text", "Trygghetslarmet beställs hos biståndshandläggaren.")))) {
                ledger.expectStored(DATABASE, "contact_case", id, "RESOLVED");
            }
        }
    }
}
