package se.socialkontakt.analytics.aggregate;

import se.socialkontakt.events.ChatConversationAbandoned;
import se.socialkontakt.events.ChatConversationEnded;
import se.socialkontakt.events.ChatConversationRated;
import se.socialkontakt.events.ChatConversationRequested;
import se.socialkontakt.events.ChatConversationStarted;
import se.socialkontakt.events.ChatFirstResponse;
import se.socialkontakt.events.ChatRiskFlagged;
import se.socialkontakt.events.ChatTopic;
import se.socialkontakt.events.ContactCaseFirstResponse;
import se.socialkontakt.events.ContactCaseOpened;
import se.socialkontakt.events.ContactCaseResolved;
import se.socialkontakt.events.ContactCaseRouted;
import se.socialkontakt.events.ContactCaseSlaBreached;
import se.socialkontakt.events.CrisisMessagePublished;
import se.socialkontakt.events.CrisisMessageWithdrawn;
import se.socialkontakt.events.EventData;
import se.socialkontakt.events.FaqArticleViewed;
import se.socialkontakt.events.FaqArticleVoted;
import se.socialkontakt.events.FeedbackAcknowledged;
import se.socialkontakt.events.FeedbackAnswered;
import se.socialkontakt.events.FeedbackReceived;
import se.socialkontakt.events.HousingAppealReceived;
import se.socialkontakt.events.HousingApplicationStarted;
import se.socialkontakt.events.HousingApplicationStatusChanged;
import se.socialkontakt.events.HousingApplicationSubmitted;
import se.socialkontakt.events.HousingCatalogueViewed;
import se.socialkontakt.events.HousingDecisionMade;
import se.socialkontakt.events.HousingSupplementReceived;
import se.socialkontakt.events.HousingSupplementRequested;

import java.time.LocalDate;

/**
 * What one event adds to the aggregate cells of its day. Pure, and a switch over the sealed payloads: an event type
 * added to the contracts fails this build until it is decided here what it counts for.
 */
public final class Projection {
    /** One working day of working time, in minutes (the producers count working time in the Swedish calendar). */
    public static final long WORKING_DAY_MINUTES = 24 * 60;

    private Projection() {
    }

    /** Whether a payload is a contact case's later event, whose dimensions come from the case's "opened" event. */
    public static boolean isCaseFollowUp(EventData data) {
        return data instanceof ContactCaseFirstResponse || data instanceof ContactCaseRouted
                || data instanceof ContactCaseResolved || data instanceof ContactCaseSlaBreached;
    }

