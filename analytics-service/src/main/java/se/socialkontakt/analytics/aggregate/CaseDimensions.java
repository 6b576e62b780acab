package se.socialkontakt.analytics.aggregate;

import se.socialkontakt.events.ContactCaseOpened;

/**
 * The dimensions of a contact case that the filters narrow by. A case's later events (first response, routing,
 * resolution, broken promise) carry none of them: they are taken from the case's "opened" event.
 */
public record CaseDimensions(String channel, String category, String targetGroup) {
    /** A case whose "opened" event has not been stored (yet): it matches no filter, only "all". */
    public static final CaseDimensions UNKNOWN = new CaseDimensions("", "", "");

    public static CaseDimensions of(ContactCaseOpened opened) {
        return new CaseDimensions(Cell.orEmpty(opened.channel()), Cell.orEmpty(opened.category()),
                Cell.orEmpty(opened.targetGroup()));
    }
}
