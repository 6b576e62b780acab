package se.socialkontakt.systemtest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.oneOf;

/**
 * The committee's report and the assessors' console tell the same story: with the housing e-service's demo year
 * loaded, the follow-up's count of granted decisions not carried out within three months (the IVO figure in the
 * PDF) equals the assessors' flagged list, because both count the same applications, the dashboard through their
 * events.
 */
@ExtendWith(Suite.class)
class HousingFollowUpIT {

    @Test
    void theIvoFigureCountsWhatTheAssessorsFlaggedListShows() throws Exception {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("admin"))
                .post(Suite.Service.HOUSING.url("/api/admin/demo-data")).then().statusCode(oneOf(200, 409));
        // Every event of the year has left housing's outbox, and analytics has stored all there is on the topics.
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> unsentHousingEvents() == 0);
        Analytics.awaitConsumerCaughtUp(Duration.ofMinutes(2));

        List<Map<String, Object>> flags = given().auth().oauth2(KeycloakTokens.accessTokenOf("assessor"))
                .get(Suite.Service.HOUSING.url("/api/assessor/flags")).then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.flag == 'DECISION_NOT_CARRIED_OUT' }");
        Object figure = given().auth().oauth2(KeycloakTokens.accessTokenOf("manager"))
                .get(Suite.Service.ANALYTICS.url("/api/figures?period=YEAR")).then().statusCode(200).extract()
                .path("figures.find { it.key == 'housing.decisionsNotCarriedOutWithin3Months' }.value");

        assertThat(flags).as("the demo year has decisions to report").hasSizeGreaterThanOrEqualTo(5);
        assertThat(((Number) figure).longValue()).as("the IVO figure against the flagged list").isEqualTo(flags.size());
    }

    private static long unsentHousingEvents() throws Exception {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://localhost:5432/sk_housing_test", "sk_housing", "sk_housing");
                Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
