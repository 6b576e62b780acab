package se.socialkontakt.systemtest;

import se.socialkontakt.testsupport.KeycloakTokens;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.oneOf;

/** The housing e-service's demo year of applications, as the run command loads it. */
final class HousingDemo {
    private HousingDemo() {
    }

    /**
     * Lives the demo year through the e-service (once per installation: a suite that loaded it already answers 409)
     * and returns when every event of it has left housing's outbox and analytics has stored all there is.
     */
    static void loadYear() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("admin"))
                .post(Suite.Service.HOUSING.url("/api/admin/demo-data")).then().statusCode(oneOf(200, 409));
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> unsentHousingEvents() == 0);
        Analytics.awaitConsumerCaughtUp(Duration.ofMinutes(2));
    }

    private static long unsentHousingEvents() throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://localhost:5432/sk_housing_test", "sk_housing", "sk_housing");
                Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
