package se.socialkontakt.benchmarks.housing;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import se.socialkontakt.benchmarks.http.HttpCalls;
import se.socialkontakt.benchmarks.http.ServiceDatabase;
import se.socialkontakt.benchmarks.http.SetUp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Complete drafts, ready to submit: set-up, not measured. One draft is written through the resident's API, step by
 * step, so that its answers are exactly what the service accepts and stores; the others are copies of it made in
 * one SQL statement. Through the API, each draft would take nine requests (start and eight steps): some 190,000
 * for the default run, minutes of set-up on two cores that would also heat the database before the measurement.
 * The copies differ only in their id, which is all a submission looks at besides the answers.
 */
final class Drafts {
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    /** Counts the submitted applications and their "submitted" events, for {@link ServiceDatabase#lossCheck}. */
    static final String STORED = """
            SELECT (SELECT count(*) FROM application WHERE submitted_at IS NOT NULL),
                   (SELECT count(*) FROM outbox_event WHERE type = 'se.socialkontakt.housing.application.submitted.v1')""";

    private final ServiceDatabase database;

    Drafts(ServiceDatabase database) {
        this.database = database;
    }

    /** Writes the template draft through the API, then copies it; returns the ids of count ready drafts. */
    List<UUID> prepare(HttpCalls http, String bearer, int count) throws Exception {
        UUID template = UUID.fromString(SetUp.await(http.send(HttpMethod.POST, "/api/applications", bearer,
                new JsonObject().put("applicantRole", "SELF").put("protectedIdentity", false).encode())
                .map(answer -> answer.json(201, "POST /api/applications").getJsonObject("summary").getString("id")), CALL_TIMEOUT));
        for (Map.Entry<String, JsonObject> step : steps().entrySet()) {
            String path = "/api/applications/" + template + "/steps/" + step.getKey();
            SetUp.await(http.send(HttpMethod.PUT, path, bearer, step.getValue().encode())
                    .map(answer -> answer.json(200, "PUT " + path)), CALL_TIMEOUT);
        }
        return copies(template, count);
    }

    /** The wizard's eight steps for someone applying for themselves, as a resident fills them in. */
    private static Map<String, JsonObject> steps() {
        Map<String, JsonObject> steps = new LinkedHashMap<>();
        steps.put("who", new JsonObject().put("role", "SELF"));
        steps.put("applicant", new JsonObject().put("name", "Tolvan Tolvansson").put("phone", "08-465 004 99")
                .put("postalAddress", "Lindvägen 3, 123 45 Staden").put("decisionBy", "DIGITAL_MAILBOX"));
        steps.put("living", new JsonObject().put("situation", "OWN_HOME_ALONE")
                .put("description", "Bor ensam i en lägenhet på tredje våningen utan hiss.")
                .put("homeHelp", true).put("homeHealthCare", true)
                .put("otherHelp", "Dottern handlar en gång i veckan."));
        steps.put("needs", new JsonObject()
                .put("physical", "Behöver hjälp att resa sig, klä sig och duscha; har fallit två gånger i vinter.")
                .put("psychological", "Känner sig otrygg och ensam, särskilt på nätterna.")
                .put("medical", "Hjärtsvikt och nedsatt syn; tar mediciner morgon och kväll."));
        steps.put("partner", new JsonObject().put("movesToo", false));
        steps.put("wishes", new JsonObject().put("anywhere", false).put("homes", new JsonArray())
                .put("areas", new JsonArray().add("Norra").add("Centrum")));
        steps.put("language", new JsonObject().put("language", "svenska").put("interpreter", false));
        steps.put("consents", new JsonObject().put("healthCare", true).put("relatives", true));
        return steps;
    }

    private List<UUID> copies(UUID template, int count) throws SQLException {
        try (Connection db = database.connect();
             PreparedStatement copy = db.prepareStatement("""
                     INSERT INTO application (id, status, applicant_role, owner_identity_number, started_at, channel,
                                              answers, subject_identity_number, updated_at)
                     SELECT gen_random_uuid(), status, applicant_role, owner_identity_number, started_at, channel,
                            answers, subject_identity_number, updated_at
                     FROM application CROSS JOIN generate_series(1, ?) WHERE id = ? AND status = 'DRAFT'
                     RETURNING id""")) {
            copy.setInt(1, count);
            copy.setObject(2, template);
            List<UUID> ids = new ArrayList<>(count);
            try (ResultSet rows = copy.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            if (ids.size() != count) {
                throw new IllegalStateException("copied " + ids.size() + " drafts instead of " + count);
            }
            return ids;
        }
    }
}
