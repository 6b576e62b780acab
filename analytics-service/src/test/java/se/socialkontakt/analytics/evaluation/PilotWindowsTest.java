package se.socialkontakt.analytics.evaluation;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The six months before a launch against the six months from it, cut at the end of today while they run. */
class PilotWindowsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void sixCalendarMonthsEachSideOfTheLaunch() {
        PilotWindows windows = PilotWindows.around(LocalDate.of(2025, 3, 1), TODAY);
        assertThat(windows.before()).isEqualTo(new PilotWindows.Window(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 3, 1)));
        assertThat(windows.after()).isEqualTo(new PilotWindows.Window(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 1)));
        assertThat(windows.after().lastDay()).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(windows.afterComplete()).isTrue();
    }

    @Test
    void fromTheLastDayOfAMonthSixMonthsIsTheLastDayOfAShorterOne() {
        PilotWindows windows = PilotWindows.around(LocalDate.of(2025, 8, 31), TODAY);
        assertThat(windows.before().start()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(windows.after().endExclusive()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(windows.afterEnds()).isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void aRunningAfterWindowEndsWithTodayAndSaysSo() {
        PilotWindows windows = PilotWindows.around(LocalDate.of(2026, 10, 1), TODAY);
        assertThat(windows.after()).isEqualTo(new PilotWindows.Window(LocalDate.of(2026, 10, 1), TODAY.plusDays(1)));
        assertThat(windows.after().lastDay()).isEqualTo(TODAY);
        assertThat(windows.afterComplete()).isFalse();
        assertThat(windows.afterEnds()).isEqualTo(LocalDate.of(2027, 3, 31));
        // The before window is whole however recent the launch.
        assertThat(windows.before()).isEqualTo(new PilotWindows.Window(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 10, 1)));
    }

    @Test
    void theAfterWindowIsCompleteOnceItsLastDayIsOver() {
        PilotWindows yesterdayWasLast = PilotWindows.around(LocalDate.of(2026, 6, 5), TODAY);
        assertThat(yesterdayWasLast.afterComplete()).isTrue();
        assertThat(yesterdayWasLast.after().lastDay()).isEqualTo(TODAY.minusDays(1));

        PilotWindows todayIsLast = PilotWindows.around(LocalDate.of(2026, 6, 6), TODAY);
        assertThat(todayIsLast.afterComplete()).isFalse();
        assertThat(todayIsLast.after().lastDay()).isEqualTo(TODAY);
    }

    @Test
    void aLaunchTodayHasTodaySoFarAfterIt() {
        PilotWindows windows = PilotWindows.around(TODAY, TODAY);
        assertThat(windows.after()).isEqualTo(new PilotWindows.Window(TODAY, TODAY.plusDays(1)));
        assertThat(windows.afterComplete()).isFalse();
    }

    @Test
    void aLaunchAheadHasNothingToEvaluate() {
        assertThatThrownBy(() -> PilotWindows.around(TODAY.plusDays(1), TODAY)).isInstanceOfSatisfying(
                EvaluationRefusal.class, refusal -> assertThat(refusal.reason())
                        .isEqualTo(EvaluationRefusal.Reason.LAUNCH_AHEAD));
    }

    @Test
    void theLaunchIsAnIsoDate() {
        assertThat(PilotWindows.launchDate("2026-03-01")).isEqualTo(LocalDate.of(2026, 3, 1));
        for (String bad : new String[] { "2026-02-30", "1 mars 2026", "" }) {
            assertThatThrownBy(() -> PilotWindows.launchDate(bad)).isInstanceOfSatisfying(EvaluationRefusal.class,
                    refusal -> assertThat(refusal.reason()).isEqualTo(EvaluationRefusal.Reason.BAD_DATE));
        }
    }

    @Test
    void onlyAKnownServiceIsEvaluated() {
        assertThat(PilotService.of("HOUSING")).isEqualTo(PilotService.HOUSING);
        assertThatThrownBy(() -> PilotService.of("PARKING")).isInstanceOfSatisfying(EvaluationRefusal.class,
                refusal -> assertThat(refusal.reason()).isEqualTo(EvaluationRefusal.Reason.UNKNOWN_SERVICE));
    }
}
