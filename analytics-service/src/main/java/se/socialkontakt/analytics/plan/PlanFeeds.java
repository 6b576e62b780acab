package se.socialkontakt.analytics.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.socialkontakt.support.audit.Audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Secret feed addresses for calendar clients, which cannot send a bearer token. A member of staff makes one (a new
 * one revokes the old) and may revoke it; the token (256 random bits) is shown once and only its SHA-256 is kept, so
 * the database does not give the addresses away. A salt would add nothing to a random token of that length.
 */
@ApplicationScoped
public class PlanFeeds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Audit audit;
    private final Clock clock;

    PlanFeeds(Audit audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** Makes the owner's feed token, revoking any earlier one, and returns it: it cannot be read back later. */
    @Transactional
    public String issue(String owner) {
        revokeAll(owner);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        PlanFeed feed = new PlanFeed();
        feed.id = UUID.randomUUID();
        feed.owner = owner;
        feed.tokenHash = hash(token);
        feed.createdAt = clock.instant();
        feed.persist();
        audit.record(owner, "plan.feed.issued", feed.id, null);
        return token;
    }

    @Transactional
    public void revoke(String owner) {
        revokeAll(owner);
    }

    @Transactional
    public boolean valid(String token) {
        return token != null && PlanFeed.count("tokenHash = ?1 and revokedAt is null", hash(token)) == 1;
    }

    private void revokeAll(String owner) {
        for (PlanFeed feed : PlanFeed.<PlanFeed>list("owner = ?1 and revokedAt is null", owner)) {
            feed.revokedAt = clock.instant();
            // Flushed before a new feed is made: one feed in force per owner is a unique index.
            PlanFeed.flush();
            audit.record(owner, "plan.feed.revoked", feed.id, null);
        }
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
