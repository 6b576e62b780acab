package se.socialkontakt.contact.contactcase;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A value the API cannot read (a personal identity number typed where a channel goes) is neither echoed in the
 * problem nor written to the log.
 */
@QuarkusTest
class UnreadableValueTest {
    private static final String PERSONAL_NUMBER = "19121212-1212";

    @Test
    void anUnreadableEnumValueIsNotEchoedNorLogged() throws Exception {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage() + " " + java.util.Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        String answer;
        try {
            answer = given().auth().oauth2(KeycloakTokens.accessTokenOf("agent")).contentType(ContentType.JSON)
                .body(Map.of("channel", PERSONAL_NUMBER, "category", "ADVICE", "targetGroup", "ALL_RESIDENTS",
                        "summary", "Frågar om hemtjänst"))
                .post("/api/cases").then().statusCode(400).extract().asString();
        } finally {
            root.removeHandler(capture);
        }
        assertThat(logged).as("what was logged").isNotEmpty().noneMatch(line -> line.contains("19121212"));
        assertThat(answer).doesNotContain(PERSONAL_NUMBER).doesNotContain("19121212").contains("channel");
    }
}
