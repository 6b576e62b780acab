package se.socialkontakt.support.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** With Skatteverket's published test numbers only, never numbers that may belong to real people. */
class PersonalIdentityNumberTest {

    @Test
    void everyCommonWritingGivesTheSameTwelveDigits() {
        assertThat(PersonalIdentityNumber.canonical("19121212-1212")).contains("191212121212");
        assertThat(PersonalIdentityNumber.canonical("191212121212")).contains("191212121212");
        // The short form with "+" is someone 100 years or older.
        assertThat(PersonalIdentityNumber.canonical(" 121212+1212 ")).contains("191212121212");
    }

    @Test
    void aWrongCheckDigitOrDateIsRefused() {
        assertThat(PersonalIdentityNumber.isValid("19121212-1213")).isFalse();
        assertThat(PersonalIdentityNumber.isValid("19121312-1212")).isFalse();
        assertThat(PersonalIdentityNumber.isValid("hej")).isFalse();
        assertThat(PersonalIdentityNumber.isValid("")).isFalse();
        assertThat(PersonalIdentityNumber.isValid(null)).isFalse();
    }
}
