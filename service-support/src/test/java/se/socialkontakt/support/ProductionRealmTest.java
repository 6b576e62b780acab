package se.socialkontakt.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production realm that deploy/k8s imports is safe (issue #14): TLS outside the cluster, brute-force detection, a
 * password policy, no user, no client with direct grants (the realm's admin-cli included), no secret in the file; the
 * case-system export's client has the client-credentials grant only and the case system's audience. And
 * it has not drifted from the demo realm it is written from (deploy/keycloak/production-realm.py): the same roles and
 * the same clients, less the demo's password-grant client.
 */
class ProductionRealmTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode realm(String file) throws IOException {
        return JSON.readTree(Files.readString(ROOT.resolve(file)));
    }

    private static List<JsonNode> clients(JsonNode realm) {
        return StreamSupport.stream(realm.path("clients").spliterator(), false).toList();
    }

    @Test
    void theProductionRealmIsHardened() throws IOException {
        JsonNode realm = realm("deploy/k8s/socialkontakt-realm.json");
        assertThat(realm.path("sslRequired").asText()).isEqualTo("external");
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("failureFactor").asInt()).isBetween(1, 10);
        assertThat(realm.path("passwordPolicy").asText()).contains("length(").contains("notUsername")
                .contains("passwordHistory(");
        assertThat(realm.has("users")).as("users in the production realm").isFalse();
        assertThat(clients(realm)).extracting(client -> client.path("clientId").asText()).contains("admin-cli")
                .doesNotContain("socialkontakt-cli");
        assertThat(clients(realm)).allSatisfy(client -> {
            String id = client.path("clientId").asText();
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(true)).as("direct grants of %s", id)
                    .isFalse();
            assertThat(client.path("implicitFlowEnabled").asBoolean()).as("implicit flow of %s", id).isFalse();
            if (client.has("secret")) {
                assertThat(client.path("secret").asText()).as("secret of %s", id).matches("\\$\\{[A-Z_]+}");
            }
            client.path("redirectUris").forEach(uri -> assertThat(uri.asText()).as("redirect of %s", id)
                    .startsWith("https://").doesNotContain("localhost"));
        });
        assertThat(Files.readString(ROOT.resolve("deploy/k8s/kustomization.yaml")))
                .as("kustomize imports this file").contains("socialkontakt-realm.json");
    }

    @Test
    void theCaseSystemExportHasClientCredentialsOnly() throws IOException {
        JsonNode export = clients(realm("deploy/k8s/socialkontakt-realm.json")).stream()
                .filter(client -> client.path("clientId").asText().equals("eservice-housing-export")).findFirst()
                .orElseThrow();
        assertThat(export.path("publicClient").asBoolean(true)).isFalse();
        assertThat(export.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(export.path("standardFlowEnabled").asBoolean(true)).as("login flow").isFalse();
        assertThat(export.path("fullScopeAllowed").asBoolean(true)).as("the realm's roles").isFalse();
        assertThat(export.path("secret").asText()).isEqualTo("${HOUSING_EXPORT_CLIENT_SECRET}");
        assertThat(export.path("protocolMappers").findValuesAsText("included.custom.audience"))
                .containsExactly("case-system");
    }

    @Test
    void theProductionRealmHasTheDemoRealmsRolesAndClients() throws IOException {
        JsonNode demo = realm("deploy/keycloak/socialkontakt-realm.json");
        JsonNode production = realm("deploy/k8s/socialkontakt-realm.json");
        assertThat(names(production.path("roles").path("realm"), "name"))
                .isEqualTo(names(demo.path("roles").path("realm"), "name"));
        Set<String> demoClients = names(demo.path("clients"), "clientId");
        demoClients.remove("socialkontakt-cli");
        demoClients.add("admin-cli");
        assertThat(names(production.path("clients"), "clientId")).isEqualTo(demoClients);
    }

    private static Set<String> names(JsonNode array, String field) {
        Set<String> names = new TreeSet<>();
        array.forEach(node -> names.add(node.path(field).asText()));
        return names;
    }
}
