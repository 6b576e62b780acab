package se.socialkontakt.support.kafka;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads the Kafka principal at start, so that a production service without SK_KAFKA_PASSWORD stops and names the
 * missing secret ("socialkontakt.kafka.password"); left to the Kafka client, the unexpanded password empties the
 * JAAS configuration and the client reports only a missing login module. Says which principal the service uses.
 */
@Startup
@ApplicationScoped
class KafkaPrincipalCheck {
    KafkaPrincipalCheck(KafkaPrincipal principal) {
        Log.infof("Kafka principal %s (SASL/SCRAM-SHA-512)", principal.name());
    }
}
