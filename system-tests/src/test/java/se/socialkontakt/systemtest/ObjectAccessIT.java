package se.socialkontakt.systemtest;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Access per object, across the services, on the packaged suite: for each kind of object, its owner against another
 * user of the same role and against every other role, on every operation the API offers on it. Every caller the
 * matrix does not allow must be refused (any 2xx fails); the ones it allows are shown to get through on the reading
 * operations, so that the refusals are the access rules' and not a wrong id or body. Requests carry valid bodies, so
 * a missing check would answer 2xx. (The chat's conversations, which only a console socket can hold, are walked in
 * chat-service's TranscriptAccessTest.)
 */
@ExtendWith(Suite.class)
class ObjectAccessIT {
    enum Caller {
        ANONYMOUS(null), RESIDENT("resident"), RESIDENT_2("resident2"), COUNSELLOR("counsellor"),
        SUPERVISOR("supervisor"), AGENT("agent"), HANDLER("handler"), ASSESSOR("assessor"),
        COMMUNICATOR("communicator"), MANAGER("manager"), ADMIN("admin");

        final String user;

        Caller(String user) {
            this.user = user;
        }
    }

    record Operation(String method, String path, String body, boolean reads) {
    }

    private static final Map<Caller, String> TOKENS = new EnumMap<>(Caller.class);
    private static final String TEXT = "{\"text\": \"Ett meddelande\"}";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes();

    @BeforeAll
    static void logIn() {
        for (Caller caller : Caller.values()) {
            if (caller.user != null) {
                TOKENS.put(caller, KeycloakTokens.accessTokenOf(caller.user));
            }
        }
    }

    /** A draft is the applicant's alone: nobody else reads it, nobody else writes it. */
    @Test
    void aResidentsApplicationIsTheApplicants() {
        String id = startApplication("{\"applicantRole\": \"SELF\"}");
        List<Operation> operations = residentOperations(Suite.Service.HOUSING.url("/api/applications/" + id));
        walk(operations, Set.of(Caller.RESIDENT), Set.of(Caller.RESIDENT));
    }

    /** Made on someone's behalf: the person it is for may read it, only the applicant writes (issue #14). */
    @Test
    void thePersonAnApplicationIsForReadsItAndOnlyTheApplicantWrites() {
        String id = startApplication("{\"applicantRole\": \"ON_BEHALF\"}");
        String url = Suite.Service.HOUSING.url("/api/applications/" + id);
        asCaller(Caller.RESIDENT).contentType(ContentType.JSON).body("""
                {"role": "ON_BEHALF", "representation": "POWER_OF_ATTORNEY", "personNumber": "19811218-9876",
                 "name": "Agda Testsson", "personConcernedConsents": true}""").put(url + "/steps/who")
                .then().statusCode(200);
        walk(residentOperations(url), Set.of(Caller.RESIDENT, Caller.RESIDENT_2), Set.of(Caller.RESIDENT));
    }

    /** Submitted applications are the assessors' to handle, and nobody else's. */
    @Test
    void anAssessorsCaseIsForAssessorsOnly() {
        UUID id = Actions.registerPaperApplication().id();
        String url = Suite.Service.HOUSING.url("/api/assessor/applications/" + id);
        List<Operation> operations = List.of(
                new Operation("GET", url, null, true),
                new Operation("POST", url + "/assignment", null, false),
                new Operation("POST", url + "/information-requests", TEXT, false),
                new Operation("POST", url + "/messages", TEXT, false),
                new Operation("POST", url + "/decision", "{\"outcome\": \"GRANTED\", \"text\": \"Beviljas\"}", false),
                new Operation("POST", url + "/offer", null, false),
                new Operation("POST", url + "/moved-in", null, false),
                new Operation("POST", url + "/closure", null, false),
                new Operation("POST", url + "/appeal-outcome", "{\"outcome\": \"UPHELD\"}", false));
        walk(operations, Set.of(Caller.ASSESSOR), Set.of(Caller.ASSESSOR));
        // The applicant follows it through the resident's API, not the assessor's.
        asCaller(Caller.RESIDENT_2).get(Suite.Service.HOUSING.url("/api/applications/" + id)).then().statusCode(200);
    }

    /**
     * A contact that has not been routed is the agents': a handler sees only cases routed to a unit they work in.
     */
    @Test
    void aContactCaseIsTheAgentsUntilItIsRouted() {
        UUID id = Actions.logContactCase().aggregateId();
        UUID other = Actions.logContactCase().aggregateId();
        String url = Suite.Service.CONTACT_CENTER.url("/api/cases/" + id);
        List<Operation> operations = List.of(
                new Operation("GET", url, null, true),
                new Operation("GET", url + "/earlier-contacts", null, true),
                new Operation("POST", url + "/answers", TEXT, false),
                new Operation("POST", url + "/notes", TEXT, false),
                new Operation("POST", url + "/resolution", TEXT, false),
                new Operation("POST", url + "/routing", "{\"unit\": \"ELDERLY\"}", false),
                new Operation("POST", url + "/merge", "{\"into\": \"" + other + "\"}", false));
        walk(operations, Set.of(Caller.AGENT), Set.of(Caller.AGENT));
    }

    private static List<Operation> residentOperations(String url) {
        List<Operation> operations = new ArrayList<>(List.of(
                new Operation("GET", url, null, true),
                new Operation("GET", url + "/messages", null, true),
                new Operation("PUT", url + "/steps/who", "{\"role\": \"SELF\"}", false),
                new Operation("PUT", url + "/steps/applicant",
                        "{\"name\": \"Någon Annan\", \"phone\": \"070-174 06 99\", \"decisionBy\": \"DIGITAL_MAILBOX\"}",
                        false),
                new Operation("PUT", url + "/steps/living",
                        "{\"situation\": \"OWN_HOME_ALONE\", \"homeHelp\": true, \"homeHealthCare\": false}", false),
                new Operation("PUT", url + "/steps/needs", "{\"physical\": \"Behöver hjälp\"}", false),
                new Operation("PUT", url + "/steps/partner", "{\"movesToo\": false}", false),
                new Operation("PUT", url + "/steps/wishes", "{\"anywhere\": true, \"homes\": [], \"areas\": []}", false),
                new Operation("PUT", url + "/steps/language", "{\"language\": \"svenska\", \"interpreter\": false}",
                        false),
                new Operation("PUT", url + "/steps/consents", "{\"healthCare\": true, \"relatives\": true}", false),
                new Operation("POST", url + "/messages", TEXT, false),
                new Operation("POST", url + "/supplement", TEXT, false),
                new Operation("POST", url + "/appeal", TEXT, false),
                new Operation("POST", url + "/attachments", null, false),
                new Operation("POST", url + "/submission", null, false),
                new Operation("DELETE", url, null, false)));
        return operations;
    }

    /**
     * Every operation as every caller outside {@code allowed}: none may get a 2xx. Then the allowed readers read, so
     * the object and the paths are right.
     */
    private static void walk(List<Operation> operations, Set<Caller> readers, Set<Caller> writers) {
        List<String> breaches = new ArrayList<>();
        for (Operation operation : operations) {
            Set<Caller> allowed = operation.reads() ? readers : writers;
            for (Caller caller : Caller.values()) {
                if (allowed.contains(caller)) {
                    continue;
                }
                int status = send(caller, operation);
                if (status >= 200 && status < 300) {
                    breaches.add(operation.method() + " " + operation.path() + " as " + caller + ": " + status);
                }
            }
        }
        assertThat(breaches).as("operations that answered 2xx to a caller the matrix does not allow").isEmpty();
        for (Operation operation : operations.stream().filter(Operation::reads).toList()) {
            for (Caller reader : readers) {
                assertThat(send(reader, operation)).as("%s %s as %s", operation.method(), operation.path(), reader)
                        .isEqualTo(200);
            }
        }
    }

    private static int send(Caller caller, Operation operation) {
        RequestSpecification request = asCaller(caller);
        if (operation.path().endsWith("/attachments")) {
            request = request.contentType("application/pdf").header("X-File-Name", "fullmakt.pdf").body(PDF);
        } else if (operation.body() != null) {
            request = request.contentType(ContentType.JSON).body(operation.body());
        }
        return request.request(operation.method(), operation.path()).statusCode();
    }

    private static RequestSpecification asCaller(Caller caller) {
        RequestSpecification request = given().redirects().follow(false);
        return caller == Caller.ANONYMOUS ? request : request.auth().oauth2(TOKENS.get(caller));
    }

    private static String startApplication(String body) {
        return asCaller(Caller.RESIDENT).contentType(ContentType.JSON).body(body)
                .post(Suite.Service.HOUSING.url("/api/applications")).then().statusCode(201).extract().path("summary.id");
    }
}
