package storelogoff.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Step;

/**
 * A step written as a scenario line, the form every counterexample and message uses:
 * {@code [cN ]keyword[ flags]}, client 1 implied, one flag by name, several joined with
 * {@code |}, anything with an unknown bit as the raw value in hex.
 */
@DisplayName("FLAGS-2, SIG-2: steps are written as scenario lines")
class ScenarioWriterTest {

    @Test
    @DisplayName("a client call names its client unless it is client 1; an environment event names none")
    void clientPrefix() {
        assertThat(ScenarioWriter.line(Step.call(Event.ADDREF, 1))).isEqualTo("addref");
        assertThat(ScenarioWriter.line(Step.call(Event.ADDREF, 2))).isEqualTo("c2 addref");
        assertThat(ScenarioWriter.line(Step.call(Event.SUBMIT, 3))).isEqualTo("c3 submit");
        assertThat(ScenarioWriter.line(Step.of(Event.SEND_START))).isEqualTo("send-start");
        assertThat(ScenarioWriter.line(Step.of(Event.SPOOLER_RELEASE))).isEqualTo("spooler-release");
        assertThat(ScenarioWriter.line(Step.of(Event.RELEASE))).isEqualTo("release");
    }

    @Test
    @DisplayName("FLAGS-2: a logoff with one input flag names it; NULL lpulFlags is written as null")
    void logoffWithOneFlag() {
        assertThat(ScenarioWriter.line(Step.logoff(1, LogoffFlag.NO_WAIT.value))).isEqualTo("logoff NO_WAIT");
        assertThat(ScenarioWriter.line(Step.logoff(2, LogoffFlag.QUIET.value))).isEqualTo("c2 logoff QUIET");
        assertThat(ScenarioWriter.line(Step.logoffNull(1))).isEqualTo("logoff null");
        assertThat(ScenarioWriter.line(Step.logoffNull(2))).isEqualTo("c2 logoff null");
    }

    @Test
    @DisplayName("FLAGS-1, FLAGS-3: zero is written as 0, several known bits join with |, any unknown bit gives the value in hex")
    void logoffWithOtherFlags() {
        assertThat(ScenarioWriter.line(Step.logoff(1, 0))).isEqualTo("logoff 0");
        assertThat(ScenarioWriter.line(Step.logoff(2, 0x5))).isEqualTo("c2 logoff NO_WAIT|PURGE");
        assertThat(ScenarioWriter.line(Step.logoff(1, 0x1F))).isEqualTo("logoff NO_WAIT|ORDERLY|PURGE|ABORT|QUIET");
        assertThat(ScenarioWriter.line(Step.logoff(1, LogoffFlag.INBOUND.value))).as("an output flag alone").isEqualTo("logoff INBOUND");
        assertThat(ScenarioWriter.line(Step.logoff(1, 0x10001))).isEqualTo("logoff NO_WAIT|COMPLETE");
        assertThat(ScenarioWriter.line(Step.logoff(1, 0x20))).isEqualTo("logoff 0x20");
        assertThat(ScenarioWriter.line(Step.logoff(1, 0x21))).isEqualTo("logoff 0x21");
        assertThat(ScenarioWriter.line(Step.logoff(1, 0xFFFFFFFF))).as("unsigned").isEqualTo("logoff 0xFFFFFFFF");
    }
}
