package se.socialkontakt.contact.web;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import se.socialkontakt.contact.routing.CaseCategory;
import se.socialkontakt.contact.routing.ListedCode;
import se.socialkontakt.contact.routing.TargetGroup;
import se.socialkontakt.contact.routing.Unit;
import se.socialkontakt.contact.web.Languages.Language;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** The admin's lists as the pages offer them: in the reader's language, in its alphabetical order. */
@ApplicationScoped
public class Choices {

    /** Categories (with the unit of their routing rule), target groups and units. */
    @TemplateData
    public record Lists(List<Option> categories, List<Option> targetGroups, List<Option> units) {

        /** The category's name, or its code if it has left the list. */
        public String categoryLabel(String code) {
            return categories.stream().filter(c -> c.value().equals(code)).map(Option::label).findFirst().orElse(code);
        }
    }

    public Lists in(Language language) {
        Comparator<Option> byLabel = Comparator.comparing(Option::label, Collator.getInstance(language.locale()));
        return new Lists(
                options(CaseCategory.<CaseCategory>listAll(), language, c -> c.unitCode, byLabel),
                options(TargetGroup.<TargetGroup>listAll(), language, t -> null, byLabel),
                options(Unit.<Unit>listAll(), language, u -> null, byLabel));
    }

    private static <T extends ListedCode> List<Option> options(List<T> entries, Language language,
            Function<T, String> unit, Comparator<Option> order) {
        return entries.stream()
                .map(e -> new Option(e.code, language.english() ? e.nameEn : e.nameSv, e.active, unit.apply(e)))
                .sorted(order).toList();
    }
}
