package se.socialkontakt.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Wraps payloads in CloudEvents 1.0 (structured JSON mode) and unwraps them again, using the CloudEvents SDK. Every
 * event leaves a producer through {@link #wrap} and enters a consumer through {@link #read}, so both sides check
 * the same schema. Events are read by {@link StructuredJsonReader}, which reads what {@link #wrap} writes faster and
 * leaves everything else to the SDK.
 */
public final class EventEnvelope {
    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;

    private static final JsonFormat FORMAT = new JsonFormat();
    private static final StructuredJsonReader READER = new StructuredJsonReader(FORMAT::deserialize);

    private EventEnvelope() {
    }

    /** A new event with a random id, stamped now, whose subject is the payload's aggregate id. */
    public static CloudEvent wrap(URI source, EventData data, Clock clock) {
        return wrap(source, data, clock.instant(), UUID.randomUUID().toString());
    }

    /**
     * An event with a given id and time: for generated history (demo data, benchmarks), whose ids are derived from a
     * seed so that publishing it again is recognised as the same events.
     */
    public static CloudEvent wrap(URI source, EventData data, Instant time, String id) {
        EventType type = EventType.of(data.getClass());
        JsonNode json = EventJson.MAPPER.valueToTree(data);
        List<String> violations = EventSchemas.validate(type, json);
        if (!violations.isEmpty()) {
            throw new InvalidEventException("Payload of " + type.type() + " breaks its schema: " + violations);
        }
        return CloudEventBuilder.v1()
                .withId(id)
                .withSource(source)
                .withType(type.type())
                .withSubject(data.aggregateId().toString())
                .withTime(time.atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withDataSchema(type.schemaUri())
                .withData(JsonCloudEventData.wrap(json))
                .build();
    }

    public static byte[] serialize(CloudEvent event) {
        return FORMAT.serialize(event);
    }

    /**
     * Parses a structured-mode CloudEvent and checks that its type is known and its payload matches the schema.
     *
     * @throws InvalidEventException when the bytes are not such an event
     */
    public static CloudEvent read(byte[] bytes) {
        CloudEvent event = parse(bytes);
        EventType type = EventType.fromType(event.getType())
                .orElseThrow(() -> new InvalidEventException("Unknown event type " + event.getType()));
        return checked(event, type);
    }

    /**
     * Like {@link #read}, but an event of a type this build does not know (a newer service, a newer version) is
     * returned unchecked instead of refused: a consumer that keeps everything can store it and count it as unknown.
     * A known type must still match its schema.
     *
     * @throws InvalidEventException when the bytes are no CloudEvent, or a known type breaks its schema
     */
    public static CloudEvent readKeepingUnknown(byte[] bytes) {
        CloudEvent event = parse(bytes);
        Optional<EventType> type = EventType.fromType(event.getType());
        if (type.isEmpty()) {
            dataAsJson(event);
            return event;
        }
        return checked(event, type.get());
    }

    /** The event, once its payload is found to match its type's schema. */
    private static CloudEvent checked(CloudEvent event, EventType type) {
        List<String> violations = EventSchemas.validate(type, dataAsJson(event));
        if (!violations.isEmpty()) {
            throw new InvalidEventException("Event " + event.getId() + " breaks the schema of " + type.type()
                    + ": " + violations);
        }
        return event;
    }

    private static CloudEvent parse(byte[] bytes) {
        CloudEvent event;
        try {
            event = READER.read(bytes);
        } catch (RuntimeException e) {
            throw new InvalidEventException("Not a CloudEvent in structured JSON mode: " + e.getMessage(), e);
        }
        if (event == null) {
            // What the SDK's reader makes of a JSON null or of no bytes at all.
            throw new InvalidEventException("Not a CloudEvent in structured JSON mode: no JSON object");
        }
        return event;
    }

    public static <T extends EventData> T data(CloudEvent event, Class<T> dataClass) {
        try {
            return EventJson.MAPPER.treeToValue(dataAsJson(event), dataClass);
        } catch (IOException e) {
            throw new InvalidEventException("Event " + event.getId() + " has an unreadable payload", e);
        }
    }

    public static JsonNode dataAsJson(CloudEvent event) {
        CloudEventData data = event.getData();
        if (data == null) {
            throw new InvalidEventException("Event " + event.getId() + " has no data");
        }
        if (data instanceof JsonCloudEventData json) {
            return json.getNode();
        }
        try {
            return EventJson.MAPPER.readTree(data.toBytes());
        } catch (IOException e) {
            throw new InvalidEventException("Event " + event.getId() + " has data that is not JSON", e);
        }
    }
}
