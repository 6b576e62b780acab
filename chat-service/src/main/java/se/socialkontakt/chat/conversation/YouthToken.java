package se.socialkontakt.chat.conversation;

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
