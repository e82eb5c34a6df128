package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Steps and the events they carry: who makes a step, how the model prints one, and event keywords. */
@DisplayName("FLAGS-2, SIG-2: steps name their caller and arguments, and events parse from their keywords")
class StepTest {

    @Test
    @DisplayName("Step.of: a client call is made by client 1, an environment event by no client")
    void stepOf() {
        assertThat(Step.of(Event.RELEASE)).isEqualTo(new Step(Event.RELEASE, 1, 0, false));
        assertThat(Step.of(Event.RECEIVE_DONE)).isEqualTo(new Step(Event.RECEIVE_DONE, 0, 0, false));
    }

    @Test
    @DisplayName("the model prints a step as a call: its caller, and for logoff the flags in hex or null")
    void toStringIsACall() {
        assertThat(Step.call(Event.ADDREF, 2)).hasToString("addref(c2)");
        assertThat(Step.logoff(1, 0x5)).hasToString("logoff(c1, 0x00000005)");
        assertThat(Step.logoff(1, 0xFFFFFFFF)).as("unsigned").hasToString("logoff(c1, 0xFFFFFFFF)");
        assertThat(Step.logoffNull(3)).hasToString("logoff(c3, null)");
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
