package se.socialkontakt.chat.conversation;

import se.socialkontakt.support.idempotency.IdempotencyKey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The young person's key to their conversation: a random secret only their browser tab holds. Only its hash is
 * stored, so the database alone cannot be used to join someone else's chat.
 */
public final class YouthToken {
    private static final SecureRandom RANDOM = new SecureRandom();

    private YouthToken() {
    }

    public static String create() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /**
     * The token of a request with an Idempotency-Key, so that a retry of the request can be answered with the same
     * token without storing it. The key is a random UUID that only the page knows, like the token, and whoever knows
     * it could get the token by repeating the request anyway; the key's own hash is stored under another prefix.
     */
    public static String derivedFrom(IdempotencyKey key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash("youth-token:" + key.value()));
    }

    /** What is stored of a request's Idempotency-Key: it cannot be turned back into the key, nor into the token. */
    public static byte[] hashOf(IdempotencyKey key) {
        return hash("idempotency-key:" + key.value());
    }

    public static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static boolean matches(String token, byte[] storedHash) {
        return token != null && storedHash != null && MessageDigest.isEqual(hash(token), storedHash);
    }
}
