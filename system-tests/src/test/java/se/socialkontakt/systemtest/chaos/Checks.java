package se.socialkontakt.systemtest.chaos;

import se.socialkontakt.events.EventType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The ledger held against the settled suite: the owners' databases, the topics, analytics' store and the dashboard.
 */
final class Checks {
    private final Ledger ledger;
    private final List<FaultWindow> faults;
    private final List<String> problems = new ArrayList<>();

    Checks(Ledger ledger, List<FaultWindow> faults) {
        this.ledger = ledger;
        this.faults = faults;
    }

    /** A broken guarantee found outside these checks (while settling). */
    void report(String problem) {
        problems.add(problem);
    }

    /**
     * @param loadStarted      when the load began
     * @param onTopics         events on the topics since the load began
     * @param analyticsBefore  what analytics held before the load about the aggregates that existed already (FAQ
     *                         articles)
     * @param dashboardBefore  the dashboard's counts before the load
     * @param dashboardAfter   the same after settling
     */
    Verdict verdict(Instant loadStarted, Map<Ledger.Subject, Integer> onTopics,
            Map<Ledger.Subject, Integer> analyticsBefore, Map<EventType, Long> dashboardBefore,
            Map<EventType, Long> dashboardAfter, int journeys) throws SQLException {
        checkStates();
        int unknownRows = UnknownRows.find(ledger, loadStarted, problems);
        Verdict.Events events = checkEvents(onTopics, analyticsBefore);
        checkDashboard(dashboardBefore, dashboardAfter);
        checkChatMessages();
        return new Verdict(requests(), unknownRows, events, ledger.acked().size(), journeys, recoveries(),
                p99OutsideFaults(), ledger.abandoned(), List.copyOf(problems));
    }

    private void checkStates() throws SQLException {
        Map<String, List<Ledger.StoredState>> byDatabase = ledger.states().stream()
                .collect(Collectors.groupingBy(Ledger.StoredState::database));
        for (var database : byDatabase.entrySet()) {
            try (Connection connection = Databases.open(database.getKey())) {
                for (Ledger.StoredState state : database.getValue()) {
                    String status = statusOf(connection, state);
                    if (status == null) {
                        problems.add("accepted but not stored: " + state.table() + " " + state.id());
                    } else if (!state.statuses().isEmpty() && !state.statuses().contains(status)) {
                        problems.add("accepted change not stored: " + state.table() + " " + state.id() + " is "
                                + status + ", expected one of " + state.statuses());
                    }
                }
            }
        }
    }

