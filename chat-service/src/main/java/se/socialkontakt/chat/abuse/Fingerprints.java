package se.socialkontakt.chat.abuse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.socialkontakt.chat.conversation.ConversationService.Fingerprint;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Recognises a participant without storing their address: an HMAC of the address under a random salt of the day.
 * A salt is deleted after its day unless a block made under it still lasts, so yesterday's fingerprints cannot be
 * linked to anything. Blocks are checked against every salt that still has one.
 */
@ApplicationScoped
public class Fingerprints {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager entityManager;
    private final Clock clock;
    private final ZoneId zone;

    Fingerprints(EntityManager entityManager, Clock clock, @ConfigProperty(name = "socialkontakt.chat.zone") ZoneId zone) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.zone = zone;
    }

    /** Today's fingerprint of an address ("host" or "host:port"); empty when the address is unknown. */
    public Optional<Fingerprint> of(String remoteAddress) {
        String host = host(remoteAddress);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return Optional.of(new Fingerprint(today, hmac(saltOf(today), host)));
    }

    public boolean isBlocked(String remoteAddress) {
        String host = host(remoteAddress);
        if (host.isEmpty()) {
            return false;
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> blocks = entityManager.createNativeQuery("""
                    SELECT s.salt, b.fingerprint FROM participant_block b JOIN fingerprint_salt s ON s.day = b.fingerprint_day
                    WHERE b.kind = 'ADDRESS' AND b.blocked_until > ?1""")
                    .setParameter(1, clock.instant()).getResultList();
            return blocks.stream().anyMatch(row -> java.security.MessageDigest.isEqual(
                    hmac((byte[]) row[0], host), (byte[]) row[1]));
        });
    }

    /** Forgets expired blocks and every salt of a past day that no remaining block needs. */
    public void forgetOld() {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("DELETE FROM participant_block WHERE blocked_until <= ?1")
                    .setParameter(1, clock.instant()).executeUpdate();
            entityManager.createNativeQuery("""
                    DELETE FROM fingerprint_salt s WHERE s.day < ?1
                    AND NOT EXISTS (SELECT 1 FROM participant_block b WHERE b.fingerprint_day = s.day)""")
                    .setParameter(1, LocalDate.now(clock.withZone(zone))).executeUpdate();
        });
    }

    private byte[] saltOf(LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            entityManager.createNativeQuery(
                            "INSERT INTO fingerprint_salt (day, salt) VALUES (?1, ?2) ON CONFLICT (day) DO NOTHING")
                    .setParameter(1, day).setParameter(2, fresh).executeUpdate();
            return (byte[]) entityManager.createNativeQuery("SELECT salt FROM fingerprint_salt WHERE day = ?1")
                    .setParameter(1, day).getSingleResult();
        });
    }

    private static byte[] hmac(byte[] salt, String host) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            return mac.doFinal(host.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The host part of "host:port", "[v6]:port" or a bare host. */
    static String host(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return "";
        }
        String address = remoteAddress.strip();
        if (address.startsWith("[")) {
            int end = address.indexOf(']');
            return end > 0 ? address.substring(1, end) : address;
        }
        int colon = address.indexOf(':');
        return colon > 0 && colon == address.lastIndexOf(':') ? address.substring(0, colon) : address;
    }
}
