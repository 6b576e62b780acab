package se.socialkontakt.systemtest.chaos;

import se.socialkontakt.events.EventType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The harness's own log of the run, kept by the clients as they go: every request and its answer, what each accepted
 * request must have left in the owner's database and as events, and every chat message the chat acknowledged.
 */
final class Ledger {
    /** One HTTP request; status 0 when no answer came (a connection refused or cut). */
    record Attempt(String kind, int status, Instant at, Duration latency) {
        boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    /** The events of one type about one aggregate that accepted requests caused. */
    record Subject(UUID aggregate, EventType type) {
    }

    /** A row the owner must have: its id in the table, and one of these statuses when any are given. */
    record StoredState(String database, String table, UUID id, Set<String> statuses) {
    }

    record AckedMessage(UUID conversation, UUID clientId, long seq, String from) {
    }

    private final Queue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    private final Map<Subject, Integer> expected = new ConcurrentHashMap<>();
    /** Events a request may or may not have caused: its answer was lost and the retry did the same again. */
    private final Map<Subject, Integer> possible = new ConcurrentHashMap<>();
    private final Map<UUID, StoredState> states = new ConcurrentHashMap<>();
    private final Queue<AckedMessage> acked = new ConcurrentLinkedQueue<>();
    private final Set<UUID> seenByTheOtherSide = ConcurrentHashMap.newKeySet();
    private final Queue<String> abandoned = new ConcurrentLinkedQueue<>();
    /** Per table: creates that got no answer at all, and so may have stored a row the ledger cannot name. */
    private final Map<String, Integer> unnamedRows = new ConcurrentHashMap<>();

    void attempt(String kind, int status, Instant at, Duration latency) {
        attempts.add(new Attempt(kind, status, at, latency));
    }

    void expect(UUID aggregate, EventType type) {
        expected.merge(new Subject(aggregate, type), 1, Integer::sum);
    }

    private void allowOneMore(UUID aggregate, EventType type) {
        possible.merge(new Subject(aggregate, type), 1, Integer::sum);
    }

    /**
     * What a request that changes an aggregate's state leaves: its event once when it was carried out (also when
     * the retry was refused because the lost first attempt had done it); perhaps once when no answer came at all.
     * Returns whether it was carried out.
     */
    boolean changed(UUID aggregate, EventType type, Api.Reply reply) {
        if (reply.accepted() || reply.doneByTheLostAttempt()) {
            expect(aggregate, type);
            return true;
        }
        if (reply.answerLost()) {
            allowOneMore(aggregate, type);
        }
        return false;
    }

    /** A vote carries no key: each attempt whose answer was lost may have counted. */
    void voted(UUID article, Api.Reply reply) {
        if (reply.accepted()) {
            expect(article, EventType.FAQ_ARTICLE_VOTED);
        }
        if (reply.maybeDoneBefore()) {
            allowOneMore(article, EventType.FAQ_ARTICLE_VOTED);
        }
        if (reply.answerLost()) {
            allowOneMore(article, EventType.FAQ_ARTICLE_VOTED);
        }
    }

    /** Whether a create was accepted; one whose answer was lost may have stored a row the ledger cannot name. */
    boolean created(String table, Api.Reply reply) {
        if (!reply.accepted() && reply.answerLost()) {
            unnamedRows.merge(table, 1, Integer::sum);
        }
        return reply.accepted();
    }

    void expectStored(String database, String table, UUID id, String... statuses) {
        states.put(id, new StoredState(database, table, id, Set.of(statuses)));
    }

    void acked(UUID conversation, UUID clientId, long seq, String from) {
        acked.add(new AckedMessage(conversation, clientId, seq, from));
    }

    void seen(UUID clientId) {
        seenByTheOtherSide.add(clientId);
    }

    /** A journey that gave up (a chat that could not reconnect in time): reported, its acknowledged part checked. */
    void abandoned(String why) {
        abandoned.add(why);
    }

    List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    Map<Subject, Integer> expected() {
        return Map.copyOf(expected);
    }

    Map<Subject, Integer> possible() {
        return Map.copyOf(possible);
    }

    int unnamedRowsIn(String table) {
        return unnamedRows.getOrDefault(table, 0);
    }

    List<StoredState> states() {
        return List.copyOf(states.values());
    }

    List<AckedMessage> acked() {
        return List.copyOf(acked);
    }

    boolean seen(AckedMessage message) {
        return seenByTheOtherSide.contains(message.clientId());
    }

    List<String> abandoned() {
        return List.copyOf(abandoned);
    }
}
