package se.socialkontakt.systemtest.chaos;

import se.socialkontakt.events.EventType;

import java.util.Map;
import java.util.UUID;

/**
 * A young person asks for a chat and talks with a counsellor, who answers and ends it; either socket may be cut by a
 * fault at any point and is picked up again as the pages do.
 */
final class ChatJourney implements Runnable {
    private final Api api;
    private final Ledger ledger;
    private final Tokens tokens;
    private final String counsellor;

    ChatJourney(Api api, Ledger ledger, Tokens tokens, String counsellor) {
        this.api = api;
        this.ledger = ledger;
        this.tokens = tokens;
        this.counsellor = counsellor;
    }

    @Override
    public void run() {
        Api.Reply requested = api.create("chat: request conversation", Api.CHAT + "/api/conversations", null,
                Map.of("ageBand", "AGE_16_18"));
        if (!ledger.created("conversation", requested)) {
            return;
        }
        UUID id = UUID.fromString(requested.body().get("id").asText());
        ledger.expect(id, EventType.CHAT_CONVERSATION_REQUESTED);
        ledger.expectStored("chat", "conversation", id);
        try (YouthSide youth = new YouthSide(id, requested.body().get("token").asText(), ledger);
                CounsellorSide console = new CounsellorSide(id, counsellor, tokens, ledger)) {
            UUID opening = youth.say("Hej, jag vill prata om skolan.");
            console.take();
            console.hears(opening);
            UUID answer = console.say("Hej! Vad har hänt i skolan?");
            ledger.expect(id, EventType.CHAT_FIRST_RESPONSE);
            youth.hears(answer);
            console.hears(youth.say("Det är mycket prov just nu."));
            console.end();
        } catch (ChatSide.GaveUp gaveUp) {
            ledger.abandoned(gaveUp.getMessage());
        }
    }
}
