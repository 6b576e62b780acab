package se.socialkontakt.systemtest.chaos;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short run of the fault harness (issue #13): two minutes of mixed load on the --ha suite with one fault of each
 * kind. Runs in its own failsafe execution after every other system test, since it stops PostgreSQL, which their
 * services use too.
 */
@Tag("faults")
class FaultHarnessIT {

    @Test
    void underLoadAndFaultsNoAcceptedRequestNorEventIsLostOrCountedTwice() throws Exception {
        Verdict verdict = ChaosRun.run(ChaosSettings.shortRun());

        assertThat(verdict.problems()).as("broken guarantees (table in system-tests/target/chaos-results.md)")
                .isEmpty();
        assertThat(verdict.events().expected()).as("events the load caused").isPositive();
        assertThat(verdict.chatMessagesAcked()).as("chat messages acknowledged").isPositive();
    }
}
