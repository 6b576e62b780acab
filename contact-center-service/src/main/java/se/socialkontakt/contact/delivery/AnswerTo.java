package se.socialkontakt.contact.delivery;

/** What an answer mail answers: an answer written on a case, or the answer to a feedback. */
public enum AnswerTo {
    CASE_ENTRY, FEEDBACK
}
