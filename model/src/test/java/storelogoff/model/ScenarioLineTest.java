package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A step printed as a scenario line, the form every counterexample and trace message uses:
 * {@code [cN ]keyword[ flags]}, client 1 implied, one flag by name, several joined with
 * {@code |}, anything with an unknown bit as the raw value in hex.
 */
@DisplayName("FLAGS-2, SIG-2: steps print as scenario lines and events parse from their keywords")
class ScenarioLineTest {

    @Test
    @DisplayName("a client call names its client unless it is client 1; an environment event names none")
    void clientPrefix() {
        assertThat(Step.call(Event.ADDREF, 1).toScenarioLine()).isEqualTo("addref");
        assertThat(Step.call(Event.ADDREF, 2).toScenarioLine()).isEqualTo("c2 addref");
        assertThat(Step.call(Event.SUBMIT, 3).toScenarioLine()).isEqualTo("c3 submit");
        assertThat(Step.of(Event.SEND_START).toScenarioLine()).isEqualTo("send-start");
        assertThat(Step.of(Event.SPOOLER_RELEASE).toScenarioLine()).isEqualTo("spooler-release");
        assertThat(Step.of(Event.RELEASE).toScenarioLine()).isEqualTo("release");
    }

    @Test
    @DisplayName("Step.of: a client call is made by client 1, an environment event by no client")
    void stepOf() {
        assertThat(Step.of(Event.RELEASE)).isEqualTo(new Step(Event.RELEASE, 1, 0, false));
        assertThat(Step.of(Event.RECEIVE_DONE)).isEqualTo(new Step(Event.RECEIVE_DONE, 0, 0, false));
    }

    @Test
    @DisplayName("FLAGS-2: a logoff with one input flag names it; NULL lpulFlags prints as null")
    void logoffWithOneFlag() {
        assertThat(Step.logoff(1, LogoffFlag.NO_WAIT.value).toScenarioLine()).isEqualTo("logoff NO_WAIT");
        assertThat(Step.logoff(2, LogoffFlag.QUIET.value).toScenarioLine()).isEqualTo("c2 logoff QUIET");
        assertThat(Step.logoffNull(1).toScenarioLine()).isEqualTo("logoff null");
        assertThat(Step.logoffNull(2).toScenarioLine()).isEqualTo("c2 logoff null");
    }

    @Test
    @DisplayName("FLAGS-1, FLAGS-3: zero prints as 0, several known bits join with |, any unknown bit gives the value in hex")
    void logoffWithOtherFlags() {
        assertThat(Step.logoff(1, 0).toScenarioLine()).isEqualTo("logoff 0");
        assertThat(Step.logoff(2, 0x5).toScenarioLine()).isEqualTo("c2 logoff NO_WAIT|PURGE");
        assertThat(Step.logoff(1, 0x1F).toScenarioLine()).isEqualTo("logoff NO_WAIT|ORDERLY|PURGE|ABORT|QUIET");
        assertThat(Step.logoff(1, LogoffFlag.INBOUND.value).toScenarioLine()).as("an output flag alone").isEqualTo("logoff INBOUND");
        assertThat(Step.logoff(1, 0x10001).toScenarioLine()).isEqualTo("logoff NO_WAIT|COMPLETE");
        assertThat(Step.logoff(1, 0x20).toScenarioLine()).isEqualTo("logoff 0x20");
        assertThat(Step.logoff(1, 0x21).toScenarioLine()).isEqualTo("logoff 0x21");
        assertThat(Step.logoff(1, 0xFFFFFFFF).toScenarioLine()).as("unsigned").isEqualTo("logoff 0xFFFFFFFF");
    }

    @Test
    @DisplayName("a step's toString is its scenario line, so assertion messages show the step as a scenario would")
    void toStringIsTheScenarioLine() {
        assertThat(Step.logoff(2, 0x5)).hasToString("c2 logoff NO_WAIT|PURGE");
        assertThat(Step.of(Event.RECEIVE_START)).hasToString("receive-start");
    }

    @Test
    @DisplayName("every event parses from its keyword, in any case; an unknown keyword is null")
    void eventKeywords() {
        for (Event e : Event.values()) {
            assertThat(Event.byKeyword(e.keyword)).as("byKeyword(%s)", e.keyword).isEqualTo(e);
        }
        assertThat(Event.byKeyword("Send-Start")).isEqualTo(Event.SEND_START);
        assertThat(Event.byKeyword("LOGOFF")).isEqualTo(Event.LOGOFF);
        assertThat(Event.byKeyword("send_start")).isNull();
        assertThat(Event.byKeyword("storelogoff")).isNull();
    }
}
