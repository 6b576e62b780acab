package se.socialkontakt.chat.risk;

import org.junit.jupiter.api.Test;
import se.socialkontakt.chat.conversation.Conversation.RiskLevel;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RiskTriageTest {
    private final RiskTriage triage = new RiskTriage(Map.of(
            "vill dö", RiskLevel.HIGH,
            "Rädd att gå hem", RiskLevel.ELEVATED,
            "⚰️", RiskLevel.HIGH,
            "💊", RiskLevel.ELEVATED));

    @Test
    void aPhraseMatchesInAnyCaseAndSpacing() {
        assertThat(triage.levelOf("jag VILL   dö typ")).isEqualTo(RiskLevel.HIGH);
        assertThat(triage.levelOf("är rädd att\ngå hem ikväll")).isEqualTo(RiskLevel.ELEVATED);
    }

    @Test
    void theHighestLevelWins() {
        assertThat(triage.levelOf("💊 och jag vill dö")).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void emojiMatchWithOrWithoutTheirVariationSelector() {
        assertThat(triage.levelOf("⚰")).isEqualTo(RiskLevel.HIGH);
        assertThat(triage.levelOf("⚰️")).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void anOrdinaryMessageIsNotFlagged() {
        assertThat(triage.levelOf("Hej! Jag har bråkat med min kompis i skolan.")).isEqualTo(RiskLevel.NONE);
    }
}
