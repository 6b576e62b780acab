package se.socialkontakt.chat.conversation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.socialkontakt.events.ChatConversationRequested.AgeBand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Messages stored in batches: numbered without gaps or repeats under concurrent writers, each refused on its own. */
@QuarkusTest
class MessageWriterTest {
    @Inject
    ConversationService conversations;

    @Inject
    MessageBatch batch;

    @Test
    void concurrentWritersGetGaplessNumbersInEveryConversation() throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(queued());
        }
        Map<UUID, Long> seqOfClientId = new ConcurrentHashMap<>();
        // More writers than lanes, every conversation written by several of them at once: batches form, and a
        // conversation's second message in the same instant waits for the next batch.
        try (ExecutorService writers = Executors.newFixedThreadPool(8)) {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                done.add(writers.submit(() -> {
                    for (int m = 0; m < 30; m++) {
                        UUID clientId = UUID.randomUUID();
                        UUID conversation = ids.get(Math.floorMod(clientId.hashCode(), ids.size()));
                        seqOfClientId.put(clientId, conversations.post(conversation, Sender.YOUTH, null, clientId,
                                "meddelande " + clientId));
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        }
        assertThat(seqOfClientId).hasSize(240);
        int stored = 0;
        for (UUID id : ids) {
            List<ChatMessage> messages = QuarkusTransaction.requiringNew().call(() -> ChatMessage.after(id, 0));
            assertThat(messages).extracting(m -> m.key.seq())
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, messages.size()).boxed().toList());
            messages.forEach(m -> {
                assertThat(seqOfClientId.get(m.clientId)).as("the number the writer was given").isEqualTo(m.key.seq());
                assertThat(m.body).isEqualTo("meddelande " + m.clientId);
            });
            stored += messages.size();
        }
        assertThat(stored).isEqualTo(240);
    }

    @Test
    void aBatchStoresWhatItCanAndLeavesResendsAndRefusalsToBeAnsweredOneByOne() throws Exception {
        UUID open = queued();
        UUID resent = queued();
        UUID ended = queued();
        UUID earlierClientId = UUID.randomUUID();
        long earlierSeq = conversations.post(resent, Sender.YOUTH, null, earlierClientId, "första");
        conversations.leave(ended);

        MessageBatch.Message fresh = youth(open, UUID.randomUUID(), "hej");
        MessageBatch.Message resend = youth(resent, earlierClientId, "första");
        MessageBatch.Message tooLate = youth(ended, UUID.randomUUID(), "är du kvar?");
        MessageBatch.Message staffTooEarly = new MessageBatch.Message(queued(), Sender.COUNSELLOR, "counsellor",
                UUID.randomUUID(), "hej", Conversation.RiskLevel.NONE);
        MessageBatch.Written written = batch.store(List.of(fresh, resend, tooLate, staffTooEarly));

        assertThat(written.stored()).containsExactly(Map.entry(fresh, 1L));
        assertThat(written.notStored()).containsExactlyInAnyOrder(resend, tooLate, staffTooEarly);
        written.signalled().get();
        assertThat(batch.storedBeforeOrRefused(resend)).isEqualTo(earlierSeq);
        assertThatThrownBy(() -> batch.storedBeforeOrRefused(tooLate))
                .isInstanceOfSatisfying(ChatRefusal.class, r -> assertThat(r.code()).isEqualTo("ended"));
        assertThatThrownBy(() -> batch.storedBeforeOrRefused(staffTooEarly))
                .isInstanceOfSatisfying(ChatRefusal.class, r -> assertThat(r.code()).isEqualTo("not-started"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ChatMessage.after(resent, 0))).hasSize(1);
    }

    @Test
    void aBatchRefusesTwoMessagesOfOneConversation() {
        UUID id = queued();
        assertThatThrownBy(() -> batch.store(List.of(youth(id, UUID.randomUUID(), "ett"),
                youth(id, UUID.randomUUID(), "två")))).isInstanceOf(IllegalArgumentException.class);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ChatMessage.after(id, 0))).isEmpty();
    }

    private UUID queued() {
        return conversations.request(AgeBand.AGE_13_15, null, false, Optional.empty(), Optional.empty()).conversation().id;
    }

    private static MessageBatch.Message youth(UUID conversationId, UUID clientId, String text) {
        return new MessageBatch.Message(conversationId, Sender.YOUTH, null, clientId, text,
                Conversation.RiskLevel.NONE);
    }
}
