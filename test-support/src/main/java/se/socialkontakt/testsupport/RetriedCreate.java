package se.socialkontakt.testsupport;

import io.restassured.response.Response;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule for every create that takes an {@code Idempotency-Key}: a request sent again with its key, after it or at
 * the same moment, creates nothing more and answers what the first created; a malformed key is refused with a problem
 * and changes nothing. One place states the cases, every create's test runs them.
 */
public final class RetriedCreate {
    public static final String HEADER = "Idempotency-Key";

    private RetriedCreate() {
    }

    /**
     * @param send        sends the create with this key (null: without the header)
     * @param idPath      where the created resource's id is in the answer
     * @param rows        how many resources of the kind exist
     * @param eventsAbout how many events the outbox holds about the resource of this id
     */
    public static void assertCreatesOnce(Function<String, Response> send, String idPath, LongSupplier rows,
            ToLongFunction<String> eventsAbout) {
        long before = rows.getAsLong();
        String key = UUID.randomUUID().toString();
        Response first = send.apply(key);
        Response retried = send.apply(key);
        assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);
        assertThat(retried.statusCode()).as(retried.asString()).isEqualTo(201);
        String id = first.path(idPath);
        assertThat((String) retried.path(idPath)).isEqualTo(id);
        assertThat(retried.header("Location")).isEqualTo(first.header("Location"));
        assertThat(rows.getAsLong()).isEqualTo(before + 1);
        assertThat(eventsAbout.applyAsLong(id)).isEqualTo(1);

        List<Response> raced = atOnce(send, UUID.randomUUID().toString());
        assertThat(raced).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(201));
        String racedId = raced.get(0).path(idPath);
        assertThat((String) raced.get(1).path(idPath)).isEqualTo(racedId);
        assertThat(rows.getAsLong()).isEqualTo(before + 2);
        assertThat(eventsAbout.applyAsLong(racedId)).isEqualTo(1);

        // Not a UUID; the nil UUID; a time-based (version 1) one, which a stranger could guess.
        for (String malformed : List.of("retry-1", "00000000-0000-0000-0000-000000000000",
                "c232ab00-9414-11ec-b3c8-9f6bdeced846")) {
            Response refused = send.apply(malformed);
            assertThat(refused.statusCode()).as(malformed).isEqualTo(400);
            assertThat(refused.contentType()).startsWith(BadInput.PROBLEM_JSON);
        }
        assertThat(rows.getAsLong()).isEqualTo(before + 2);

        // Without a key every request is a create of its own, as before.
        assertThat(send.apply(null).statusCode()).isEqualTo(201);
        assertThat(send.apply(null).statusCode()).isEqualTo(201);
        assertThat(rows.getAsLong()).isEqualTo(before + 4);
    }

    /** Two requests with one key released together, as a retry racing its original through a balancer. */
    private static List<Response> atOnce(Function<String, Response> send, String key) {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService senders = Executors.newFixedThreadPool(2)) {
            List<CompletableFuture<Response>> answers = List.of(1, 2).stream()
                    .map(n -> CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(e);
                        }
                        return send.apply(key);
                    }, senders)).toList();
            start.countDown();
            return answers.stream().map(CompletableFuture::join).toList();
        }
    }
}
