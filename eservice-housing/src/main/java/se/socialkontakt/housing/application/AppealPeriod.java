package se.socialkontakt.housing.application;

import jakarta.enterprise.context.ApplicationScoped;
import se.socialkontakt.housing.application.ApplicationForm.DecisionChannel;
import se.socialkontakt.support.calendar.WorkingTime;

import java.time.LocalDate;
import java.time.Period;

/**
 * The last day to appeal a decision, counted as the law counts it. An appeal must come in within three weeks of the
 * day the applicant took part of the decision (förvaltningslagen (2017:900) 44 §). A decision in the e-service's
 * digital mailbox reaches the applicant the day it is made; one sent by post is presumed to reach them on the third
 * day after it was sent. A period that ends on a Saturday, a Sunday, a public holiday, midsommarafton, julafton or
 * nyårsafton ends on the next working day (lagen (1930:173) om beräkning av lagstadgad tid).
 */
@ApplicationScoped
public class AppealPeriod {
    static final Period LENGTH = Period.ofWeeks(3);
    static final Period POSTAL_DELIVERY = Period.ofDays(3);

    private final WorkingTime workingTime;

    AppealPeriod(WorkingTime workingTime) {
        this.workingTime = workingTime;
    }

    /** The day the applicant is taken to have the decision made (and sent, if by post) on {@code decided}. */
    public static LocalDate noticeDay(LocalDate decided, DecisionChannel channel) {
        return channel == DecisionChannel.POST ? decided.plus(POSTAL_DELIVERY) : decided;
    }

    /** The last day an appeal is in time. */
    public LocalDate lastDay(LocalDate decided, DecisionChannel channel) {
        return workingTime.onOrAfter(noticeDay(decided, channel).plus(LENGTH));
    }
}
