package se.socialkontakt.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The envelope reader reads every input as the CloudEvents SDK's reader does: an equal event, or a refusal. Inputs
 * are the events {@link EventEnvelope#wrap} writes, with up to three changes each: attributes removed, retyped or set
 * to odd values, extensions, other spec versions, data that is no JSON object, base64 data, and bytes that are no
 * JSON at all.
 */
class StructuredJsonReaderPropertiesTest {
    private static final JsonFormat SDK = new JsonFormat();
    private static final StructuredJsonReader READER = new StructuredJsonReader(SDK::deserialize);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> ATTRIBUTES = List.of("specversion", "id", "source", "type", "subject", "time",
            "datacontenttype", "dataschema", "data");

    @Property(tries = 3000)
    void readsEveryEnvelopeAsTheSdkDoes(@ForAll("envelopes") byte[] bytes) {
        CloudEvent expected;
        try {
            expected = SDK.deserialize(bytes);
        } catch (RuntimeException refused) {
            assertThatThrownBy(() -> READER.read(bytes)).isInstanceOf(refused.getClass());
            return;
        }
        CloudEvent read = READER.read(bytes);
        assertThat(read).isEqualTo(expected);
        if (expected == null) {
            return;
        }
        assertThat(read.getTime()).isEqualTo(expected.getTime());
        assertThat(read.getExtensionNames()).isEqualTo(expected.getExtensionNames());
    }

    @Test
    void whatTheEnvelopeWritesIsReadWithoutTheSdk() {
        StructuredJsonReader withoutSdk = new StructuredJsonReader(bytes -> {
            throw new AssertionError("read by the SDK");
        });
        for (EventData data : EventEnvelopeTest.oneOfEach()) {
            CloudEvent written = EventEnvelope.wrap(URI.create("/socialkontakt/test"), data,
                    Instant.parse("2026-10-25T02:30:00.5+01:00"), "id-" + data.aggregateId());
            byte[] bytes = EventEnvelope.serialize(written);
            assertThat(withoutSdk.read(bytes)).isEqualTo(SDK.deserialize(bytes));
        }
    }

    @Provide
    Arbitrary<byte[]> envelopes() {
        Arbitrary<ObjectNode> written = Arbitraries.of(EventEnvelopeTest.oneOfEach()).map(data -> (ObjectNode) tree(
                EventEnvelope.serialize(EventEnvelope.wrap(URI.create("/socialkontakt/test"), data,
                        Instant.parse("2026-03-29T01:30:00.123456Z"), "id-1"))));
        Arbitrary<ObjectNode> changed = Arbitraries.oneOf(written,
                written.flatMap(envelope -> changes().list().ofMinSize(1).ofMaxSize(3).map(list -> {
                    ObjectNode copy = envelope.deepCopy();
                    list.forEach(change -> change.apply(copy));
                    return copy;
                })));
        return Arbitraries.oneOf(changed.map(StructuredJsonReaderPropertiesTest::bytes),
                Arbitraries.of("", "{", "[]", "null", "\"text\"", "{\"specversion\":\"1.0\"}")
                        .map(text -> text.getBytes(StandardCharsets.UTF_8)));
    }

    private Arbitrary<UnaryOperator<ObjectNode>> changes() {
        Arbitrary<String> attribute = Arbitraries.of(ATTRIBUTES);
        Arbitrary<JsonNode> odd = Arbitraries.oneOf(
                Arbitraries.of("", " ", "::not a uri", "1.0", "0.3", "2.0", "text/plain", "application/json",
                        "2026-03-29T01:30:00Z", "2026-03-29T01:30:00+01:00", "2026-02-30T01:30:00Z",
                        "2026-03-29 01:30:00Z", "2026-03-29T01:30Z", "2026-03-29T24:00:00Z",
                        "2026-12-31T23:59:60Z", "2026-03-29T01:30:00.1234567891Z", "https://example.org/s")
                        .map(NODES::textNode),
                Arbitraries.of(NODES.nullNode(), NODES.numberNode(7), NODES.numberNode(2.5), NODES.booleanNode(true),
                        NODES.arrayNode().add(1), NODES.objectNode().put("a", "b")));
        return Arbitraries.oneOf(
                attribute.map(name -> envelope -> {
                    envelope.remove(name);
                    return envelope;
                }),
                Arbitraries.lazy(() -> attribute).flatMap(name -> odd.map(value -> envelope -> {
                    envelope.set(name, value);
                    return envelope;
                })),
                Arbitraries.of("traceparent", "partitionkey", "comexampleextension", "data_base64")
                        .flatMap(name -> odd.map(value -> envelope -> {
                            envelope.set(name, value);
                            return envelope;
                        })),
                Arbitraries.just(envelope -> {
                    envelope.remove("data");
                    envelope.put("data_base64", "eyJhIjoxfQ==");
                    return envelope;
                }));
    }

    private static JsonNode tree(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
