package se.socialkontakt.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event type of the suite: the CloudEvent {@code type}, the topic it travels on, its payload record and its
 * JSON Schema. Adding an event means adding a constant here, a record and a schema file; the contract tests pick it
 * up from this list.
 */
public enum EventType {
    CHAT_CONVERSATION_REQUESTED("se.socialkontakt.chat.conversation.requested.v1", Topics.CHAT,
            ChatConversationRequested.class),
    CHAT_CONVERSATION_STARTED("se.socialkontakt.chat.conversation.started.v1", Topics.CHAT,
            ChatConversationStarted.class),
    CHAT_FIRST_RESPONSE("se.socialkontakt.chat.conversation.first-response.v1", Topics.CHAT, ChatFirstResponse.class),
    CHAT_CONVERSATION_ENDED("se.socialkontakt.chat.conversation.ended.v1", Topics.CHAT, ChatConversationEnded.class),
    CHAT_CONVERSATION_ABANDONED("se.socialkontakt.chat.conversation.abandoned.v1", Topics.CHAT,
            ChatConversationAbandoned.class),
    CHAT_RISK_FLAGGED("se.socialkontakt.chat.conversation.risk-flagged.v1", Topics.CHAT, ChatRiskFlagged.class),
    CHAT_CONVERSATION_RATED("se.socialkontakt.chat.conversation.rated.v1", Topics.CHAT, ChatConversationRated.class),
    HOUSING_APPLICATION_STARTED("se.socialkontakt.housing.application.started.v1", Topics.HOUSING,
            HousingApplicationStarted.class),
    HOUSING_APPLICATION_SUBMITTED("se.socialkontakt.housing.application.submitted.v1", Topics.HOUSING,
            HousingApplicationSubmitted.class),
    HOUSING_APPLICATION_STATUS_CHANGED("se.socialkontakt.housing.application.status-changed.v1", Topics.HOUSING,
            HousingApplicationStatusChanged.class),
    HOUSING_SUPPLEMENT_REQUESTED("se.socialkontakt.housing.application.supplement-requested.v1", Topics.HOUSING,
            HousingSupplementRequested.class),
    HOUSING_SUPPLEMENT_RECEIVED("se.socialkontakt.housing.application.supplement-received.v1", Topics.HOUSING,
            HousingSupplementReceived.class),
    HOUSING_DECISION_MADE("se.socialkontakt.housing.application.decision-made.v1", Topics.HOUSING,
            HousingDecisionMade.class),
    HOUSING_APPEAL_RECEIVED("se.socialkontakt.housing.application.appeal-received.v1", Topics.HOUSING,
            HousingAppealReceived.class),
    HOUSING_CATALOGUE_VIEWED("se.socialkontakt.housing.catalogue.viewed.v1", Topics.HOUSING,
            HousingCatalogueViewed.class),
    CONTACT_CASE_OPENED("se.socialkontakt.contact.case.opened.v1", Topics.CONTACT, ContactCaseOpened.class),
    CONTACT_CASE_FIRST_RESPONSE("se.socialkontakt.contact.case.first-response.v1", Topics.CONTACT,
            ContactCaseFirstResponse.class),
    CONTACT_CASE_ROUTED("se.socialkontakt.contact.case.routed.v1", Topics.CONTACT, ContactCaseRouted.class),
    CONTACT_CASE_RESOLVED("se.socialkontakt.contact.case.resolved.v1", Topics.CONTACT, ContactCaseResolved.class),
    CONTACT_CASE_SLA_BREACHED("se.socialkontakt.contact.case.sla-breached.v1", Topics.CONTACT,
            ContactCaseSlaBreached.class),
    FAQ_ARTICLE_VIEWED("se.socialkontakt.faq.article.viewed.v1", Topics.CONTACT, FaqArticleViewed.class),
    FAQ_ARTICLE_VOTED("se.socialkontakt.faq.article.voted.v1", Topics.CONTACT, FaqArticleVoted.class),
    FEEDBACK_RECEIVED("se.socialkontakt.feedback.received.v1", Topics.CONTACT, FeedbackReceived.class),
    FEEDBACK_ACKNOWLEDGED("se.socialkontakt.feedback.acknowledged.v1", Topics.CONTACT, FeedbackAcknowledged.class),
    FEEDBACK_ANSWERED("se.socialkontakt.feedback.answered.v1", Topics.CONTACT, FeedbackAnswered.class),
    CRISIS_MESSAGE_PUBLISHED("se.socialkontakt.crisis.message.published.v1", Topics.CRISIS,
            CrisisMessagePublished.class),
    CRISIS_MESSAGE_WITHDRAWN("se.socialkontakt.crisis.message.withdrawn.v1", Topics.CRISIS,
            CrisisMessageWithdrawn.class);

    private final String type;
    private final String topic;
    private final Class<? extends EventData> dataClass;

    EventType(String type, String topic, Class<? extends EventData> dataClass) {
        this.type = type;
        this.topic = topic;
        this.dataClass = dataClass;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends EventData> dataClass() {
        return dataClass;
    }

    /**
     * The payload as its record, the typed view consumers work on rather than reading JSON fields by name: a renamed
     * or retyped field then fails here or at compile time instead of silently reading as nothing.
     *
     * @throws InvalidEventException when the JSON is not this type's payload
     */
    public EventData readData(JsonNode data) {
        try {
            return EventJson.MAPPER.treeToValue(data, dataClass);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidEventException("Not a payload of " + type + ": " + e.getMessage(), e);
        }
    }

    /** The same, from the payload's JSON text (as a consumer stored it). */
    public EventData readData(String json) {
        try {
            return readData(EventJson.MAPPER.readTree(json));
        } catch (IOException e) {
            throw new InvalidEventException("Not JSON: " + e.getMessage(), e);
        }
    }

    /** Classpath location of the JSON Schema of the payload. */
    public String schemaResource() {
        return "/schemas/" + type + ".json";
    }

    /** Stable identifier published as the CloudEvent {@code dataschema}. */
    public URI schemaUri() {
        return URI.create("urn:socialkontakt:schema:" + type);
    }

    /*
     * Looked up in maps: a consumer asks for every event it reads, and a scan of the constants (values() copies them
     * each time) was 2 % of analytics' CPU at 5,000 events a second.
     */
    private static final Map<String, EventType> BY_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));
    private static final Map<Class<? extends EventData>, EventType> BY_DATA_CLASS = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::dataClass, Function.identity()));

    public static Optional<EventType> fromType(String type) {
        return Optional.ofNullable(type == null ? null : BY_TYPE.get(type));
    }

    public static EventType of(Class<? extends EventData> dataClass) {
        EventType type = BY_DATA_CLASS.get(dataClass);
        if (type == null) {
            throw new IllegalArgumentException("No event type for " + dataClass.getName());
        }
        return type;
    }
}
