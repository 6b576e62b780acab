package se.socialkontakt.housing.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Every page renders without signing in, Swedish unless ?lang=en, with the crisis banner and the shared style; the
 * signed-in pages carry where to sign in and hold nothing personal. (The browser flows are in system-tests'
 * HousingPagesIT.)
 */
@QuarkusTest
class PagesTest {
    private static final String APPLICATION = "/ansokan/00000000-0000-4000-8000-000000000001";

    @ParameterizedTest
    @CsvSource({
            "/, Ansök om särskilt boende",
            "/boenden, Stadens boenden för äldre",
            "/boenden/5d1c2b3a-0000-4000-8000-000000000001, Lindgårdens vård- och omsorgsboende",
            "/sa-fungerar-det, Så fungerar det",
            "/ansokan, Mina ansökningar",
            "/ansokan/ny, Ny ansökan",
            APPLICATION + "/steg/1, Vem ansöker?",
            APPLICATION + "/steg/6, Önskemål om boende",
            APPLICATION + "/steg/9, Bilagor",
            APPLICATION + "/steg/10, Granska och skicka",
            APPLICATION + "/kvitto, Ansökan är skickad",
            APPLICATION + ", Din ansökan",
            "/handlaggning, Handläggning av särskilt boende",
            "/handlaggning/00000000-0000-4000-8000-000000000001, Ansökan",
            "/handlaggning/pappersansokan, Registrera en pappersansökan"})
    void everyPageIsSwedishWithTheSharedParts(String path, String heading) {
        given().get(path).then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("<html lang=\"sv\">"))
                .body(containsString("<h1>" + heading))
                .body(containsString("/socialkontakt/crisis-banner.js"))
                .body(containsString("/socialkontakt/site.css"))
                .body(containsString("data-client-id=\"housing-web\""));
    }

    /** The same number and hours as every other service's pages (service-support's SocialServicesContact). */
    @Test
    void everyPageGivesTheSocialServicesNumberAndHours() {
        given().get("/").then().statusCode(200)
                .body(containsString("Ring socialtjänsten på 08-465\u00a0004\u00a050, vardagar 8.00\u201316.30."));
        given().get("/?lang=en").then().statusCode(200)
                .body(containsString("Call social services on 08-465\u00a0004\u00a050, weekdays 8:00\u201316:30."));
    }

    @Test
    void englishOnRequest() {
        given().get("/?lang=en").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<h1>Apply for special housing"))
                .body(containsString("href=\"/boenden?lang=en\""));
        given().get(APPLICATION + "/steg/2?lang=en").then().statusCode(200)
                .body(containsString("<h1>Contact details"));
    }

    @Test
    void theCatalogueFiltersAndAnUnknownHomeIsAReadablePage() {
        given().get("/boenden?inriktning=LANGUAGE_FINNISH").then().statusCode(200)
                .body(containsString("Kaski")).body(not(containsString("Lindgårdens")));
        given().get("/boenden?par=true&stadsdel=Norra").then().statusCode(200)
                .body(containsString("Lindgårdens"));
        given().get("/boenden/not-a-home").then().statusCode(404).contentType(ContentType.HTML)
                .body(containsString("Boendet finns inte"));
    }

    @Test
    void theWizardHasTenStepsAndNoMore() {
        given().get(APPLICATION + "/steg/0").then().statusCode(404);
        given().get(APPLICATION + "/steg/11").then().statusCode(404);
        given().get(APPLICATION + "/steg/6").then()
                .body(containsString("Ett önskemål är ingen garanti"))
                .body(containsString("data-show-when=\"anywhere=false\""));
    }

    /** A check box without a value sends "on", which is no yes: the page answered a relative with a 400 (issue #15). */
    @Test
    void theConsentOfThePersonAppliedForIsACheckBoxThatSaysYes() {
        given().get(APPLICATION + "/steg/1").then().statusCode(200)
                .body(containsString("<input type=\"checkbox\" id=\"f-personConcernedConsents\" "
                        + "name=\"personConcernedConsents\" value=\"true\" data-kind=\"CONSENT\">"));
    }

    @Test
    void thePaperFormAsksEveryStepOnOnePageWithEachIdOnce() {
        String page = given().get("/handlaggning/pappersansokan").then().statusCode(200)
                .body(containsString("id=\"f-applicantIdentityNumber\""))
                .body(containsString("data-scope=\"who\""))
                .body(containsString("id=\"f-who-name\""))
                .body(containsString("id=\"f-applicant-name\""))
                .body(containsString("id=\"f-partner-personNumber\""))
                .body(containsString("Lindgårdens vård- och omsorgsboende, Norra"))
                .extract().asString();
        List<String> ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(page).results().map(m -> m.group(1)).toList();
        assertThat(ids).doesNotHaveDuplicates();
        given().get("/handlaggning/pappersansokan?lang=en").then().statusCode(200)
                .body(containsString("<h1>Register a paper application"));
        given().get("/handlaggning").then().body(containsString("href=\"/handlaggning/pappersansokan\""));
    }
}
