package se.socialkontakt.testsupport;

import io.restassured.response.Response;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service's audit log search ({@code GET /api/audit}, service-support's AuditLogResource) must do: answer
 * its readers with the entries, newest first and filtered, refuse every other role and anyone without a token,
 * reject bad input with problem+json, and log each search itself. One place states it, each service's test runs it.
 */
public final class AuditLogSearch {
    private static final String PATH = "/api/audit";

    private AuditLogSearch() {
    }

    /**
     * @param dataSource the service's database, where the entries searched for are written
     * @param readers    demo users whose role may search this service's log
     * @param outsiders  demo users whose role may not
     */
    public static void assertSearchableByReadersOnly(DataSource dataSource, List<String> readers,
            List<String> outsiders) throws SQLException {
        String actor = "audit-test-" + UUID.randomUUID().toString().substring(0, 8);
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            write(connection, actor, "READ", first, "reason one");
            write(connection, actor, "READ_NOTES", second, null);
            write(connection, actor, "READ", second, "reason three");
        }

        for (String reader : readers) {
            String token = KeycloakTokens.accessTokenOf(reader);
            assertFiltersWork(token, actor, first, second);
            assertTheSearchIsAudited(token, reader, actor);
            assertBadInputIsRejected(token);
        }
        for (String outsider : outsiders) {
            assertThat(given().auth().oauth2(KeycloakTokens.accessTokenOf(outsider)).get(PATH).statusCode())
                    .as("search by %s", outsider).isEqualTo(403);
        }
        assertThat(given().get(PATH).statusCode()).as("search without a token").isEqualTo(401);
    }

    /** One entry, as the service's Audit writes it; each a moment after the one before (clock_timestamp). */
    private static void write(Connection connection, String actor, String action, String subject, String detail)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO audit_entry (id, at, actor, action, subject, detail)
                VALUES (gen_random_uuid(), clock_timestamp(), ?, ?, ?, ?)""")) {
            insert.setString(1, actor);
            insert.setString(2, action);
            insert.setString(3, subject);
            insert.setString(4, detail);
            insert.executeUpdate();
        }
    }

    private static void assertFiltersWork(String token, String actor, String first, String second) {
        List<Map<String, Object>> all = entries(search(token, Map.of("actor", actor)));
        assertThat(all).as("the actor's entries, newest first").extracting(e -> e.get("detail"))
                .containsExactly("reason three", null, "reason one");
        assertThat(all.getFirst()).containsEntry("actor", actor).containsEntry("action", "READ")
                .containsEntry("subject", second).containsKey("at");

        assertThat(entries(search(token, Map.of("actor", actor, "subject", second)))).hasSize(2)
                .allSatisfy(e -> assertThat(e).containsEntry("subject", second));
        assertThat(entries(search(token, Map.of("actor", actor, "action", "read")))).hasSize(2)
                .allSatisfy(e -> assertThat(e).containsEntry("action", "READ"));

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        assertThat(entries(search(token, Map.of("actor", actor, "from", today.toString(), "to", today.toString()))))
                .hasSize(3);
        assertThat(entries(search(token, Map.of("actor", actor, "from", today.plusDays(1).toString())))).isEmpty();
        assertThat(entries(search(token, Map.of("actor", actor, "to", today.minusDays(1).toString())))).isEmpty();

        Response firstPage = search(token, Map.of("actor", actor, "size", "2"));
        assertThat(entries(firstPage)).hasSize(2);
        assertThat(firstPage.jsonPath().getBoolean("more")).as("more after the first page").isTrue();
        Response secondPage = search(token, Map.of("actor", actor, "size", "2", "page", "1"));
        assertThat(entries(secondPage)).extracting(e -> e.get("detail")).containsExactly("reason one");
        assertThat(secondPage.jsonPath().getBoolean("more")).as("more after the last page").isFalse();
    }

    private static void assertTheSearchIsAudited(String token, String reader, String actor) {
        search(token, Map.of("actor", actor, "action", "READ_NOTES"));
        List<Map<String, Object>> searches = entries(
                search(token, Map.of("actor", reader, "action", "SEARCHED_AUDIT_LOG", "size", "1")));
        assertThat(searches).as("%s's last search, in the log", reader).singleElement()
                .satisfies(e -> assertThat(e.get("detail")).asString().contains("actor=" + actor)
                        .contains("action=READ_NOTES"));
    }

    private static void assertBadInputIsRejected(String token) {
        for (Map<String, String> bad : List.of(Map.of("size", "0"), Map.of("size", "101"), Map.of("page", "-1"),
                Map.of("size", "many"), Map.of("from", "2026-13-01"), Map.of("to", "31/12/2026"),
                Map.of("from", "2026-12-02", "to", "2026-12-01"), Map.of("actor", "a".repeat(101)),
                Map.of("action", "A".repeat(41)))) {
            BadInput.expectProblem(search(token, bad), 400, "search " + bad);
        }
    }

    private static Response search(String token, Map<String, String> criteria) {
        return given().auth().oauth2(token).queryParams(criteria).get(PATH);
    }

    private static List<Map<String, Object>> entries(Response response) {
        assertThat(response.statusCode()).as("search answer %s", response.asString()).isEqualTo(200);
        return response.jsonPath().getList("entries");
    }
}
