package se.socialkontakt.analytics.evaluation;

import org.junit.jupiter.api.Test;
import se.socialkontakt.analytics.aggregate.Cell;
import se.socialkontakt.analytics.aggregate.Histogram;
import se.socialkontakt.analytics.aggregate.Measure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The housing e-service's four figures before and after its launch, from each window's cells: computed as on the
 * dashboard and suppressed below five events as there.
 */
class ComparisonTest {

    @Test
    void eachFigureIsComparedAndSmallCountsAreSuppressed() {
        Map<Cell, Long> before = new HashMap<>();
        before.put(Cell.of(Measure.HOUSING_SUBMITTED, "DIGITAL"), 2L);
        before.put(Cell.of(Measure.HOUSING_SUBMITTED, "PAPER"), 4L);
        decisions(before, 21, 23, 25, 27, 29);
        before.put(contacts("HOUSING"), 3L);
        before.put(contacts("ADVICE"), 40L);
        before.put(Cell.of(Measure.FAQ_VIEWED, "article-1"), 9L);

        Map<Cell, Long> after = new HashMap<>();
        after.put(Cell.of(Measure.HOUSING_SUBMITTED, "DIGITAL"), 6L);
        after.put(Cell.of(Measure.HOUSING_SUBMITTED, "PAPER"), 2L);
        decisions(after, 11, 12, 13, 14);
        after.put(contacts("HOUSING"), 17L);
        after.put(Cell.of(Measure.FAQ_VIEWED, "article-1"), 20L);
        after.put(Cell.of(Measure.FAQ_VIEWED, "article-2"), 11L);

        List<Comparison> figures = Comparison.of(PilotService.HOUSING, before, after);

        assertThat(figures).extracting(Comparison::key).containsExactly("housing.digitalShare.share",
                "housing.decision.workingDays.median", "contacts.category.HOUSING", "faq.views");
        assertThat(figures.get(0).before()).isEqualTo(new Comparison.Side(33.33, 6L, false));
        assertThat(figures.get(0).after()).isEqualTo(new Comparison.Side(75.0, 8L, false));
        assertThat(figures.get(1).before()).isEqualTo(new Comparison.Side(25.0, 5L, false));
        // Four decisions: the median is suppressed with its count.
        assertThat(figures.get(1).after()).isEqualTo(new Comparison.Side(null, null, true));
        // Only the housing category's cases; three is too few to show.
        assertThat(figures.get(2).before()).isEqualTo(new Comparison.Side(null, null, true));
        assertThat(figures.get(2).after()).isEqualTo(new Comparison.Side(17.0, 17L, false));
        assertThat(figures.get(3).before()).isEqualTo(new Comparison.Side(9.0, 9L, false));
        assertThat(figures.get(3).after()).isEqualTo(new Comparison.Side(31.0, 31L, false));
    }

    @Test
    void aWindowWithoutEventsShowsNoNumbers() {
        List<Comparison> figures = Comparison.of(PilotService.HOUSING, Map.of(), Map.of());
        assertThat(figures).hasSize(4).allSatisfy(figure -> {
            assertThat(figure.before().suppressed()).isTrue();
            assertThat(figure.after().suppressed()).isTrue();
        });
    }

    private static void decisions(Map<Cell, Long> cells, int... workingDays) {
        for (int days : workingDays) {
            cells.merge(Cell.of(Measure.HOUSING_DECISION, "GRANTED").withBucket(Histogram.bucket(days)), 1L, Long::sum);
        }
    }

    private static Cell contacts(String category) {
        return new Cell(Measure.CONTACT_OPENED, "PHONE", category, "ALL_RESIDENTS", "", "", 0);
    }
}
