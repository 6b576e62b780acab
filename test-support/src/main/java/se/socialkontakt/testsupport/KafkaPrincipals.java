package se.socialkontakt.testsupport;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Client settings for the local brokers (deploy/infra/kafka.sh), which take only SASL/SCRAM principals: a test that
 * plays a producer or reads a topic as a whole connects as the admin principal; a test of the ACLs connects as a
 * service. The passwords are the local brokers' development defaults (the environment's SK_KAFKA_ADMIN_PASSWORD and
 * SK_KAFKA_PASSWORD_<NAME> when the scripts were given them).
 */
public final class KafkaPrincipals {
    private KafkaPrincipals() {
    }

    /**
     * The admin principal: may do anything, as the scripts that create topics and ACLs do; with further client
     * settings as key-value pairs.
     */
    public static Map<String, Object> admin(String bootstrap, Object... settings) {
        Map<String, Object> config = as("admin", passwordOf("SK_KAFKA_ADMIN_PASSWORD", "admin"), bootstrap);
        for (int i = 0; i < settings.length; i += 2) {
            config.put((String) settings[i], settings[i + 1]);
        }
        return config;
    }

    /** A service's principal, e.g. {@code chat-service}, with what deploy/k8s/kafka-acls.conf allows it. */
    public static Map<String, Object> service(String name, String bootstrap) {
        return as(name, passwordOf("SK_KAFKA_PASSWORD_" + name.toUpperCase(Locale.ROOT).replace('-', '_'), name),
                bootstrap);
    }

    /** Any principal and password, also ones the broker does not know. */
    public static Map<String, Object> as(String principal, String password, String bootstrap) {
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", bootstrap);
        config.put("security.protocol", "SASL_PLAINTEXT");
        config.put("sasl.mechanism", "SCRAM-SHA-512");
        config.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + principal + "\" password=\"" + password + "\";");
        return config;
    }

    private static String passwordOf(String variable, String developmentDefault) {
        String password = System.getenv(variable);
        return password == null || password.isEmpty() ? developmentDefault : password;
    }
}
