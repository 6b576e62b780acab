package se.socialkontakt.systemtest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.socialkontakt.events.EventType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** With the broker stopped, actions still succeed; once it is back every event arrives, none lost, none twice. */
@ExtendWith(Suite.class)
class BrokerOutageIT {
    private static final int ROUNDS = 3;
    /** The events of the three actions below; other tests of the suite may add other events meanwhile. */
    private static final List<EventType> ACTION_EVENTS = List.of(EventType.CHAT_CONVERSATION_REQUESTED,
            EventType.HOUSING_APPLICATION_STARTED, EventType.CONTACT_CASE_OPENED);

    @Test
    void actionsDuringABrokerOutageArriveOnceEachWhenItReturns() throws Exception {
        Analytics.awaitConsumerCaughtUp(Duration.ofSeconds(30));
        Map<EventType, Long> before = new EnumMap<>(EventType.class);
        for (EventType type : ACTION_EVENTS) {
            before.put(type, Analytics.countToday(type));
        }

        Suite.stopBroker();
        List<Actions.Done> actions = new ArrayList<>();
        try {
            // Readiness tells the load balancer and the operator that Kafka is gone...
            await().atMost(Duration.ofSeconds(60)).until(() -> readinessStatus(Suite.Service.CHAT) == 503);
            // ...while residents and staff can go on working: every action is accepted and durable.
            for (int i = 0; i < ROUNDS; i++) {
                actions.add(Actions.requestChat());
                actions.add(Actions.startHousingApplication());
                actions.add(Actions.logContactCase());
            }
        } finally {
            Suite.startBroker();
        }

        for (Actions.Done action : actions) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(() -> !Analytics.eventIdsAbout(action.aggregateId()).isEmpty());
        }
        Analytics.awaitConsumerCaughtUp(Duration.ofSeconds(30));
        for (Actions.Done action : actions) {
            assertThat(Analytics.eventIdsAbout(action.aggregateId())).as("events about %s", action).hasSize(1);
        }
        for (EventType type : ACTION_EVENTS) {
            assertThat(Analytics.countToday(type)).as("today's count of %s", type)
                    .isEqualTo(before.get(type) + ROUNDS);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> readinessStatus(Suite.Service.CHAT) == 200);
    }

    private static int readinessStatus(Suite.Service service) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(service.managementUrl("/q/health/ready")))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
