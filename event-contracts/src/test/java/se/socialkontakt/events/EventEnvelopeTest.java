package se.socialkontakt.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventEnvelopeTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC);
    private static final URI SOURCE = URI.create("/socialkontakt/test");

    static List<EventData> oneOfEach() {
        Instant now = CLOCK.instant();
        return List.of(
                new ChatConversationRequested(UUID.randomUUID(), now, ChatConversationRequested.AgeBand.AGE_13_15,
                        ChatTopic.SCHOOL),
                new ChatConversationStarted(UUID.randomUUID(), now, 95),
                new ChatFirstResponse(UUID.randomUUID(), now, 130),
                new ChatConversationEnded(UUID.randomUUID(), now, 1260, ChatConversationEnded.EndedBy.YOUTH,
                        List.of(ChatTopic.FAMILY, ChatTopic.FEELINGS), ChatConversationRequested.AgeBand.UNDISCLOSED),
                new ChatConversationAbandoned(UUID.randomUUID(), now, 300),
                new ChatRiskFlagged(UUID.randomUUID(), now, ChatRiskFlagged.Level.HIGH),
                new ChatConversationRated(UUID.randomUUID(), now, true),
                new HousingApplicationStarted(UUID.randomUUID(), now,
                        HousingApplicationStarted.ApplicantRole.ON_BEHALF, HousingApplicationStarted.Channel.DIGITAL),
                new HousingApplicationSubmitted(UUID.randomUUID(), "SB-2026-000042", now,
                        HousingApplicationStarted.ApplicantRole.SELF, 2,
                        HousingApplicationStarted.Channel.PAPER),
                new HousingApplicationStatusChanged(UUID.randomUUID(), now, HousingApplicationStatus.REGISTERED),
                new HousingSupplementRequested(UUID.randomUUID(), now),
                new HousingSupplementReceived(UUID.randomUUID(), now),
                new HousingDecisionMade(UUID.randomUUID(), now, HousingDecisionMade.Outcome.PARTLY_GRANTED, 23),
                new HousingAppealReceived(UUID.randomUUID(), now, 12),
                new HousingCatalogueViewed(UUID.randomUUID(), now),
                new ContactCaseOpened(UUID.randomUUID(), now, ContactCaseOpened.Channel.PHONE, "ADVICE",
                        "RELATIVES"),
                new ContactCaseFirstResponse(UUID.randomUUID(), now, 95),
                new ContactCaseRouted(UUID.randomUUID(), now, "ELDERLY"),
                new ContactCaseResolved(UUID.randomUUID(), now, true, 0, null),
                new ContactCaseSlaBreached(UUID.randomUUID(), now, ContactCaseSlaBreached.Clock.RESOLUTION,
                        "FINANCIAL_AID"),
                new FaqArticleViewed(UUID.randomUUID(), now),
                new FaqArticleVoted(UUID.randomUUID(), now, false),
                new CrisisMessagePublished(UUID.randomUUID(), now, now, now.plusSeconds(3600),
                        "Vattenläcka: kontaktcenter nås bara per telefon i dag.", null),
                new CrisisMessageWithdrawn(UUID.randomUUID(), now),
                new FeedbackReceived(UUID.randomUUID(), now, FeedbackReceived.Kind.COMPLAINT, "ELDERLY", true),
                new FeedbackAcknowledged(UUID.randomUUID(), now, FeedbackReceived.Kind.SUGGESTION, "ADULTS", 1),
                new FeedbackAnswered(UUID.randomUUID(), now, FeedbackReceived.Kind.PRAISE, "ADDICTION", 7));
    }

    @Test
    void everyEventTypeHasASampleHere() {
        assertThat(oneOfEach()).extracting(d -> EventType.of(d.getClass()))
                .containsExactlyInAnyOrder(EventType.values());
    }

    @Test
    void eachPayloadSurvivesTheRoundTripThroughStructuredJson() {
        for (EventData data : oneOfEach()) {
            CloudEvent sent = EventEnvelope.wrap(SOURCE, data, CLOCK);
            CloudEvent received = EventEnvelope.read(EventEnvelope.serialize(sent));

            assertThat(received.getId()).isEqualTo(sent.getId());
            assertThat(received.getType()).isEqualTo(EventType.of(data.getClass()).type());
            assertThat(received.getSubject()).isEqualTo(data.aggregateId().toString());
            assertThat(received.getDataSchema()).isEqualTo(EventType.of(data.getClass()).schemaUri());
            assertThat(EventEnvelope.data(received, data.getClass())).isEqualTo(data);
        }
    }

    @Test
    void aYoungPersonWhoSaysNothingOfTheirTopicIsStillAValidEvent() {
        ChatConversationRequested silent = new ChatConversationRequested(UUID.randomUUID(), CLOCK.instant(),
                ChatConversationRequested.AgeBand.UNDISCLOSED, null);
        CloudEvent received = EventEnvelope.read(EventEnvelope.serialize(EventEnvelope.wrap(SOURCE, silent, CLOCK)));
        assertThat(EventEnvelope.data(received, ChatConversationRequested.class)).isEqualTo(silent);
    }

    @Test
    void theWireFormatIsCloudEventsOneZeroWithJsonData() throws Exception {
        CloudEvent event = EventEnvelope.wrap(SOURCE, oneOfEach().get(0), CLOCK);
        JsonNode json = EventJson.MAPPER.readTree(EventEnvelope.serialize(event));
        assertThat(json.get("specversion").asText()).isEqualTo("1.0");
        assertThat(json.get("data").isObject()).isTrue();
        assertThat(json.get("time").asText()).isEqualTo("2026-11-23T10:15:30Z");
    }

    @Test
    void recordsAndSchemasDeclareTheSameFields() {
        for (EventType type : EventType.values()) {
            Set<String> recordFields = new TreeSet<>(Arrays.stream(type.dataClass().getRecordComponents())
                    .map(c -> c.getName()).toList());
            Set<String> schemaFields = new TreeSet<>();
            EventSchemas.schema(type).get("properties").fieldNames().forEachRemaining(schemaFields::add);
            Set<String> required = new TreeSet<>();
            EventSchemas.schema(type).get("required").forEach(r -> required.add(r.asText()));
            assertThat(schemaFields).as(type.type()).isEqualTo(recordFields);
            assertThat(required).as(type.type()).isEqualTo(recordFields);
        }
    }

    @Test
    void garbageIsRejected() {
        assertThatThrownBy(() -> EventEnvelope.read("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEventException.class);
    }

    @Test
    void aJsonNullOrNothingIsNoEvent() {
        for (String nothing : List.of("null", "")) {
            byte[] bytes = nothing.getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> EventEnvelope.read(bytes)).isInstanceOf(InvalidEventException.class);
            assertThatThrownBy(() -> EventEnvelope.readKeepingUnknown(bytes)).isInstanceOf(InvalidEventException.class);
        }
    }

    @Test
    void unknownTypesAreRejected() {
        String json = """
                {"specversion":"1.0","id":"1","source":"/x","type":"se.socialkontakt.unknown.v1",
                 "datacontenttype":"application/json","data":{}}""";
        assertThatThrownBy(() -> EventEnvelope.read(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("Unknown event type");
    }

    @Test
    void aConsumerThatKeepsEverythingMayReadUnknownTypesButNotBrokenKnownOnes() {
        String unknown = """
                {"specversion":"1.0","id":"2","source":"/x","type":"se.socialkontakt.chat.conversation.requested.v2",
                 "time":"2026-11-23T10:00:00Z","datacontenttype":"application/json","data":{"anything":1}}""";
        assertThat(EventEnvelope.readKeepingUnknown(unknown.getBytes(StandardCharsets.UTF_8)).getType())
                .isEqualTo("se.socialkontakt.chat.conversation.requested.v2");
        String broken = """
                {"specversion":"1.0","id":"3","source":"/x","type":"se.socialkontakt.chat.conversation.requested.v1",
                 "datacontenttype":"application/json","data":{"anything":1}}""";
        assertThatThrownBy(() -> EventEnvelope.readKeepingUnknown(broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> EventEnvelope.readKeepingUnknown("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEventException.class);
    }

    @Test
    void payloadsThatBreakTheSchemaAreRejected() {
        String json = """
                {"specversion":"1.0","id":"1","source":"/x","type":"se.socialkontakt.contact.case.opened.v1",
                 "datacontenttype":"application/json",
                 "data":{"caseId":"%s","openedAt":"2026-11-23T10:00:00Z","channel":"PIGEON","category":"ADVICE",
                         "targetGroup":"RELATIVES","callerName":"Someone"}}""".formatted(UUID.randomUUID());
        assertThatThrownBy(() -> EventEnvelope.read(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("breaks the schema");
    }
}
