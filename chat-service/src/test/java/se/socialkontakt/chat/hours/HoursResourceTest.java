package se.socialkontakt.chat.hours;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.socialkontakt.testsupport.BadInput;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.time.LocalDate;
import java.time.ZoneId;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** The hours API with real logins: everyone reads, only the admin changes. */
@QuarkusTest
class HoursResourceTest {
    private static String admin;

    @BeforeAll
    static void logIn() {
        admin = KeycloakTokens.accessTokenOf("admin");
    }

    @Test
    void theAdminSetsTheWeeklyScheduleAndEveryoneCanReadIt() {
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("""
                        [{"dayOfWeek": "MONDAY", "opens": "14:00", "closes": "19:00"},
                         {"dayOfWeek": "WEDNESDAY", "opens": "16:00", "closes": "21:30"}]""")
                .put("/api/hours/weekly")
                .then().statusCode(200);

        given().get("/api/hours").then().statusCode(200)
                .body("zone", equalTo("Europe/Stockholm"))
                .body("queueClosesMinutesBefore", equalTo(0)) // the test profile's value
                .body("weekly.dayOfWeek", contains("MONDAY", "WEDNESDAY"))
                .body("weekly[1].closes", equalTo("21:30:00"));
    }

    @Test
    void aClosedExceptionDayClosesTheChatAndSaysWhy() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        // Tomorrow too, so the check holds if the test runs across midnight.
        for (LocalDate day : new LocalDate[] {today, today.plusDays(1)}) {
            given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body("{\"reason\": \"Personaldag\"}")
                    .put("/api/hours/exceptions/" + day)
                    .then().statusCode(200).body("opens", nullValue());
        }
        given().get("/api/hours/status").then().statusCode(200)
                .body("state", equalTo("CLOSED"))
                .body("acceptsNewChats", equalTo(false))
                .body("exceptionReason", equalTo("Personaldag"));
        given().get("/api/hours").then().body("exceptions.date", hasItem(today.toString()));

        for (LocalDate day : new LocalDate[] {today, today.plusDays(1)}) {
            given().auth().oauth2(admin).delete("/api/hours/exceptions/" + day).then().statusCode(204);
        }
        BadInput.expectProblem(given().auth().oauth2(admin).delete("/api/hours/exceptions/" + today), 404,
                "removing a missing exception");
    }

    @Test
    void onlyTheAdminChangesTheHours() {
        String body = "[{\"dayOfWeek\": \"MONDAY\", \"opens\": \"14:00\", \"closes\": \"19:00\"}]";
        given().contentType(ContentType.JSON).body(body).put("/api/hours/weekly").then().statusCode(401);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("counsellor")).contentType(ContentType.JSON).body(body)
                .put("/api/hours/weekly").then().statusCode(403);
    }

    @Test
    void badInputIsRefusedWithAProblemAndChangesNothing() {
        BadInput.assertRejectsBadInputWithoutChange(Method.PUT, "/api/hours/weekly", admin,
                HoursResourceTest::scheduleFingerprint);
        BadInput.assertRejectsBadInputWithoutChange(Method.PUT, "/api/hours/exceptions/2031-01-02", admin,
                HoursResourceTest::scheduleFingerprint);

        long before = scheduleFingerprint();
        expectBadPut("/api/hours/weekly", "[{\"dayOfWeek\": \"MONDAY\", \"opens\": \"20:00\", \"closes\": \"15:00\"}]",
                "closing before opening");
        expectBadPut("/api/hours/weekly", """
                [{"dayOfWeek": "MONDAY", "opens": "14:00", "closes": "19:00"},
                 {"dayOfWeek": "MONDAY", "opens": "15:00", "closes": "16:00"}]""", "a day twice");
        expectBadPut("/api/hours/weekly", "[{\"dayOfWeek\": \"FUNDAY\", \"opens\": \"14:00\", \"closes\": \"19:00\"}]",
                "unknown day");
        expectBadPut("/api/hours/weekly", "[{\"dayOfWeek\": \"MONDAY\", \"opens\": \"25:00\", \"closes\": \"26:00\"}]",
                "impossible time");
        expectBadPut("/api/hours/exceptions/2031-01-02", "{\"opens\": \"10:00\", \"reason\": \"Halvdag\"}",
                "opening time without closing time");
        expectBadPut("/api/hours/exceptions/2031-01-02", "{\"reason\": \"  \"}", "blank reason");
        expectBadPut("/api/hours/exceptions/not-a-date", "{\"reason\": \"Stängt\"}", "malformed date");
        assertThat(scheduleFingerprint()).isEqualTo(before);
    }

    private static void expectBadPut(String path, String body, String what) {
        // A path parameter that is not a date does not match the resource: 404, like any unknown path.
        var response = given().auth().oauth2(admin).contentType(ContentType.JSON).body(body).put(path);
        assertThat(response.statusCode()).as(what).isIn(400, 404);
        BadInput.expectProblem(response, response.statusCode(), what);
    }

    private static long scheduleFingerprint() {
        return given().get("/api/hours").then().statusCode(200).extract().asString().hashCode();
    }
}
