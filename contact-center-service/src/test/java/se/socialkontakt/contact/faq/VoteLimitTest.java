package se.socialkontakt.contact.faq;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.socialkontakt.testsupport.BadInput;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** "Did this help?" is limited per address like the other public forms: a script cannot steer it. */
@QuarkusTest
@TestProfile(VoteLimitTest.ThreeAtOnce.class)
class VoteLimitTest {
    private static final UUID APPLY_FOR_HOUSING = UUID.fromString("0b7e5c1a-1f2d-4a31-9d7e-5a0c3e1f0001");

    public static class ThreeAtOnce implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("socialkontakt.forms.burst", "3", "socialkontakt.forms.per-minute", "1");
        }
    }

    @Test
    void votesOverTheRateAreRefusedAndNotCounted() {
        long before = yes();
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(Map.of("helpful", true))
                    .post("/api/faq/{id}/votes", APPLY_FOR_HOUSING).then().statusCode(204);
        }
        BadInput.expectProblem(given().contentType(ContentType.JSON).body(Map.of("helpful", true))
                .post("/api/faq/{id}/votes", APPLY_FOR_HOUSING), 429, "a fourth vote at once");
        assertThat(yes()).isEqualTo(before + 3);
    }

    private static long yes() {
        return QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(APPLY_FOR_HOUSING).helpfulYes);
    }
}
