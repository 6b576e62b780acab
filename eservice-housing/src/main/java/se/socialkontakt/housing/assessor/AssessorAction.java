package se.socialkontakt.housing.assessor;

import se.socialkontakt.events.HousingApplicationStatus;
import se.socialkontakt.events.HousingDecisionMade.Outcome;
import se.socialkontakt.housing.application.Application;
import se.socialkontakt.housing.application.Transitions;

import java.util.EnumSet;
import java.util.Set;

import static se.socialkontakt.events.HousingApplicationStatus.APPEALED;
import static se.socialkontakt.events.HousingApplicationStatus.AWAITING_SUPPLEMENT;
import static se.socialkontakt.events.HousingApplicationStatus.CLOSED;
import static se.socialkontakt.events.HousingApplicationStatus.DECIDED;
import static se.socialkontakt.events.HousingApplicationStatus.OFFER_MADE;

/**
 * What an assessor can do with an application in its present state, so that the console offers only that. Read from
 * the same transitions the service enforces: an action not offered here is refused there.
 */
public enum AssessorAction {
    ASSIGN, REQUEST_INFORMATION, DECIDE, OFFER, MOVED_IN, APPEAL_OUTCOME, CLOSE;

    /** What {@code assessor} can do: the same as any other assessor, except take a case they already hold. */
    public static Set<AssessorAction> available(Application application, String assessor) {
        HousingApplicationStatus status = application.status;
        Set<AssessorAction> actions = EnumSet.noneOf(AssessorAction.class);
        if (FINISHED.contains(status)) {
            return actions;
        }
        if (!assessor.equals(application.assessor)) {
            actions.add(ASSIGN);
        }
        if (Transitions.allowed(status, AWAITING_SUPPLEMENT)) {
            actions.add(REQUEST_INFORMATION);
        }
        // An appealed decision changes through the appeal's outcome, not through a new decision.
        if (status != APPEALED && Transitions.allowed(status, DECIDED)) {
            actions.add(DECIDE);
        }
        if (status == APPEALED) {
            actions.add(APPEAL_OUTCOME);
        }
        if (Transitions.allowed(status, OFFER_MADE) && application.decisionOutcome != Outcome.REFUSED) {
            actions.add(OFFER);
        }
        if (Transitions.allowed(status, HousingApplicationStatus.MOVED_IN)) {
            actions.add(MOVED_IN);
        }
        if (Transitions.allowed(status, CLOSED)) {
            actions.add(CLOSE);
        }
        return actions;
    }

    /** Moved in or closed: nothing more happens, and the case leaves the inbox for the finished list. */
    public static final Set<HousingApplicationStatus> FINISHED = EnumSet.of(HousingApplicationStatus.MOVED_IN, CLOSED);
}
