package se.socialkontakt.chat.conversation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import se.socialkontakt.events.ChatConversationEnded.EndedBy;
import se.socialkontakt.events.ChatConversationRequested.AgeBand;
import se.socialkontakt.events.ChatTopic;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A chat between an anonymous young person and a counsellor, from the queue to the erasure of its transcript. */
@Entity
public class Conversation extends PanacheEntityBase {
    public enum Status {
        /** Waiting for a counsellor. */
        QUEUED,
        /** A counsellor has taken it. */
        ACTIVE,
        /** Over; the counsellor may still be tagging its topics. */
        ENDED,
        /** The young person left the queue before a counsellor took it. */
        ABANDONED
    }

    /** How far a conversation has been flagged; the rank orders the queue. */
    public enum RiskLevel {
        NONE, ELEVATED, HIGH;

        public RiskLevel atLeast(RiskLevel other) {
            return other.ordinal() > ordinal() ? other : this;
        }
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", nullable = false)
    public AgeBand ageBand;

    @Enumerated(EnumType.STRING)
    public ChatTopic topic;

    public boolean practice;

    @Column(name = "token_hash")
    public byte[] tokenHash;

    /** The hash of the request's Idempotency-Key, if it had one: a retry of the request finds this conversation. */
    @Column(name = "idempotency_key_hash")
    public byte[] idempotencyKeyHash;

    /** Advanced only by the message path's own UPDATE: an entity flushed later never writes back a stale number. */
    @Column(name = "last_seq", nullable = false, updatable = false)
    public long lastSeq;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false)
    public RiskLevel riskLevel = RiskLevel.NONE;

    @Column(name = "risk_rank", nullable = false)
    public short riskRank;

    public String counsellor;

    /** The counsellor who last asked a supervisor to look at this conversation; null when nobody did. */
    @Column(name = "escalated_by")
    public String escalatedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "first_response_at")
    public Instant firstResponseAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "ended_by")
    public EndedBy endedBy;

    @Column(name = "wrapped_up_at")
    public Instant wrappedUpAt;

    /** Topic tags, comma separated. */
    @Column(name = "topics")
    String topicTags;

    public Boolean helped;

    @Column(name = "youth_away_since")
    public Instant youthAwaySince;

    @Column(name = "fingerprint_day")
    public LocalDate fingerprintDay;

    public byte[] fingerprint;

    /** The hash of the random key the young person's browser keeps, by which a block recognises it. */
    @Column(name = "browser_key_hash")
    public byte[] browserKeyHash;

    @Column(name = "erase_at")
    public Instant eraseAt;

    @Column(name = "erased_at")
    public Instant erasedAt;

    @Column(name = "preserved_until")
    public Instant preservedUntil;

    @Column(name = "preserved_reason")
    public String preservedReason;

    @Column(name = "preserved_by")
    public String preservedBy;

    public List<ChatTopic> topics() {
        if (topicTags == null || topicTags.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(topicTags.split(",")).map(ChatTopic::valueOf).toList();
    }

    public void tag(List<ChatTopic> topics) {
        topicTags = topics.stream().distinct().map(Enum::name).collect(Collectors.joining(","));
    }

    public void raiseRisk(RiskLevel level) {
        riskLevel = riskLevel.atLeast(level);
        riskRank = (short) riskLevel.ordinal();
    }

    public boolean isOpen() {
        return status == Status.QUEUED || status == Status.ACTIVE;
    }

    public long secondsWaited(Instant until) {
        return Math.max(0, Duration.between(requestedAt, until).toSeconds());
    }
}
