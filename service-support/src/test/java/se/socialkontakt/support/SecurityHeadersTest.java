package se.socialkontakt.support;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersTest {

    @ParameterizedTest
    @CsvSource({
            "http://localhost:8180/realms/socialkontakt, http://localhost:8180",
            "https://login.socialkontakt.example.se/realms/socialkontakt, https://login.socialkontakt.example.se",
            "https://sso.example.se:8443/auth/realms/socialkontakt/, https://sso.example.se:8443",
    })
    void keycloakIsReachedAtTheOriginOfTheAuthServerUrl(String authServerUrl, String origin) {
        assertThat(SecurityHeaders.origin(authServerUrl)).isEqualTo(origin);
    }

    @Test
    void pagesMayLoadOnlyFromTheirServiceAndFetchTokensOnlyFromKeycloak() {
        assertThat(SecurityHeaders.pagePolicy("https://login.socialkontakt.example.se/realms/socialkontakt"))
                .isEqualTo("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                        + "connect-src 'self' https://login.socialkontakt.example.se; form-action 'self'; "
                        + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'");
    }
}
