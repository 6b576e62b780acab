package se.socialkontakt.benchmarks.http;

import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * A demo user's access token from the realm (the scripts' password-grant client, as the tests use), renewed when
 * asked for one that must outlive a coming step: the demo realm's tokens live 300 s, shorter than a whole run. Only
 * called between steps, never from the pacing thread, because renewal blocks.
 */
public final class Tokens {
    private final URI tokenEndpoint;
    private final String user;
    private String value;
    private Instant expiresAt = Instant.EPOCH;

    public Tokens(URI realm, String user) {
        this.tokenEndpoint = URI.create(realm + "/protocol/openid-connect/token");
        this.user = user;
    }

    /** A token valid for at least {@code needed} from now. */
    public synchronized String validFor(Duration needed) throws IOException, InterruptedException {
        if (Instant.now().plus(needed).isAfter(expiresAt)) {
            renew();
            if (Instant.now().plus(needed).isAfter(expiresAt)) {
                throw new IllegalStateException("the realm's tokens for " + user + " expire before " + needed.toSeconds()
                        + " s: shorten the step or lengthen the realm's access token lifespan");
            }
        }
        return value;
    }

    private void renew() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=socialkontakt-cli&password=demo&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8);
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(tokenEndpoint)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + user + ": " + response.body());
            }
            JsonObject json = new JsonObject(response.body());
            value = json.getString("access_token");
            expiresAt = Instant.now().plusSeconds(json.getLong("expires_in"));
        }
    }
}
