package se.socialkontakt.systemtest.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import se.socialkontakt.events.EventType;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** A visitor of the public pages: searches the FAQ, says whether an answer helped, and sometimes leaves feedback. */
final class VisitorJourney implements Runnable {
    private static final List<String> SEARCHES = List.of("boende", "avgift", "hemtjänst", "trygghetslarm", "bistånd");

    private final Api api;
    private final Ledger ledger;
    private final Random random;

    VisitorJourney(Api api, Ledger ledger, Random random) {
        this.api = api;
        this.ledger = ledger;
        this.random = random;
    }

    @Override
    public void run() {
        Api.Reply found = api.get("faq: search", Api.CONTACT_CENTER + "/api/faq?q="
                + SEARCHES.get(random.nextInt(SEARCHES.size())), null);
        JsonNode articles = found.accepted() && found.body().size() > 0 ? found.body()
                : api.get("faq: latest", Api.CONTACT_CENTER + "/api/faq", null).body();
        // A refusal's body is a problem object, not a list of articles.
        if (articles.isArray() && !articles.isEmpty()) {
            UUID article = UUID.fromString(articles.get(random.nextInt(articles.size())).get("id").asText());
            Api.Reply voted = api.post("faq: vote", Api.CONTACT_CENTER + "/api/faq/" + article + "/votes", null,
                    Map.of("helpful", random.nextBoolean()));
            ledger.voted(article, voted);
        }
        if (random.nextInt(3) == 0) {
            Api.Reply sent = api.create("feedback: send", Api.CONTACT_CENTER + "/api/feedback", null,
                    Map.of("kind", "COMPLAINT", "unit", "FINANCIAL_AID", "anonymous", true,
                            "text", "Ingen svarade när jag ringde (felinjektionstest)."));
            if (ledger.created("feedback", sent)) {
                UUID id = sent.createdId();
                ledger.expect(id, EventType.FEEDBACK_RECEIVED);
                ledger.expectStored("contactcenter", "feedback", id);
            }
        }
    }
}
