package se.socialkontakt.analytics.aggregate;

/**
 * What an aggregate cell counts. Each figure of the follow-up is read from the cells of one or more measures; the
 * cell's dimensions say which of them a measure uses (see {@link Projection}).
 */
public enum Measure {
    /** Every stored event, known or not; the cell's item is its CloudEvent type. */
    EVENT,
    /** Contact cases opened, by the case's channel, category and target group. */
    CONTACT_OPENED,
    /** First responses by their working minutes (a histogram), by the case's dimensions. */
    CONTACT_FIRST_RESPONSE,
    /**
     * The same histogram over all cases, without their dimensions: what a view that no case dimension narrows reads,
     * a few hundred buckets a year instead of some 60,000 cells of every channel, category and target group.
     */
    CONTACT_FIRST_RESPONSE_ALL_CASES,
    /** First responses within one working day, by the case's dimensions. */
    CONTACT_FIRST_RESPONSE_WITHIN_1_DAY,
    /** First responses within two working days, by the case's dimensions. */
    CONTACT_FIRST_RESPONSE_WITHIN_2_DAYS,
    /** Resolutions, by the case's dimensions and unit; the item says whether at first contact. */
    CONTACT_RESOLVED,
    /** Routings, by the case's dimensions and the unit routed to. */
    CONTACT_ROUTED,
    /** Broken response-time promises, by the case's dimensions and unit. */
    CONTACT_SLA_BREACHED,
    /** Chat requests; the item is the age band. */
    CHAT_REQUESTED,
    /** Chats answered, by their wait in seconds (a histogram). */
    CHAT_STARTED,
    CHAT_ABANDONED,
    /** Chats ended, by their duration in seconds (a histogram). */
    CHAT_ENDED,
    /** Topics of ended chats; the item is the topic, counted once per chat that had it. */
    CHAT_TOPIC,
    /** Ratings; the item says whether the chat helped. */
    CHAT_RATED,
    HOUSING_STARTED,
    /** Submitted applications; the item is the channel (DIGITAL or PAPER). */
    HOUSING_SUBMITTED,
    /** Decisions by their working days (a histogram); the item is the outcome. */
    HOUSING_DECISION,
    HOUSING_APPEAL,
    /** Feedback by its unit; the item is its kind. */
    FEEDBACK_RECEIVED,
    /** Acknowledgements by unit; the item says whether within two working days. */
    FEEDBACK_ACKNOWLEDGED,
    /** Answers by unit; the item says whether within ten working days. */
    FEEDBACK_ANSWERED,
    /** FAQ article views; the item is the article. */
    FAQ_VIEWED,
    /** FAQ votes; the item says whether the article helped. */
    FAQ_VOTED
}
