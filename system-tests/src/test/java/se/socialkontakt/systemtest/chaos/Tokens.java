package se.socialkontakt.systemtest.chaos;

import se.socialkontakt.testsupport.KeycloakTokens;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens of the demo users, fetched again well before the demo realm's five minutes run out, as the pages
 * renew theirs: a chat console signed in with a token is closed by the chat when it expires.
 */
final class Tokens {
    private static final Duration FRESH_FOR = Duration.ofMinutes(2);

    private record Token(String value, long fetchedAt) {
    }

    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    String of(String user) {
        return tokens.compute(user, (name, token) -> token != null
                && System.nanoTime() - token.fetchedAt < FRESH_FOR.toNanos()
                ? token : new Token(KeycloakTokens.accessTokenOf(name), System.nanoTime())).value();
    }
}
