package se.socialkontakt.benchmarks.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

/** The figures endpoint as a manager sees it, signed in through Keycloak's password grant (demo realm). */
final class FiguresApi implements AutoCloseable {
    /** Renewed well before the demo realm's 300 s access token lifespan runs out. */
    private static final Duration TOKEN_AGE = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    /*
     * HTTP/1.1 as the dashboard's browsers speak to the service (no browser speaks HTTP/2 without TLS, and an ingress
     * that ends TLS forwards HTTP/1.1). With the client's default, HTTP/2 by upgrade, HTTP/2's frames were a fifth of
     * the samples of the service's request threads in JFR of the 5,000/s run.
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI figures;
    private final URI tokenEndpoint;
    private String token;
    private long tokenTakenAt;

    FiguresApi(int port, String keycloakRealm) {
        this.figures = URI.create("http://127.0.0.1:" + port + "/api/figures");
        this.tokenEndpoint = URI.create(keycloakRealm + "/protocol/openid-connect/token");
    }

    /** The figures of one period, as JSON. */
    JsonNode figures(String period, LocalDate date, Duration timeout) throws IOException, InterruptedException {
        return figures(period, date, "", timeout);
    }

    /** The figures of one period narrowed by filters (a query string's parameters, or "" for none), as JSON. */
    JsonNode figures(String period, LocalDate date, String filters, Duration timeout) throws IOException,
            InterruptedException {
        String query = "?period=" + period + "&date=" + date + filters;
        HttpRequest request = HttpRequest.newBuilder(URI.create(figures + query))
                .header("Authorization", "Bearer " + token()).timeout(timeout).build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + request.uri() + " answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    /** A count figure's value, or 0 while it is suppressed (fewer than five events) or absent. */
    static long count(JsonNode view, String key) {
        for (JsonNode figure : view.path("figures")) {
            if (key.equals(figure.path("key").asText())) {
                return figure.path("value").asLong(0);
            }
        }
        return 0;
    }

    private String token() throws IOException, InterruptedException {
        if (token == null || System.nanoTime() - tokenTakenAt > TOKEN_AGE.toNanos()) {
            String form = "grant_type=password&client_id=socialkontakt-cli&username=manager&password="
                    + URLEncoder.encode("demo", StandardCharsets.UTF_8);
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(tokenEndpoint)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("Keycloak refused the manager's token: " + response.statusCode());
            }
            token = JSON.readTree(response.body()).path("access_token").asText();
            tokenTakenAt = System.nanoTime();
        }
        return token;
    }

    @Override
    public void close() {
        http.close();
    }
}
