package se.socialkontakt.analytics.demo;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.events.EventType;
import se.socialkontakt.support.demo.DemoLoad;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Publishes a plausible year of events through Kafka, as the services would have, so the demo dashboard has
 * something to show, and loads the demo's goals and communication plans ({@link DemoGoals}). Only where
 * {@code socialkontakt.analytics.demo.enabled} is set (the run command sets it), never in production. A plain
 * producer rather than a messaging channel: a year is tens of thousands of records to many topics at once, sent in
 * one batch.
 */
@Path("/api/admin/demo-data")
@RolesAllowed("admin")
public class DemoDataResource {
    private static final long SEED = 20131;

    private final boolean enabled;
    private final String bootstrap;
    private final String securityProtocol;
    private final String loaderPassword;
    private final ZoneId zone;
    private final Clock clock;
    private final EntityManager entityManager;
    private final DemoGoals goals;

    DemoDataResource(EntityManager entityManager, DemoGoals goals, @ConfigProperty(name = "socialkontakt.analytics.demo.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap,
            @ConfigProperty(name = "kafka.security.protocol") String securityProtocol,
            @ConfigProperty(name = "socialkontakt.analytics.demo.loader-password") String loaderPassword,
            @ConfigProperty(name = "socialkontakt.analytics.zone") ZoneId zone, Clock clock) {
        this.enabled = enabled;
        this.bootstrap = bootstrap;
        this.securityProtocol = securityProtocol;
        this.loaderPassword = loaderPassword;
        this.zone = zone;
        this.clock = clock;
        this.entityManager = entityManager;
        this.goals = goals;
    }

    public record Published(int events) {
    }

    /**
     * Publishes the year once per installation: a second call answers 409 and publishes nothing, so the demo never
     * holds two histories. The mark is taken before publishing and given back if publishing fails.
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Published publishYear() {
        if (!enabled) {
            throw DemoLoad.switchedOff();
        }
        List<CloudEvent> year = DemoHistory.year(SEED, zone, clock.instant());
        if (!markLoaded(year.size())) {
            throw DemoLoad.alreadyLoaded();
        }
        try {
            // If publishing fails the mark is given back; a second load then finds the goals and skips them.
            goals.load(LocalDate.ofInstant(clock.instant(), zone));
            publish(year);
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("DELETE FROM demo_load")
                    .executeUpdate());
            throw e;
        }
        return new Published(year.size());
    }

    private boolean markLoaded(int events) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "INSERT INTO demo_load (id, loaded_at, events) VALUES (1, now(), ?1) ON CONFLICT (id) DO NOTHING")
                .setParameter(1, events).executeUpdate() == 1);
    }

    /**
     * As the local broker's demo principal {@code demo-loader} (deploy/infra/kafka/demo-acls.conf), which may write
     * the chat's and the contact center's topics: analytics' own principal may not, and production has no such
     * principal at all.
     */
    private void publish(List<CloudEvent> year) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20, CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, securityProtocol,
                SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512", SaslConfigs.SASL_JAAS_CONFIG,
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"demo-loader\" password=\""
                        + loaderPassword + "\";"), new StringSerializer(), new ByteArraySerializer())) {
            for (CloudEvent event : year) {
                String topic = EventType.fromType(event.getType()).orElseThrow().topic();
                producer.send(new ProducerRecord<>(topic, event.getSubject(), EventEnvelope.serialize(event)));
            }
            producer.flush();
        }
    }
}
