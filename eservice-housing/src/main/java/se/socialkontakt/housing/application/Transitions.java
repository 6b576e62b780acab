package se.socialkontakt.housing.application;

import se.socialkontakt.events.HousingApplicationStatus;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static se.socialkontakt.events.HousingApplicationStatus.APPEALED;
import static se.socialkontakt.events.HousingApplicationStatus.AWAITING_SUPPLEMENT;
import static se.socialkontakt.events.HousingApplicationStatus.CLOSED;
import static se.socialkontakt.events.HousingApplicationStatus.DECIDED;
import static se.socialkontakt.events.HousingApplicationStatus.DRAFT;
import static se.socialkontakt.events.HousingApplicationStatus.MOVED_IN;
import static se.socialkontakt.events.HousingApplicationStatus.OFFER_MADE;
import static se.socialkontakt.events.HousingApplicationStatus.REGISTERED;
import static se.socialkontakt.events.HousingApplicationStatus.SUBMITTED;
import static se.socialkontakt.events.HousingApplicationStatus.SUPPLEMENTED;
import static se.socialkontakt.events.HousingApplicationStatus.UNDER_INVESTIGATION;

/**
 * The way an application may go: submitted → registered in the case system → under investigation → waiting for
 * more information ⇄ supplemented → decision → offer made → moved in, or closed; an appeal beside the decision.
 */
public final class Transitions {
    private static final Map<HousingApplicationStatus, Set<HousingApplicationStatus>> ALLOWED =
            new EnumMap<>(HousingApplicationStatus.class);

    static {
        ALLOWED.put(DRAFT, EnumSet.of(SUBMITTED, CLOSED));
        // The assessor may start before the case system's receipt: investigating waits for nobody.
        ALLOWED.put(SUBMITTED, EnumSet.of(REGISTERED, UNDER_INVESTIGATION, AWAITING_SUPPLEMENT, DECIDED, CLOSED));
        ALLOWED.put(REGISTERED, EnumSet.of(UNDER_INVESTIGATION, AWAITING_SUPPLEMENT, DECIDED, CLOSED));
        ALLOWED.put(UNDER_INVESTIGATION, EnumSet.of(AWAITING_SUPPLEMENT, DECIDED, CLOSED));
        ALLOWED.put(AWAITING_SUPPLEMENT, EnumSet.of(SUPPLEMENTED, DECIDED, CLOSED));
        ALLOWED.put(SUPPLEMENTED, EnumSet.of(UNDER_INVESTIGATION, AWAITING_SUPPLEMENT, DECIDED, CLOSED));
        ALLOWED.put(DECIDED, EnumSet.of(APPEALED, OFFER_MADE, CLOSED));
        ALLOWED.put(APPEALED, EnumSet.of(DECIDED, OFFER_MADE, CLOSED));
        ALLOWED.put(OFFER_MADE, EnumSet.of(MOVED_IN, CLOSED));
        ALLOWED.put(MOVED_IN, EnumSet.noneOf(HousingApplicationStatus.class));
        ALLOWED.put(CLOSED, EnumSet.noneOf(HousingApplicationStatus.class));
    }

    private Transitions() {
    }

    public static boolean allowed(HousingApplicationStatus from, HousingApplicationStatus to) {
        return ALLOWED.get(from).contains(to);
    }
}
