package se.socialkontakt.contact.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The FAQ pages search and show public articles on the server; internal answers never appear. */
@QuarkusTest
class FaqPagesTest {
    private static final String ELDERLY_HOUSING = "0b7e5c1a-1f2d-4a31-9d7e-5a0c3e1f0001";
    private static final String INTERNAL = "0b7e5c1a-1f2d-4a31-9d7e-5a0c3e1f0004";

    @Test
    void theSearchWorksWithoutJavaScriptAndLeavesInternalAnswersOut() {
        // As many answers as the public search finds: the internal answer on the same subject is not among them.
        int publicHits = given().queryParam("q", "särskilt boende").get("/api/faq").then().statusCode(200)
                .extract().jsonPath().getList("id").size();
        given().queryParam("q", "särskilt boende").get("/faq").then().statusCode(200)
                .body(containsString("<a href=\"/faq/" + ELDERLY_HOUSING + "\">Hur ansöker jag om särskilt boende?</a>"))
                .body(containsString("value=\"särskilt boende\""))
                .body(containsString(">" + publicHits + " svar</p>"))
                .body(not(containsString("Intern:")));
        given().queryParam("q", "zzzyyyxxx").get("/faq").then().statusCode(200)
                .body(containsString("Inga svar hittades."));
    }

    @Test
    void anArticleHasItsRelatedArticlesAndAsksWhetherItHelped() {
        given().get("/faq/" + ELDERLY_HOUSING).then().statusCode(200)
                .body(containsString("<h1>Hur ansöker jag om särskilt boende?</h1>"))
                .body(containsString("Vilka papper behövs för ekonomiskt bistånd?"))
                .body(containsString("data-article=\"" + ELDERLY_HOUSING + "\""))
                .body(containsString("Hjälpte det här?"));
        given().get("/faq/" + ELDERLY_HOUSING + "?lang=en").then().statusCode(200)
                .body(containsString("<h1>How do I apply for special housing?</h1>"))
                .body(containsString("Did this help?"));
    }

    @Test
    void internalUnknownAndMalformedArticlesAreNotFound() {
        for (String id : new String[] { INTERNAL, "7d0f8c52-0000-4000-8000-000000000000", "not-an-id" }) {
            given().get("/faq/" + id).then().statusCode(404).body(containsString("<h1>Svaret finns inte</h1>"))
                    .body(not(containsString("Intern:")));
        }
    }

    @Test
    void theAtomFeedIsStillServedBesideTheArticles() {
        given().get("/faq/feed.atom").then().statusCode(200).contentType("application/atom+xml")
                .body(containsString("Hur ansöker jag om särskilt boende?"));
    }
}
