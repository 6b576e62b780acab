package se.socialkontakt.chat.conversation;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.socialkontakt.chat.delivery.ChatBus;
import se.socialkontakt.chat.delivery.Signal;
import se.socialkontakt.chat.risk.RiskService;
import se.socialkontakt.events.ChatFirstResponse;
import se.socialkontakt.outbox.Outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Stores a batch of messages, each of another conversation, in one statement and one transaction: the numbers are
 * taken while each conversation's state is checked (its row lock keeps other writers of that conversation in line),
 * the messages are stored, and whatever a message sets off (the first response's event, a risk flag) commits with
 * it. Plain JDBC in the JTA transaction rather than Hibernate: this is the chat's hot path, and the ORM, which it
 * does not need here, was its largest cost (benchmarks/README.md).
 */
@ApplicationScoped
class MessageBatch {
    /** A message to store; {@code risk} is its text's level on the lists, worked out before it was queued. */
    record Message(UUID conversationId, Sender sender, String author, UUID clientId, String text,
            Conversation.RiskLevel risk) {
    }

    /**
     * What became of a batch once committed: the messages stored with their numbers, and those the statement did not
     * take (a resend of a stored message, or one its conversation's state refuses), to be looked at one by one.
     * {@code signalled} completes when the other instances know of the stored ones.
     */
    record Written(Map<Message, Long> stored, List<Message> notStored, CompletableFuture<Void> signalled) {
    }

    private static final String STORE = """
            WITH input AS (
                SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[])
                    AS i(conversation_id, client_id, sender, author, body)
            ), taken AS (
                UPDATE conversation c SET last_seq = c.last_seq + 1
                FROM input i
                WHERE c.id = i.conversation_id
                    AND (c.status = 'ACTIVE' OR (c.status = 'QUEUED' AND i.sender = 'YOUTH'))
                RETURNING c.id, c.last_seq, c.practice, c.requested_at, c.first_response_at, c.risk_level
            ), stored AS (
                INSERT INTO chat_message (conversation_id, seq, client_id, sender, author, body, sent_at)
                SELECT t.id, t.last_seq, i.client_id, i.sender, i.author, i.body, ?
                FROM taken t JOIN input i ON i.conversation_id = t.id
                ON CONFLICT (conversation_id, client_id) DO NOTHING
                RETURNING conversation_id
            )
            SELECT t.id, t.last_seq, t.practice, t.requested_at, t.first_response_at, t.risk_level
            FROM taken t JOIN stored s ON s.conversation_id = t.id""";

    private final AgroalDataSource dataSource;
    private final EntityManager entityManager;
    private final Outbox outbox;
    private final ChatBus bus;
    private final Frames frames;
    private final RiskService risk;
    private final Clock clock;

    MessageBatch(AgroalDataSource dataSource, EntityManager entityManager, Outbox outbox, ChatBus bus, Frames frames,
            RiskService risk, Clock clock) {
        this.dataSource = dataSource;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.bus = bus;
        this.frames = frames;
        this.risk = risk;
        this.clock = clock;
    }

    /** Stores the messages, which must all be of different conversations; the result holds once committed. */
    @Transactional(rollbackOn = SQLException.class)
    Written store(List<Message> messages) throws SQLException {
        Instant now = clock.instant();
        Map<UUID, Message> byConversation = new HashMap<>();
        messages.forEach(message -> {
            if (byConversation.put(message.conversationId(), message) != null) {
                throw new IllegalArgumentException("A batch holds one message per conversation");
            }
        });
        Map<Message, Long> stored = new HashMap<>();
        // Opened by Agroal in this transaction: the same connection the entity manager below uses.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(STORE)) {
            int n = messages.size();
            UUID[] conversations = new UUID[n];
            UUID[] clientIds = new UUID[n];
            String[] senders = new String[n];
            String[] authors = new String[n];
            String[] texts = new String[n];
            for (int i = 0; i < n; i++) {
                Message message = messages.get(i);
                conversations[i] = message.conversationId();
                clientIds[i] = message.clientId();
                senders[i] = message.sender().name();
                authors[i] = message.author();
                texts[i] = message.text();
            }
            statement.setArray(1, connection.createArrayOf("uuid", conversations));
            statement.setArray(2, connection.createArrayOf("uuid", clientIds));
            statement.setArray(3, connection.createArrayOf("text", senders));
            statement.setArray(4, connection.createArrayOf("text", authors));
            statement.setArray(5, connection.createArrayOf("text", texts));
            statement.setObject(6, now.atOffset(ZoneOffset.UTC));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Message message = byConversation.get(rows.getObject(1, UUID.class));
                    long seq = rows.getLong(2);
                    stored.put(message, seq);
                    followUp(message, rows, now);
                    bus.publish(Signal.toConversation(Signal.Route.ALL, message.conversationId(),
                            frames.message(message.conversationId(), seq, message.clientId(), message.sender(),
                                    message.text(), now)));
                }
            }
        }
        List<Message> notStored = messages.stream().filter(m -> !stored.containsKey(m)).toList();
        return new Written(stored, notStored, bus.signalledAfterCommit());
    }

    /**
     * Why the batch did not take a message: a resend of a stored one (its number again, and it is relayed again, in
     * case the instance that stored it failed before relaying it; clients ignore a number they have), or a refusal.
     */
    @Transactional
    long storedBeforeOrRefused(Message message) {
        Conversation conversation = Conversation.findById(message.conversationId());
        if (conversation == null) {
            throw new ChatRefusal("unknown-conversation");
        }
        ChatMessage earlier = ChatMessage.byClientId(message.conversationId(), message.clientId()).orElse(null);
        if (earlier != null) {
            bus.publish(Signal.toConversation(Signal.Route.ALL, message.conversationId(), frames.message(earlier)));
            return earlier.key.seq();
        }
        throw new ChatRefusal(conversation.isOpen() && message.sender() != Sender.YOUTH ? "not-started" : "ended");
    }

    /** What a stored message sets off, in its transaction: the conversation's first response, a risk flag. */
    private void followUp(Message message, ResultSet row, Instant now) throws SQLException {
        if (message.sender() == Sender.COUNSELLOR && row.getObject(5) == null) {
            firstResponse(message.conversationId(), row.getBoolean(3),
                    row.getObject(4, OffsetDateTime.class).toInstant(), now);
        }
        if (message.sender() == Sender.YOUTH
                && message.risk().compareTo(Conversation.RiskLevel.valueOf(row.getString(6))) > 0) {
            risk.assess(Conversation.findById(message.conversationId()), message.text());
        }
    }

    private void firstResponse(UUID conversationId, boolean practice, Instant requestedAt, Instant now) {
        int first = entityManager.createNativeQuery(
                        "UPDATE conversation SET first_response_at = ?1 WHERE id = ?2 AND first_response_at IS NULL")
                .setParameter(1, now).setParameter(2, conversationId).executeUpdate();
        if (first == 1 && !practice) {
            outbox.publish(new ChatFirstResponse(conversationId, now,
                    Math.max(0, Duration.between(requestedAt, now).toSeconds())));
        }
    }
}
