package se.socialkontakt.analytics.kpi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which figures a view's filters apply to; a figure they do not apply to shows all and says so. */
class FiltersTest {

    @Test
    void theCaseDimensionsApplyToContactFiguresAndTheUnitToRoutingsResolutionsAndFeedback() {
        Filters byChannel = new Filters("PHONE", null, null, null);
        assertThat(byChannel.applyTo("contacts.total")).isTrue();
        assertThat(byChannel.applyTo("contacts.answeredWithin1WorkingDay.share")).isTrue();
        assertThat(byChannel.applyTo("faq.contactsPer1000Views")).isTrue();
        assertThat(byChannel.applyTo("chat.answered")).isFalse();
        assertThat(byChannel.applyTo("housing.digitalShare.share")).isFalse();
        assertThat(byChannel.applyTo("feedback.received")).isFalse();

        Filters byUnit = new Filters(null, null, null, "ELDERLY");
        assertThat(byUnit.applyTo("contacts.total")).as("the contacts opened have no unit").isFalse();
        assertThat(byUnit.applyTo("contacts.routed")).isTrue();
        assertThat(byUnit.applyTo("contacts.resolvedAtFirstContact.share")).isTrue();
        assertThat(byUnit.applyTo("contacts.slaBreaches")).isTrue();
        assertThat(byUnit.applyTo("feedback.answeredWithin10WorkingDays.share")).isTrue();
        assertThat(byUnit.applyTo("faq.views")).isFalse();

        assertThat(new Filters("EMAIL", null, null, "ELDERLY").applyTo("contacts.routedTo.ELDERLY")).isTrue();
        assertThat(new Filters("EMAIL", null, null, "ELDERLY").applyTo("feedback.received")).isFalse();
        assertThat(Filters.NONE.applyTo("chat.answered")).as("no filter applies to everything").isTrue();
    }

    @Test
    void aSuppressedShareSaysItsEventsAreTooFewNotItsPercentage() {
        Figure share = Figure.of("housing.digitalShare.share", new Figure.Raw("housing.digitalShare.share", 75, 4),
                new Figure.Raw("housing.digitalShare.share", 60, 5));
        assertThat(share.suppressed()).isTrue();
        assertThat(share.value()).isNull();
        assertThat(share.previousSuppressed()).isFalse();
        assertThat(share.previousYear()).isEqualTo(60);
    }
}
