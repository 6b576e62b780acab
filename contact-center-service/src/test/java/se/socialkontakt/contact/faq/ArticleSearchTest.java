package se.socialkontakt.contact.faq;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleSearchTest {

    @Test
    void onlyLettersAndDigitsReachTheQuery() {
        assertThat(ArticleSearch.words("Ansökan: 'boende' & | ! <-> :* 2026")).containsExactly("ansökan", "boende", "2026");
        assertThat(ArticleSearch.words("  ")).isEmpty();
        assertThat(ArticleSearch.words(null)).isEmpty();
    }

    @Test
    void nounsMeetTheirVerbsAtTheRoot() {
        assertThat(ArticleSearch.root("ansökan")).isEqualTo("ansök");
        assertThat(ArticleSearch.root("ansökningar")).isEqualTo("ansök");
        assertThat(ArticleSearch.root("boendet")).isEqualTo("boend");
        assertThat(ArticleSearch.root("hjälp")).isEqualTo("hjälp");
        assertThat(ArticleSearch.root("bar")).as("too short to cut").isEqualTo("bar");
    }

    @Test
    void everyWordMustMatchAndTheLastMayBeHalfTyped() {
        assertThat(ArticleSearch.tsQuery(List.of("hjälp", "ansökan")))
                .isEqualTo("hjälp & (ansökan:* | ansök:*)");
    }

    @Test
    void aWordMayAlsoMatchAsItsCorrectionsWhichMustBeWords() {
        assertThat(ArticleSearch.tsQuery(List.of("särskillt", "boenden"),
                Map.of("särskillt", List.of("särskilt", "x | y", "x:*"), "boenden", List.of("boenden", "boende"))))
                .isEqualTo("(särskillt | särskilt) & (boenden:* | boend:* | boende)");
    }
}
