package se.socialkontakt.chat.risk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.socialkontakt.chat.conversation.Conversation;
import se.socialkontakt.chat.conversation.Conversation.RiskLevel;
import se.socialkontakt.chat.conversation.Frames;
import se.socialkontakt.chat.delivery.ChatBus;
import se.socialkontakt.chat.delivery.Signal;
import se.socialkontakt.events.ChatRiskFlagged;
import se.socialkontakt.outbox.Outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Flags conversations whose messages match the risk lists: the conversation moves up the queue, the online
 * supervisors get an alert and an anonymous event records the level.
 */
@ApplicationScoped
public class RiskService {
    /** Other instances pick up an edited list within this time. */
    private static final Duration RELOAD = Duration.ofSeconds(30);

    private final ChatBus bus;
    private final Frames frames;
    private final Outbox outbox;
    private final Clock clock;
    private volatile RiskTriage triage;
    private volatile Instant loadedAt = Instant.EPOCH;

    RiskService(ChatBus bus, Frames frames, Outbox outbox, Clock clock) {
        this.bus = bus;
        this.frames = frames;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The level a text reaches on the lists. */
    public RiskLevel levelOf(String text) {
        return triage().levelOf(text);
    }

    /** Checks a young person's message; call in the transaction that stores it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assess(Conversation conversation, String text) {
        RiskLevel level = triage().levelOf(text);
        if (level.compareTo(conversation.riskLevel) > 0) {
            flag(conversation, level, "RISK_WORDS", null);
        }
    }

    /** A counsellor asks a supervisor to look at a conversation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void escalate(Conversation conversation, String counsellor) {
        conversation.escalatedBy = counsellor;
        bus.publish(Signal.toSupervisors(
                frames.alert(conversation.id, conversation.riskLevel, "ESCALATED", counsellor)));
    }

    private void flag(Conversation conversation, RiskLevel level, String reason, String by) {
        conversation.raiseRisk(level);
        if (!conversation.practice) {
            outbox.publish(new ChatRiskFlagged(conversation.id, clock.instant(),
                    ChatRiskFlagged.Level.valueOf(level.name())));
        }
        String alert = frames.alert(conversation.id, level, reason, by);
        bus.publish(Signal.toSupervisors(alert));
        bus.publish(Signal.toConversation(Signal.Route.STAFF, conversation.id, alert));
        if (conversation.status == Conversation.Status.QUEUED) {
            bus.publish(Signal.queueChanged());
        }
    }

    /**
     * An alert for every open conversation flagged or escalated so far, for a supervisor's console that connects:
     * alerts are sent live, and one that went out while the console was away (a reload, a network drop) must not be
     * missed.
     */
    @Transactional
    public List<String> openAlerts() {
        return Conversation.<Conversation>list(
                        "status in ?1 and (riskLevel <> ?2 or escalatedBy is not null) order by requestedAt",
                        List.of(Conversation.Status.QUEUED, Conversation.Status.ACTIVE), RiskLevel.NONE).stream()
                .flatMap(conversation -> Stream.of(
                                conversation.riskLevel == RiskLevel.NONE ? null
                                        : frames.alert(conversation.id, conversation.riskLevel, "RISK_WORDS", null),
                                conversation.escalatedBy == null ? null
                                        : frames.alert(conversation.id, conversation.riskLevel, "ESCALATED",
                                                conversation.escalatedBy))
                        .filter(Objects::nonNull))
                .toList();
    }

    public List<RiskTerm> terms() {
        return RiskTerm.listAll();
    }

    @Transactional
    public void replaceTerms(Map<String, RiskLevel> terms) {
        RiskTerm.deleteAll();
        terms.forEach((text, level) -> {
            RiskTerm term = new RiskTerm();
            term.term = text.strip();
            term.level = level;
            term.persist();
        });
        loadedAt = Instant.EPOCH;
    }

    private RiskTriage triage() {
        Instant now = clock.instant();
        if (triage == null || now.isAfter(loadedAt.plus(RELOAD))) {
            triage = new RiskTriage(RiskTerm.<RiskTerm>streamAll()
                    .collect(Collectors.toMap(t -> t.term, t -> t.level)));
            loadedAt = now;
        }
        return triage;
    }
}
