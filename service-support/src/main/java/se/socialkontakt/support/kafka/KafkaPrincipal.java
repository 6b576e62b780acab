package se.socialkontakt.support.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/**
 * The service's Kafka principal (SASL/SCRAM, named as the service; deploy/k8s/kafka-acls.conf says what it may do),
 * whose name and password {@code kafka.sasl.jaas.config} reads.
 */
@ConfigMapping(prefix = "socialkontakt.kafka")
public interface KafkaPrincipal {
    @WithName("username")
    String name();

    String password();
}
