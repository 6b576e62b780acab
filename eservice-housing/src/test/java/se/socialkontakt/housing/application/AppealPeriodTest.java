package se.socialkontakt.housing.application;

import org.junit.jupiter.api.Test;
import se.socialkontakt.housing.application.ApplicationForm.DecisionChannel;
import se.socialkontakt.support.calendar.SwedishHolidays;
import se.socialkontakt.support.calendar.WorkingTime;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The appeal period with real dates: three weeks from notice, postal notice on the third day, days off moved on. */
class AppealPeriodTest {
    private final AppealPeriod period = new AppealPeriod(new WorkingTime(new SwedishHolidays()));

    private LocalDate lastDay(String decided, DecisionChannel channel) {
        return period.lastDay(LocalDate.parse(decided), channel);
    }

    @Test
    void aDigitalDecisionIsKnownTheDayItIsMadeAndThreeWeeksRunFromThere() {
        assertThat(lastDay("2026-11-11", DecisionChannel.DIGITAL_MAILBOX)).as("Wednesday to Wednesday")
                .isEqualTo("2026-12-02");
    }

    @Test
    void aDecisionByPostCountsFromTheThirdDayAfterItWasSent() {
        // Sent Thursday 3 December, presumed received Sunday 6 December; three weeks end Sunday 27 December, a day
        // off, so the last day is Monday 28 December.
        assertThat(AppealPeriod.noticeDay(LocalDate.parse("2026-12-03"), DecisionChannel.POST)).isEqualTo("2026-12-06");
        assertThat(lastDay("2026-12-03", DecisionChannel.POST)).isEqualTo("2026-12-28");
    }

    @Test
    void aPeriodEndingOnAnnandagJulMovesToTheNextWorkingDay() {
        // Decided Saturday 5 December in the e-service: three weeks end on Annandag jul, Saturday 26 December.
        assertThat(lastDay("2026-12-05", DecisionChannel.DIGITAL_MAILBOX)).isEqualTo("2026-12-28");
        // By post the same decision is known on 8 December: the last day is Tuesday 29 December.
        assertThat(lastDay("2026-12-05", DecisionChannel.POST)).isEqualTo("2026-12-29");
    }

    @Test
    void nyarsaftonAndMidsommaraftonAreNoLastDays() {
        assertThat(lastDay("2026-12-10", DecisionChannel.DIGITAL_MAILBOX)).as("nyårsafton, then the weekend")
                .isEqualTo("2027-01-04");
        assertThat(lastDay("2027-06-04", DecisionChannel.DIGITAL_MAILBOX)).as("midsommarafton 2027")
                .isEqualTo("2027-06-28");
    }
}
