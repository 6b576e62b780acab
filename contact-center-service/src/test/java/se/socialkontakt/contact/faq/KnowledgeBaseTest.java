package se.socialkontakt.contact.faq;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.socialkontakt.outbox.OutboxEvent;
import se.socialkontakt.testsupport.BadInput;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The knowledge base against the real database: Swedish search, publishing, votes, the feed, and who sees what. */
@QuarkusTest
class KnowledgeBaseTest {
    private static final String APPLY_FOR_HOUSING = "0b7e5c1a-1f2d-4a31-9d7e-5a0c3e1f0001";
    private static final String INTERNAL_ANSWER = "0b7e5c1a-1f2d-4a31-9d7e-5a0c3e1f0004";

    private final String communicator = KeycloakTokens.accessTokenOf("communicator");

    @Test
    void swedishInflectedFormsFindEachOther() {
        // The article says "ansöka"; residents type "ansökan", "ansöker", "ansökningar" or only "ansö".
        for (String query : List.of("ansökan", "ansöker", "ansökningar", "ansö", "Ansökan särskilt boende",
                "ansökan om särskilda boenden", "särskillt")) {
            given().queryParam("q", query).get("/api/faq").then().statusCode(200)
                    .body("id", hasItem(APPLY_FOR_HOUSING));
        }
        given().queryParam("q", "apply special housing").queryParam("lang", "en").get("/api/faq").then()
                .body("id", hasItem(APPLY_FOR_HOUSING)).body("lang", everyItem(equalTo("en")));
        given().queryParam("q", "xyzzy").get("/api/faq").then().statusCode(200).body("size()", equalTo(0));
    }

    /** The starting set answers what the e-services' users ask ("hemtjänst" found nothing among three articles). */
    @ParameterizedTest
    @CsvSource({
            "hemtjänst, Hur ansöker jag om hemtjänst?",
            "orosanmälan, Hur gör jag en orosanmälan?",
            "ansöka särskilt boende åt mamma, Kan jag ansöka om särskilt boende åt min mamma eller pappa?",
            "pengar till mat, Jag har inga pengar till mat i dag. Vad gör jag?",
            "chatten anonym, Är ungdomschatten anonym?",
            "klagomål, Hur lämnar jag synpunkter eller klagomål?"})
    void theStartingSetAnswersWhatResidentsAsk(String words, String title) {
        given().queryParam("q", words).get("/api/faq").then().statusCode(200).body("title", hasItem(title));
    }

