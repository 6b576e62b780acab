package se.socialkontakt.contact.access;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.net.URL;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what, over every endpoint of the contact center, with real tokens: a role that may not gets 403, no
 * token 401, a role that may gets past security (whatever the endpoint then says about the empty request). The
 * OpenAPI document is the list of endpoints, so a new one without a row here fails the test.
 */
@QuarkusTest
class AccessMatrixTest {
    @TestHTTPResource(value = "/openapi", management = true)
    URL openApiUrl;

    enum Caller {
        ANONYMOUS, RESIDENT, AGENT, HANDLER, COMMUNICATOR, MANAGER, ADMIN, DATA_PROTECTION, UNIT_MANAGER;

        /** The demo user holding the caller's role, named as the role. */
        String user() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    record Rule(String method, String path, Set<Caller> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final Set<Caller> EVERYONE = Set.of(Caller.values());
    private static final String ID = "{id}";

    private static final List<Rule> MATRIX = List.of(
            rule("GET", "/api/cases", Caller.AGENT),
            rule("POST", "/api/cases", Caller.AGENT),
            rule("GET", "/api/cases/{id}", Caller.AGENT, Caller.HANDLER),
            rule("GET", "/api/cases/{id}/earlier-contacts", Caller.AGENT),
            rule("POST", "/api/cases/{id}/answers", Caller.AGENT, Caller.HANDLER),
            rule("POST", "/api/cases/{id}/notes", Caller.AGENT, Caller.HANDLER),
            rule("POST", "/api/cases/{id}/resolution", Caller.AGENT, Caller.HANDLER),
            rule("POST", "/api/cases/{id}/routing", Caller.AGENT),
            rule("POST", "/api/cases/{id}/merge", Caller.AGENT),
            rule("GET", "/api/units/mine", Caller.HANDLER),
            rule("GET", "/api/units/{unit}/cases", Caller.HANDLER),
            new Rule("GET", "/api/lists", EVERYONE),
            rule("PUT", "/api/lists/units", Caller.ADMIN),
            rule("PUT", "/api/lists/categories", Caller.ADMIN),
            rule("PUT", "/api/lists/target-groups", Caller.ADMIN),
            rule("PUT", "/api/lists/units/{code}/members", Caller.ADMIN),
            new Rule("GET", "/api/faq", EVERYONE),
            new Rule("GET", "/api/faq/{id}", EVERYONE),
            new Rule("POST", "/api/faq/{id}/votes", EVERYONE),
            new Rule("GET", "/faq/feed.atom", EVERYONE),
            rule("GET", "/api/knowledge", Caller.AGENT, Caller.HANDLER, Caller.COMMUNICATOR),
            rule("GET", "/api/knowledge/{id}", Caller.AGENT, Caller.HANDLER, Caller.COMMUNICATOR),
            rule("GET", "/api/faq-editing/articles", Caller.COMMUNICATOR),
            rule("POST", "/api/faq-editing/articles", Caller.COMMUNICATOR),
            rule("PUT", "/api/faq-editing/articles/{id}", Caller.COMMUNICATOR),
            rule("POST", "/api/faq-editing/articles/{id}/publication", Caller.COMMUNICATOR),
            rule("GET", "/api/faq-editing/articles/{id}/related", Caller.COMMUNICATOR),
            rule("PUT", "/api/faq-editing/articles/{id}/related", Caller.COMMUNICATOR),
            new Rule("POST", "/api/feedback", EVERYONE),
            rule("GET", "/api/feedback", Caller.HANDLER),
            rule("POST", "/api/feedback/{id}/acknowledgement", Caller.HANDLER),
            rule("POST", "/api/feedback/{id}/answer", Caller.HANDLER),
            rule("GET", "/api/feedback/summary.csv", Caller.MANAGER),
            rule("GET", "/api/my-contacts", Caller.RESIDENT),
            rule("GET", "/api/my-contacts/questions/{id}", Caller.RESIDENT),
            rule("GET", "/api/my-contacts/feedback/{id}", Caller.RESIDENT),
            new Rule("POST", "/api/contact-requests", EVERYONE),
            rule("GET", "/api/crisis-messages", Caller.COMMUNICATOR, Caller.MANAGER),
            rule("POST", "/api/crisis-messages", Caller.COMMUNICATOR, Caller.MANAGER),
            rule("POST", "/api/crisis-messages/{id}/withdrawal", Caller.COMMUNICATOR, Caller.MANAGER),
            new Rule("GET", "/api/crisis-banner", EVERYONE),
            rule("GET", "/api/application-status/{reference}", Caller.AGENT),
            rule("GET", "/api/audit", Caller.DATA_PROTECTION, Caller.UNIT_MANAGER));

    private static final Map<Caller, String> TOKENS = new EnumMap<>(Caller.class);

    private static Rule rule(String method, String path, Caller... allowed) {
        return new Rule(method, path, Set.of(allowed));
    }

    @BeforeAll
    static void logIn() {
        for (Caller caller : Caller.values()) {
            if (caller != Caller.ANONYMOUS) {
                TOKENS.put(caller, KeycloakTokens.accessTokenOf(caller.user()));
            }
        }
    }

    static Stream<Rule> matrix() {
        return MATRIX.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void eachCallerGetsExactlyWhatTheirRoleAllows(Rule rule) {
        String path = rule.path().replace(ID, UUID.randomUUID().toString()).replace("{unit}", "ELDERLY")
                .replace("{code}", "ELDERLY").replace("{reference}", "SB-2026-999999");
        for (Caller caller : Caller.values()) {
            RequestSpecification request = given().contentType(ContentType.JSON);
            if (caller != Caller.ANONYMOUS) {
                request.auth().oauth2(TOKENS.get(caller));
            }
            if (!rule.method().equals("GET")) {
                // An empty object: allowed callers are refused by validation, so nothing is created.
                request.body("{}");
            }
            int status = request.request(rule.method(), path).statusCode();
            if (rule.allowed().contains(caller)) {
                assertThat(status).as("%s as %s", rule, caller).isNotIn(401, 403);
            } else if (caller == Caller.ANONYMOUS) {
                assertThat(status).as("%s as %s", rule, caller).isEqualTo(401);
            } else {
                assertThat(status).as("%s as %s", rule, caller).isEqualTo(403);
            }
        }
    }

    @Test
    void theMatrixCoversEveryEndpoint() {
        JsonPath openApi = given().queryParam("format", "json").get(openApiUrl).then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        Set<String> documented = new TreeSet<>();
        // Pages are public by design; every API endpoint and the feed must have a row.
        paths.entrySet().stream().filter(e -> e.getKey().startsWith("/api/") || e.getKey().endsWith(".atom"))
                .forEach(e -> e.getValue().keySet().stream()
                        .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                        .forEach(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + e.getKey())));
        Set<String> covered = MATRIX.stream().map(Rule::toString).collect(Collectors.toCollection(TreeSet::new));
        assertThat(covered).containsExactlyInAnyOrderElementsOf(documented);
    }
}