    /** The row's status, "" for a row whose status is not asked for, null for no row. */
    private static String statusOf(Connection connection, Ledger.StoredState state) throws SQLException {
        String column = state.statuses().isEmpty() ? "''" : "status";
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + column + " FROM " + state.table() + " WHERE id = ?")) {
            select.setObject(1, state.id());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private Verdict.Events checkEvents(Map<Ledger.Subject, Integer> onTopics,
            Map<Ledger.Subject, Integer> analyticsBefore) throws SQLException {
        Map<Ledger.Subject, Integer> expected = ledger.expected();
        Map<Ledger.Subject, Integer> possible = ledger.possible();
        Set<UUID> aggregates = expected.keySet().stream().map(Ledger.Subject::aggregate).collect(Collectors.toSet());
        Map<Ledger.Subject, Integer> stored = EventTally.inAnalytics(aggregates);
        int total = 0;
        int inKafka = 0;
        int inAnalytics = 0;
        int lost = 0;
        int duplicated = 0;
        for (var subject : expected.entrySet()) {
            int want = subject.getValue();
            int onTopic = onTopics.getOrDefault(subject.getKey(), 0);
            int kept = stored.getOrDefault(subject.getKey(), 0) - analyticsBefore.getOrDefault(subject.getKey(), 0);
            int mayBe = want + possible.getOrDefault(subject.getKey(), 0);
            total += want;
            inKafka += Math.min(onTopic, want);
            inAnalytics += kept;
            if (onTopic < want) {
                problems.add("not on its topic: " + want + " x " + describe(subject.getKey()) + ", found " + onTopic);
            }
            if (kept < want) {
                lost += want - kept;
                problems.add("lost: " + describe(subject.getKey()) + " expected " + want + ", analytics has " + kept);
            } else if (kept > mayBe) {
                duplicated += kept - mayBe;
                problems.add("counted twice: " + describe(subject.getKey()) + " expected " + want
                        + ", analytics has " + kept);
            }
        }
        return new Verdict.Events(total, inKafka, inAnalytics, lost, duplicated);
    }

    private void checkDashboard(Map<EventType, Long> before, Map<EventType, Long> after) {
        Map<EventType, Integer> expected = new EnumMap<>(EventType.class);
        Map<EventType, Integer> possible = new EnumMap<>(EventType.class);
        ledger.expected().forEach((subject, count) -> expected.merge(subject.type(), count, Integer::sum));
        ledger.possible().forEach((subject, count) -> possible.merge(subject.type(), count, Integer::sum));
        for (var type : expected.entrySet()) {
            long delta = after.getOrDefault(type.getKey(), 0L) - before.getOrDefault(type.getKey(), 0L);
            long atMost = type.getValue() + possible.getOrDefault(type.getKey(), 0);
            if (delta < type.getValue() || delta > atMost) {
                problems.add("dashboard: " + type.getKey().type() + " grew by " + delta + ", the ledger expects "
                        + type.getValue() + (atMost > type.getValue() ? " to " + atMost : ""));
            }
        }
    }

    private void checkChatMessages() throws SQLException {
        List<Ledger.AckedMessage> acked = ledger.acked();
        Map<UUID, Integer> stored = new HashMap<>();
        try (Connection connection = Databases.open(Databases.CHAT);
                PreparedStatement select = connection.prepareStatement(
                        "SELECT client_id, count(*) FROM chat_message WHERE client_id = ANY (?) GROUP BY client_id")) {
            select.setArray(1, connection.createArrayOf("uuid",
                    acked.stream().map(Ledger.AckedMessage::clientId).distinct().toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getObject(1, UUID.class), rows.getInt(2));
                }
            }
        }
        for (Ledger.AckedMessage message : acked) {
            int times = stored.getOrDefault(message.clientId(), 0);
            if (times != 1) {
                problems.add("chat message " + message.clientId() + " of " + message.from() + " in conversation "
                        + message.conversation() + " acknowledged, stored " + times + " times");
            }
            if (!ledger.seen(message)) {
                problems.add("chat message " + message.clientId() + " of " + message.from() + " in conversation "
                        + message.conversation() + " acknowledged, never reached the other side");
            }
        }
    }

    private Verdict.Requests requests() {
        List<Ledger.Attempt> attempts = ledger.attempts();
        int accepted = 0;
        int refusedDuringFaults = 0;
        int errorsOutside = 0;
        int otherRefusals = 0;
        for (Ledger.Attempt attempt : attempts) {
            boolean duringFault = duringFault(attempt);
            boolean retryable = attempt.status() == 0 || attempt.status() == 429 || attempt.status() >= 500;
            if (attempt.accepted()) {
                accepted++;
            } else if (retryable && duringFault) {
                refusedDuringFaults++;
            } else if (attempt.status() == 0 || attempt.status() >= 500) {
                errorsOutside++;
            } else {
                otherRefusals++;
            }
        }
        return new Verdict.Requests(attempts.size(), accepted, refusedDuringFaults, errorsOutside, otherRefusals);
    }

    private Map<FaultKind, Verdict.Recovery> recoveries() {
        Map<FaultKind, Verdict.Recovery> recoveries = new EnumMap<>(FaultKind.class);
        for (FaultKind kind : FaultKind.values()) {
            List<FaultWindow> ofKind = faults.stream().filter(fault -> fault.kind() == kind).toList();
            recoveries.put(kind, new Verdict.Recovery(ofKind.size(), ofKind.stream().map(FaultWindow::recovery)
                    .max(Comparator.naturalOrder()).orElse(Duration.ZERO)));
            if (ofKind.isEmpty()) {
                problems.add("no fault of the kind " + kind.label() + " was injected");
            }
        }
        return recoveries;
    }

    private Map<String, Duration> p99OutsideFaults() {
        Map<String, List<Duration>> latencies = ledger.attempts().stream()
                .filter(attempt -> attempt.accepted() && !duringFault(attempt))
                .collect(Collectors.groupingBy(Ledger.Attempt::kind, TreeMap::new,
                        Collectors.mapping(Ledger.Attempt::latency, Collectors.toList())));
        Map<String, Duration> p99 = new TreeMap<>();
        latencies.forEach((kind, durations) -> {
            List<Duration> sorted = durations.stream().sorted().toList();
            p99.put(kind, sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1));
        });
        return p99;
    }

    /** Whether the request was under way while something was down, or shortly after (see FaultWindow.AFTERMATH). */
    private boolean duringFault(Ledger.Attempt attempt) {
        return faults.stream().anyMatch(fault -> fault.overlaps(attempt.at(), attempt.at().plus(attempt.latency())));
    }

    private static String describe(Ledger.Subject subject) {
        return subject.type().type() + " about " + subject.aggregate();
    }
}
