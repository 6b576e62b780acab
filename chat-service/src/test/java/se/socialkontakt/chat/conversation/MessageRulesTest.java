package se.socialkontakt.chat.conversation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageRulesTest {

    @Test
    void controlCharactersAreDroppedButLineBreaksKept() {
        assertThat(MessageText.clean("  hej\u0000\u0007 där\nrad två\t! ")).isEqualTo("hej där\nrad två\t!");
    }

    @Test
    void lengthIsCountedInCharactersAsPeopleSeeThem() {
        String emoji = "😀".repeat(10);
        assertThat(MessageText.check(emoji, 10)).isEmpty();
        assertThat(MessageText.check(emoji + "x", 10)).contains(MessageText.Problem.TOO_LONG);
        assertThat(MessageText.check(MessageText.clean(" \u0000 "), 10)).contains(MessageText.Problem.EMPTY);
    }

    @Test
    void aTokenMatchesOnlyItsOwnHash() {
        String token = YouthToken.create();
        assertThat(YouthToken.matches(token, YouthToken.hash(token))).isTrue();
        assertThat(YouthToken.matches(YouthToken.create(), YouthToken.hash(token))).isFalse();
        assertThat(YouthToken.matches(null, YouthToken.hash(token))).isFalse();
    }
}