    /**
     * Adds the event's cells, times {@code sign} (−1 takes a projection back), to the deltas.
     *
     * @param data the payload, or null for a type this build does not know (it is counted as an event only)
     * @param caseDimensions the dimensions of the contact case a follow-up belongs to
     */
    public static void project(String type, EventData data, LocalDate day, CaseDimensions caseDimensions, long sign,
            Deltas out) {
        out.add(day, Cell.of(Measure.EVENT, type), sign);
        if (data == null) {
            return;
        }
        switch (data) {
            case ContactCaseOpened opened ->
                    out.add(day, Cell.of(Measure.CONTACT_OPENED).withCase(CaseDimensions.of(opened)), sign);
            case ContactCaseFirstResponse response -> {
                int bucket = Histogram.bucket(response.workingMinutes());
                out.add(day, Cell.of(Measure.CONTACT_FIRST_RESPONSE).withCase(caseDimensions).withBucket(bucket), sign);
                out.add(day, Cell.of(Measure.CONTACT_FIRST_RESPONSE_ALL_CASES).withBucket(bucket), sign);
                if (response.workingMinutes() <= WORKING_DAY_MINUTES) {
                    out.add(day, Cell.of(Measure.CONTACT_FIRST_RESPONSE_WITHIN_1_DAY).withCase(caseDimensions), sign);
                }
                if (response.workingMinutes() <= 2 * WORKING_DAY_MINUTES) {
                    out.add(day, Cell.of(Measure.CONTACT_FIRST_RESPONSE_WITHIN_2_DAYS).withCase(caseDimensions), sign);
                }
            }
            case ContactCaseResolved resolved -> out.add(day, Cell.of(Measure.CONTACT_RESOLVED,
                    String.valueOf(resolved.atFirstContact())).withCase(caseDimensions).withUnit(resolved.unit()), sign);
            case ContactCaseRouted routed ->
                    out.add(day, Cell.of(Measure.CONTACT_ROUTED).withCase(caseDimensions).withUnit(routed.unit()), sign);
            case ContactCaseSlaBreached breached -> out.add(day,
                    Cell.of(Measure.CONTACT_SLA_BREACHED).withCase(caseDimensions).withUnit(breached.unit()), sign);
            case ChatConversationRequested requested ->
                    out.add(day, Cell.of(Measure.CHAT_REQUESTED, name(requested.ageBand())), sign);
            case ChatConversationStarted started -> out.add(day,
                    Cell.of(Measure.CHAT_STARTED).withBucket(Histogram.bucket(started.waitSeconds())), sign);
            case ChatConversationAbandoned abandoned -> out.add(day, Cell.of(Measure.CHAT_ABANDONED), sign);
            case ChatConversationEnded ended -> {
                out.add(day, Cell.of(Measure.CHAT_ENDED).withBucket(Histogram.bucket(ended.durationSeconds())), sign);
                if (ended.topics() != null) {
                    for (ChatTopic topic : ended.topics()) {
                        out.add(day, Cell.of(Measure.CHAT_TOPIC, name(topic)), sign);
                    }
                }
            }
            case ChatConversationRated rated ->
                    out.add(day, Cell.of(Measure.CHAT_RATED, String.valueOf(rated.helped())), sign);
            case ChatFirstResponse ignored -> {
            }
            case ChatRiskFlagged ignored -> {
            }
            case HousingApplicationStarted started -> out.add(day, Cell.of(Measure.HOUSING_STARTED), sign);
            case HousingApplicationSubmitted submitted ->
                    out.add(day, Cell.of(Measure.HOUSING_SUBMITTED, name(submitted.channel())), sign);
            case HousingDecisionMade decision -> out.add(day, Cell.of(Measure.HOUSING_DECISION,
                    name(decision.outcome())).withBucket(Histogram.bucket(decision.workingDays())), sign);
            case HousingAppealReceived appeal -> out.add(day, Cell.of(Measure.HOUSING_APPEAL), sign);
            case HousingApplicationStatusChanged ignored -> {
            }
            case HousingSupplementRequested ignored -> {
            }
            case HousingSupplementReceived ignored -> {
            }
            case HousingCatalogueViewed ignored -> {
            }
            case FeedbackReceived received -> out.add(day,
                    Cell.of(Measure.FEEDBACK_RECEIVED, name(received.kind())).withUnit(received.unit()), sign);
            case FeedbackAcknowledged acknowledged -> out.add(day, Cell.of(Measure.FEEDBACK_ACKNOWLEDGED,
                    String.valueOf(acknowledged.workingDays() <= 2)).withUnit(acknowledged.unit()), sign);
            case FeedbackAnswered answered -> out.add(day, Cell.of(Measure.FEEDBACK_ANSWERED,
                    String.valueOf(answered.workingDays() <= 10)).withUnit(answered.unit()), sign);
            case FaqArticleViewed viewed -> out.add(day, Cell.of(Measure.FAQ_VIEWED, viewed.articleId().toString()), sign);
            case FaqArticleVoted voted -> out.add(day, Cell.of(Measure.FAQ_VOTED, String.valueOf(voted.helpful())), sign);
            case CrisisMessagePublished ignored -> {
            }
            case CrisisMessageWithdrawn ignored -> {
            }
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? "" : value.name();
    }
}
