package se.socialkontakt.events;

/** Where an application for special housing stands, from draft to moving in (or closing), with an appeal beside. */
public enum HousingApplicationStatus {
    DRAFT, SUBMITTED, REGISTERED, UNDER_INVESTIGATION, AWAITING_SUPPLEMENT, SUPPLEMENTED, DECIDED, APPEALED,
    OFFER_MADE, MOVED_IN, CLOSED
}
