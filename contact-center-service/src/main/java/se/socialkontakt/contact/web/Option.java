package se.socialkontakt.contact.web;

import io.quarkus.qute.TemplateData;

/**
 * One value a page offers or shows, as the API knows it and as the reader sees it. Entries of the admin's lists may
 * be inactive (shown on old cases, never offered) and a category carries the unit its routing rule names.
 */
@TemplateData
public record Option(String value, String label, boolean active, String unit) {

    static Option of(Enum<?> value, String label) {
        return new Option(value.name(), label, true, null);
    }
}
