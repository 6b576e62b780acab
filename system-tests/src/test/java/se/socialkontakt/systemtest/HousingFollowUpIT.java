package se.socialkontakt.systemtest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee's report and the assessors' console tell the same story: with the housing e-service's demo year
 * loaded, the follow-up's count of granted decisions not carried out within three months (the IVO figure in the
 * PDF) equals the assessors' flagged list, because both count the same applications, the dashboard through their
 * events.
 */
@ExtendWith(Suite.class)
class HousingFollowUpIT {

    @Test
    void theIvoFigureCountsWhatTheAssessorsFlaggedListShows() {
        HousingDemo.loadYear();

        List<Map<String, Object>> flags = given().auth().oauth2(KeycloakTokens.accessTokenOf("assessor"))
                .get(Suite.Service.HOUSING.url("/api/assessor/flags")).then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.flag == 'DECISION_NOT_CARRIED_OUT' }");
        Object figure = given().auth().oauth2(KeycloakTokens.accessTokenOf("manager"))
                .get(Suite.Service.ANALYTICS.url("/api/figures?period=YEAR")).then().statusCode(200).extract()
                .path("figures.find { it.key == 'housing.decisionsNotCarriedOutWithin3Months' }.value");

        assertThat(flags).as("the demo year has decisions to report").hasSizeGreaterThanOrEqualTo(5);
        assertThat(((Number) figure).longValue()).as("the IVO figure against the flagged list").isEqualTo(flags.size());
    }
}
