package se.socialkontakt.benchmarks.contactcenter;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import se.socialkontakt.benchmarks.http.HttpCalls;
import se.socialkontakt.benchmarks.http.Machine;
import se.socialkontakt.benchmarks.http.SetUp;
import se.socialkontakt.benchmarks.http.Tokens;

import java.time.Duration;

/**
 * Fills the knowledge base through the communicators' API, as they would: each article written as a draft, then
 * published (two requests an article). Set-up, not measured. Nine in ten articles are public, the rest internal
 * answers for staff that the public search must skip.
 */
final class KnowledgeBase {
    private static final int BATCH = 1000;
    private static final int LANES = 8;
    /** Well inside the demo realm's token lifespan of 300 s: each batch gets a token that outlives it. */
    private static final Duration BATCH_TIMEOUT = Duration.ofMinutes(2);

    private KnowledgeBase() {
    }

    static void fill(HttpCalls http, Tokens communicator, int articles, long seed) throws Exception {
        SwedishText text = new SwedishText(seed);
        // Drawn up front, in order: the same seed gives the same articles however the requests interleave.
        JsonObject[] drafts = new JsonObject[articles];
        for (int i = 0; i < articles; i++) {
            SwedishText.Topic topic = text.topic();
            drafts[i] = new JsonObject().put("category", topic.category())
                    .put("audience", text.nextInt(10) == 0 ? "INTERNAL" : "PUBLIC")
                    .put("titleSv", text.title(topic)).put("bodySv", text.body(topic));
        }
        for (int from = 0; from < articles; from += BATCH) {
            String bearer = communicator.validFor(BATCH_TIMEOUT);
            int first = from;
            SetUp.inParallel(Math.min(BATCH, articles - from), LANES, BATCH_TIMEOUT, i -> http
                    .send(HttpMethod.POST, "/api/faq-editing/articles", bearer, drafts[first + i].encode())
                    .map(answer -> answer.json(201, "POST /api/faq-editing/articles").getString("id"))
                    .compose(id -> http.send(HttpMethod.POST, "/api/faq-editing/articles/" + id + "/publication",
                            bearer, new JsonObject().put("published", true).encode()))
                    .map(answer -> answer.json(200, "publishing an article")));
            Machine.log("knowledge base: %d of %d articles published", Math.min(from + BATCH, articles), articles);
        }
    }
}
