package se.socialkontakt.contact.contactform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.socialkontakt.contact.contactcase.ContactCase;
import se.socialkontakt.testsupport.BadInput;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** The public contact form opens a web-form case with a reference number; robots and bad input open nothing. */
@QuarkusTest
class ContactFormTest {

    @Test
    void aQuestionBecomesACaseWithAReference() {
        String reference = given().contentType(ContentType.JSON)
                .body(Map.of("category", "FINANCIAL_AID", "question", "Hur lång tid tar en ansökan om bistånd?",
                        "name", "Test Testsson", "contact", "070-000 00 00"))
                .post("/api/contact-requests").then().statusCode(201)
                .body("reference", startsWith("KC-")).body("answerBy", notNullValue())
                .extract().path("reference");
        ContactCase opened = ContactCase.find("reference", reference).singleResult();
        assertThat(opened.channel.name()).isEqualTo("WEB_FORM");
        assertThat(opened.openedBy).isEqualTo("web-form");
        assertThat(opened.contactDetails).contains("070-000 00 00").contains("Test Testsson");
        assertThat(opened.firstResponseAt).as("a form waits for its first answer").isNull();
    }

    @Test
    void robotsAndBadInputOpenNothing() {
        BadInput.assertPostRejectsBadInputWithoutChange("/api/contact-requests", null, () -> ContactCase.count());
        long before = ContactCase.count();
        BadInput.expectProblem(given().contentType(ContentType.JSON).body(Map.of("category", "ADVICE",
                "question", "Köp billiga klockor", "contact", "x@example.test", "website", "http://spam.example"))
                .post("/api/contact-requests"), 400, "a filled honeypot");
        BadInput.expectProblem(given().contentType(ContentType.JSON).body(Map.of("category", "ADVICE",
                "question", "Hej", "contact", " ")).post("/api/contact-requests"), 400, "no way to answer");
        BadInput.expectProblem(given().contentType(ContentType.JSON).body(Map.of("category", "NOPE",
                "question", "Hej", "contact", "x@example.test")).post("/api/contact-requests"), 400, "unknown category");
        assertThat(ContactCase.count()).isEqualTo(before);
    }
}
