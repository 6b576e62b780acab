package se.socialkontakt.chat.abuse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprintsTest {

    @Test
    void theHostIsTakenFromEveryAddressForm() {
        assertThat(Fingerprints.host("127.0.0.1:53412")).isEqualTo("127.0.0.1");
        assertThat(Fingerprints.host("[::1]:53412")).isEqualTo("::1");
        assertThat(Fingerprints.host("2001:db8::7")).isEqualTo("2001:db8::7");
        assertThat(Fingerprints.host("192.0.2.4")).isEqualTo("192.0.2.4");
        assertThat(Fingerprints.host(null)).isEmpty();
    }
}
