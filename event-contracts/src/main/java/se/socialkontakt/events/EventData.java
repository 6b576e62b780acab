package se.socialkontakt.events;

import java.util.UUID;

/**
 * The payload of an event. Payloads carry no personal data: random ids, codes, bands and timestamps only (see the
 * schema test that enforces it). Sealed, so that a consumer's switch over the payloads is checked by the compiler: a
 * new event type that a consumer does not handle fails that consumer's build instead of being counted as nothing.
 */
public sealed interface EventData
        permits ChatConversationAbandoned, ChatConversationEnded, ChatConversationRated, ChatConversationRequested,
                ChatConversationStarted, ChatFirstResponse, ChatRiskFlagged, ContactCaseFirstResponse,
                ContactCaseOpened, ContactCaseResolved, ContactCaseRouted, ContactCaseSlaBreached,
                CrisisMessagePublished, CrisisMessageWithdrawn, FaqArticleViewed, FaqArticleVoted,
                FeedbackAcknowledged, FeedbackAnswered, FeedbackReceived, HousingAppealReceived,
                HousingApplicationStarted, HousingApplicationStatusChanged, HousingApplicationSubmitted,
                HousingCatalogueViewed, HousingDecisionMade, HousingSupplementReceived, HousingSupplementRequested {

    /** The aggregate the event is about; it becomes the CloudEvent subject and the Kafka record key. */
    UUID aggregateId();
}
