package se.socialkontakt.events;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Events must never carry personal data: this test fails if any schema declares a field that could hold some. */
class PersonalDataInSchemasTest {

    /** Fragments of field names (lower case, letters and digits only) that point at personal data. */
    private static final List<String> FORBIDDEN_FRAGMENTS = List.of(
            "name", "personnummer", "identitynumber", "pnr", "ssn", "socialsecurity", "birth",
            "text", "message", "comment", "note", "body", "description",
            "email", "mail", "phone", "mobile", "ipaddress", "address");
    /**
     * The one reviewed exception: a field marked {@code "x-public-announcement": true} carries text published to
     * everyone (a crisis message), and only these event types may have one.
     */
    private static final List<String> MAY_ANNOUNCE = List.of("se.socialkontakt.crisis.message.published.v1");
    /** Short names that would match too much as fragments, so they are forbidden as whole names. */
    private static final List<String> FORBIDDEN_NAMES = List.of("ip", "ipv4", "ipv6", "tel", "sms");

    @Test
    void noSchemaDeclaresAFieldForPersonalData() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/schemas").toURI());
        List<Path> schemas;
        try (Stream<Path> files = Files.list(dir)) {
            schemas = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(schemas).hasSizeGreaterThanOrEqualTo(EventType.values().length);
        for (Path schema : schemas) {
            JsonNode root = EventJson.MAPPER.readTree(schema.toFile());
            assertThat(personalDataFields(root)).as("personal-data fields in %s", schema.getFileName()).isEmpty();
            boolean announces = root.toString().contains("\"x-public-announcement\"");
            assertThat(!announces || MAY_ANNOUNCE.contains(root.get("$id").asText().replace("urn:socialkontakt:schema:", "")))
                    .as("%s publishes free text without being a reviewed announcement", schema.getFileName()).isTrue();
        }
    }

    @Test
    void theCheckCatchesPersonalDataFieldsAnywhereInASchema() throws IOException {
        JsonNode schema = EventJson.MAPPER.readTree("""
                {"type": "object", "properties": {
                  "caseId": {"type": "string"},
                  "applicant": {"type": "object", "properties": {
                     "firstName": {"type": "string"}, "personalIdentityNumber": {"type": "string"}}},
                  "messageText": {"type": "string"},
                  "contact": {"type": "array", "items": {"type": "object", "properties": {
                     "e_mail": {"type": "string"}, "phoneNumber": {"type": "string"}}}},
                  "ip": {"type": "string"}},
                 "$defs": {"x": {"properties": {"clientIpAddress": {"type": "string"}}}}}
                """);
        assertThat(personalDataFields(schema)).containsExactlyInAnyOrder(
                "firstName", "personalIdentityNumber", "messageText", "e_mail", "phoneNumber", "ip",
                "clientIpAddress");
    }

    private static List<String> personalDataFields(JsonNode schemaNode) {
        List<String> found = new ArrayList<>();
        collect(schemaNode, found);
        return found;
    }

    private static void collect(JsonNode node, List<String> found) {
        if (node.isArray()) {
            node.forEach(child -> collect(child, found));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode properties = node.get("properties");
        if (properties != null && properties.isObject()) {
            properties.fieldNames().forEachRemaining(field -> {
                if (looksPersonal(field) && !properties.get(field).path("x-public-announcement").asBoolean()) {
                    found.add(field);
                }
            });
        }
        node.forEach(child -> collect(child, found));
    }

    private static boolean looksPersonal(String field) {
        String normalized = field.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return FORBIDDEN_NAMES.contains(normalized) || FORBIDDEN_FRAGMENTS.stream().anyMatch(normalized::contains);
    }
}