    @Test
    void internalAnswersAreForStaffOnly() {
        given().queryParam("q", "status ansökan").get("/api/faq").then().body("id", not(hasItem(INTERNAL_ANSWER)));
        given().get("/api/faq/{id}", INTERNAL_ANSWER).then().statusCode(404);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("agent")).queryParam("q", "status ansökan")
                .get("/api/knowledge").then().statusCode(200).body("id", hasItem(INTERNAL_ANSWER));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("resident")).queryParam("q", "ansökan")
                .get("/api/knowledge").then().statusCode(403);
        given().queryParam("q", "ansökan").get("/api/knowledge").then().statusCode(401);
    }

    @Test
    void aDraftIsInvisibleUntilPublishedAndThenSearchableAndInTheFeed() {
        String id = given().auth().oauth2(communicator).contentType(ContentType.JSON)
                .body(Map.of("category", "HOUSING", "audience", "PUBLIC", "titleSv", "Akut bostadslöshet",
                        "bodySv", "Den som saknar tak över huvudet i natt kan kontakta socialjouren.",
                        "titleEn", "Acute homelessness", "bodyEn", "Anyone without a roof tonight can call the on-call service."))
                .post("/api/faq-editing/articles").then().statusCode(201).body("status", equalTo("DRAFT"))
                .extract().path("id");
        given().get("/api/faq/{id}", id).then().statusCode(404);
        given().queryParam("q", "bostadslös").get("/api/faq").then().body("id", not(hasItem(id)));

        publish(id, true);
        given().queryParam("q", "bostadslöshet").get("/api/faq").then().body("id", hasItem(id));
        given().get("/faq/feed.atom").then().statusCode(200)
                .contentType(containsString("application/atom+xml"))
                .body(containsString("Akut bostadslöshet")).body(containsString("urn:uuid:" + id));
        given().get("/faq/feed.atom?lang=en").then().body(containsString("Acute homelessness"));
    }

    @Test
    void typosAreForgivenOnlyForTheWordsOfWhatIsPublishedNow() {
        // Each typo is neither the word's prefix nor its root's, so only the typo tolerance can find the article.
        String id = draft("Kvällspatrullen", "Kvällspatrullen hjälper den som har trygghetslarm.");
        publish(id, true);
        given().queryParam("q", "kvälspatrullen").get("/api/faq").then().body("id", hasItem(id));

        given().auth().oauth2(communicator).contentType(ContentType.JSON)
                .body(Map.of("category", "OTHER", "audience", "PUBLIC", "titleSv", "Trygghetsringning",
                        "bodySv", "Trygghetsringning varje morgon för den som bor ensam."))
                .put("/api/faq-editing/articles/{id}", id).then().statusCode(200);
        given().queryParam("q", "kvälspatrullen").get("/api/faq").then().body("id", not(hasItem(id)));
        given().queryParam("q", "tryghetsringning").get("/api/faq").then().body("id", hasItem(id));
        assertThat(knownWordsDifferFromTheArticles()).as("words kept by each change = words of all articles").isZero();

        publish(id, false);
        given().queryParam("q", "tryghetsringning").get("/api/faq").then().body("id", not(hasItem(id)));
        assertThat(knownWordsDifferFromTheArticles()).isZero();
        assertThat(knownWords("trygghetsringning")).as("a word only a withdrawn article held").isZero();
    }

    @Test
    void readsAndVotesAreCountedAndReportedAnonymously() {
        given().get("/api/faq/{id}", APPLY_FOR_HOUSING).then().statusCode(200)
                .body("title", equalTo("Hur ansöker jag om särskilt boende?"))
                .body("related.title", hasItem("Vilka papper behövs för ekonomiskt bistånd?"));
        given().contentType(ContentType.JSON).body(Map.of("helpful", true))
                .post("/api/faq/{id}/votes", APPLY_FOR_HOUSING).then().statusCode(204);
        List<String> types = OutboxEvent.<OutboxEvent>list("aggregateId", UUID.fromString(APPLY_FOR_HOUSING))
                .stream().map(row -> row.type).toList();
        assertThat(types).contains("se.socialkontakt.faq.article.viewed.v1", "se.socialkontakt.faq.article.voted.v1");
        given().contentType(ContentType.JSON).body(Map.of("helpful", true))
                .post("/api/faq/{id}/votes", INTERNAL_ANSWER).then().statusCode(404);
    }

    @Test
    void onlyCommunicatorsEditAndBadInputChangesNothing() {
        Map<String, Object> article = Map.of("category", "OTHER", "audience", "PUBLIC", "titleSv", "T", "bodySv", "B");
        given().auth().oauth2(KeycloakTokens.accessTokenOf("agent")).contentType(ContentType.JSON).body(article)
                .post("/api/faq-editing/articles").then().statusCode(403);
        given().contentType(ContentType.JSON).body(article).post("/api/faq-editing/articles").then().statusCode(401);
        BadInput.assertPostRejectsBadInputWithoutChange("/api/faq-editing/articles", communicator, () -> Article.count());
        BadInput.expectProblem(given().auth().oauth2(communicator).contentType(ContentType.JSON)
                .body(Map.of("category", "OTHER", "audience", "PUBLIC", "titleSv", "T", "bodySv", "B",
                        "titleEn", "Only a title")).post("/api/faq-editing/articles"), 400, "English title alone");
        BadInput.expectProblem(given().auth().oauth2(communicator).contentType(ContentType.JSON)
                .body(Map.of("category", "NO_SUCH", "audience", "PUBLIC", "titleSv", "T", "bodySv", "B"))
                .post("/api/faq-editing/articles"), 400, "unknown category");
        BadInput.assertRejectsBadInputWithoutChange(Method.PUT, "/api/faq-editing/articles/" + APPLY_FOR_HOUSING,
                communicator, () -> Article.count());
        BadInput.assertPostRejectsBadInputWithoutChange("/api/faq/" + APPLY_FOR_HOUSING + "/votes", null,
                () -> OutboxEvent.count("type", "se.socialkontakt.faq.article.voted.v1"));
        BadInput.expectProblem(given().queryParam("q", "x".repeat(201)).get("/api/faq"), 400, "a too long query");
        BadInput.expectProblem(given().queryParam("lang", "de").get("/api/faq"), 400, "an unknown language");
    }

    @Test
    void communicatorsChooseRelatedArticlesWhichMustExistAndNotBeTheArticleItself() {
        String article = draft("Färdtjänst för äldre", "Så ansöker du om färdtjänst.");
        String other = draft("Bostadsanpassning", "Så ansöker du om bostadsanpassning.");
        String path = "/api/faq-editing/articles/" + article + "/related";
        given().auth().oauth2(communicator).get(path).then().statusCode(200).body("articles", equalTo(List.of()));
        given().auth().oauth2(communicator).contentType(ContentType.JSON).body(Map.of("articles", List.of(other)))
                .put(path).then().statusCode(204);
        given().auth().oauth2(communicator).get(path).then().statusCode(200).body("articles", equalTo(List.of(other)));

        // Published, the relation shows on the public page.
        for (String id : List.of(article, other)) {
            publish(id, true);
        }
        given().get("/api/faq/{id}", article).then().statusCode(200).body("related.title", hasItem("Bostadsanpassning"));

        BadInput.expectProblem(given().auth().oauth2(communicator).contentType(ContentType.JSON)
                .body(Map.of("articles", List.of(other, article))).put(path), 400, "the article itself");
        BadInput.expectProblem(given().auth().oauth2(communicator).contentType(ContentType.JSON)
                .body(Map.of("articles", List.of(UUID.randomUUID().toString()))).put(path), 400, "an unknown article");
        given().auth().oauth2(communicator).contentType(ContentType.JSON)
                .body(Map.of("articles", List.of(UUID.randomUUID().toString()))).put(path).then()
                .body("field", equalTo("articles"));
        BadInput.expectProblem(given().auth().oauth2(communicator).contentType(ContentType.JSON)
                .body(Map.of("articles", List.of("not-an-id"))).put(path), 400, "a malformed id");
        BadInput.assertRejectsBadInputWithoutChange(Method.PUT, path, communicator, KnowledgeBaseTest::relations);
        given().auth().oauth2(communicator).get(path).then().body("articles", equalTo(List.of(other)));

        given().auth().oauth2(communicator).get("/api/faq-editing/articles/{id}/related", UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("agent")).contentType(ContentType.JSON)
                .body(Map.of("articles", List.of())).put(path).then().statusCode(403);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("agent")).get(path).then().statusCode(403);
        given().get(path).then().statusCode(401);

        given().auth().oauth2(communicator).contentType(ContentType.JSON).body(Map.of("articles", List.of()))
                .put(path).then().statusCode(204);
        given().auth().oauth2(communicator).get(path).then().body("articles", equalTo(List.of()));
    }

    private String draft(String title, String body) {
        return given().auth().oauth2(communicator).contentType(ContentType.JSON)
                .body(Map.of("category", "OTHER", "audience", "PUBLIC", "titleSv", title, "bodySv", body))
                .post("/api/faq-editing/articles").then().statusCode(201).extract().path("id");
    }

    private static long relations() {
        return count("SELECT count(*) FROM faq_related");
    }

    private void publish(String id, boolean published) {
        given().auth().oauth2(communicator).contentType(ContentType.JSON).body(Map.of("published", published))
                .post("/api/faq-editing/articles/{id}/publication", id).then().statusCode(200);
    }

    /** Rows in which the words table, kept change by change by its trigger, differs from one derived afresh. */
    private static long knownWordsDifferFromTheArticles() {
        return count("""
                SELECT count(*) FROM (
                    (SELECT language, word, articles, public_articles FROM faq_word
                     EXCEPT SELECT words.language, words.word, count(*), sum(words.public) FROM faq_article,
                         faq_article_words(status, audience, title_sv, body_sv, title_en, body_en) words
                     GROUP BY words.language, words.word)
                    UNION ALL
                    (SELECT words.language, words.word, count(*), sum(words.public) FROM faq_article,
                         faq_article_words(status, audience, title_sv, body_sv, title_en, body_en) words
                     GROUP BY words.language, words.word
                     EXCEPT SELECT language, word, articles, public_articles FROM faq_word)) difference""");
    }

    private static long knownWords(String word) {
        return count("SELECT count(*) FROM faq_word WHERE word = '" + word + "'");
    }

    private static long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Article.getEntityManager()
                .createNativeQuery(sql).getSingleResult()).longValue());
    }
}
