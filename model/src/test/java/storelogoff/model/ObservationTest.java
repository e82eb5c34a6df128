package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The result column of scenario files and the text of an observation in counterexamples. */
@DisplayName("RET-1, SIG-2: an observation names its row, its HRESULT and the flags written back")
class ObservationTest {

    @Test
    @DisplayName("RET-1: a client call's result is its HRESULT; a transport event's result is OK or DISABLED")
    void resultName() {
        Observation o = new Observation();
        assertThat(o.resultName(Event.LOGOFF)).as("a call whose HRESULT is not yet settled").isEqualTo("?");
        o.hresult = HResult.MAPI_E_UNKNOWN_FLAGS;
        assertThat(o.resultName(Event.LOGOFF)).isEqualTo("MAPI_E_UNKNOWN_FLAGS");
        o.hresult = HResult.S_OK;
        assertThat(o.resultName(Event.ADDREF)).isEqualTo("S_OK");

        o.reset();
        assertThat(o.resultName(Event.SEND_START)).as("no row fired").isEqualTo("DISABLED");
        o.fired = Rows.named("StartSend");
        assertThat(o.resultName(Event.SEND_START)).as("a row fired").isEqualTo("OK");
    }

    @Test
    @DisplayName("SIG-2: the text names the fired row and HRESULT, and the output flags only when written back")
    void text() {
        Observation o = new Observation();
        assertThat(o).hasToString("no transition hr=null");
        o.fired = Rows.named("ReleaseReference");
        o.hresult = HResult.S_OK;
        assertThat(o).hasToString("ReleaseReference hr=S_OK");
        o.fired = Rows.named("SaveLogoffFlag");
        o.outWritten = true;
        o.outFlags = LogoffFlag.INBOUND.value | LogoffFlag.OUTBOUND_QUEUE.value;
        assertThat(o).hasToString("SaveLogoffFlag hr=S_OK out=LOGOFF_INBOUND|LOGOFF_OUTBOUND_QUEUE");
        o.outFlags = 0;
        assertThat(o).as("no activity is written back as 0").hasToString("SaveLogoffFlag hr=S_OK out=0");
    }
}
