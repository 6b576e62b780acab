package se.socialkontakt.systemtest.chaos;

import se.socialkontakt.events.EventType;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * The management dashboard's event counts over the days of the run (in the municipality's time zone), as the manager
 * reads them: the run is checked by the difference before and after, since the run command's demo data is there too.
 */
final class Dashboard {
    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Stockholm");

    private final LocalDate from = LocalDate.now(MUNICIPALITY);
    /** A run may pass midnight. */
    private final LocalDate to = from.plusDays(1);

    Map<EventType, Long> counts() {
        List<Map<String, Object>> counts = given().auth().oauth2(KeycloakTokens.accessTokenOf("manager"))
                .get(Api.ANALYTICS + "/api/events/counts?from=" + from + "&to=" + to)
                .then().statusCode(200).extract().jsonPath().getList("$");
        Map<EventType, Long> byType = new EnumMap<>(EventType.class);
        for (Map<String, Object> count : counts) {
            EventType.fromType((String) count.get("type")).ifPresent(type -> byType.merge(type,
                    ((Number) count.get("count")).longValue(), Long::sum));
        }
        return byType;
    }
}
