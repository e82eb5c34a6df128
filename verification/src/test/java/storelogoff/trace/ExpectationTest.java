package storelogoff.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import storelogoff.model.Event;

/** The text after {@code =>}: every field, its canonical value, and what a malformed one says. */
class ExpectationTest {

    @Test
    void everyFieldInAnyOrderWithTheResultBare() throws Malformed {
        Expectation e = Expectation.parse("saved=no_wait|PURGE out=0x10000 S_OK transports=none transports-out=LOGOFF_INBOUND"
                + " state=draining refs=02 flush=YES returned=no outbox=1 sending=2 arriving=3 sent=4 received=5", Event.LOGOFF);
        assertThat(e.values()).containsExactly(
                entry(Field.RESULT, "S_OK"),
                entry(Field.OUT, "LOGOFF_COMPLETE"),
                entry(Field.TRANSPORTS, "none"),
                entry(Field.TRANSPORTS_OUT, "LOGOFF_INBOUND"),
                entry(Field.STATE, "DRAINING"),
                entry(Field.REFS, "2"),
                entry(Field.SAVED, "LOGOFF_NO_WAIT|LOGOFF_PURGE"),
                entry(Field.FLUSH, "yes"),
                entry(Field.RETURNED, "no"),
                entry(Field.OUTBOX, "1"),
                entry(Field.SENDING, "2"),
                entry(Field.ARRIVING, "3"),
                entry(Field.SENT, "4"),
                entry(Field.RECEIVED, "5"));
    }

    /** SIG-2: zero written and nothing written are different observations. */
    @ParameterizedTest(name = "out={0}")
    @CsvSource({"0, 0", "none, none", "NONE, none", "COMPLETE, LOGOFF_COMPLETE", "65536, LOGOFF_COMPLETE",
        "0x20, 0x20", "LOGOFF_NO_WAIT|0x20, LOGOFF_NO_WAIT|0x20", "0xFFFFFFFF, LOGOFF_NO_WAIT|LOGOFF_ORDERLY|LOGOFF_PURGE|"
            + "LOGOFF_ABORT|LOGOFF_QUIET|LOGOFF_COMPLETE|LOGOFF_INBOUND|LOGOFF_OUTBOUND|LOGOFF_OUTBOUND_QUEUE|0xFFF0FFE0"})
    void flagsAreComparedAsValues(String text, String canonical) throws Malformed {
        assertThat(Expectation.parse("out=" + text, Event.LOGOFF).values()).containsExactly(entry(Field.OUT, canonical));
    }

    @Test
    void resultsByNameOrHexForCallsAndOkOrDisabledForEvents() throws Malformed {
        assertThat(Expectation.parse("mapi_e_invalid_parameter", Event.LOGOFF).values().get(Field.RESULT))
                .isEqualTo("MAPI_E_INVALID_PARAMETER");
        assertThat(Expectation.parse("result=0x80040108", Event.RELEASE).values().get(Field.RESULT)).isEqualTo("MAPI_E_INVALID_OBJECT");
        assertThat(Expectation.parse("0x0", Event.ADDREF).values().get(Field.RESULT)).isEqualTo("S_OK");
        assertThat(Expectation.parse("disabled", Event.SEND_START).values().get(Field.RESULT)).isEqualTo("DISABLED");
        assertThat(Expectation.parse("OK", Event.SPOOLER_RELEASE).values().get(Field.RESULT)).isEqualTo("OK");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " :: ", value = {
        "logoff :: S_OK REFUSED :: expected FIELD=VALUE (fields: result, out, transports, transports-out, state, refs, saved, flush,"
            + " returned, outbox, sending, arriving, sent, received) after the result, found 'REFUSED'",
        "logoff :: S_OK result=S_OK :: expected each field once, found 'result' twice",
        "logoff :: out=0 out=none :: expected each field once, found 'out' twice",
        "logoff :: output=0 :: expected a field (result, out, transports, transports-out, state, refs, saved, flush, returned,"
            + " outbox, sending, arriving, sent, received), found 'output'",
        "logoff :: out=COMPLET :: expected flag names (e.g. LOGOFF_NO_WAIT|LOGOFF_PURGE) or a number (0x10000, 8, 0), or none"
            + " for 'out', found 'COMPLET'",
        "logoff :: out= :: expected flag names (e.g. LOGOFF_NO_WAIT|LOGOFF_PURGE) or a number (0x10000, 8, 0), or none"
            + " for 'out', found nothing",
        "logoff :: saved=0x100000000 :: expected flag names (e.g. LOGOFF_NO_WAIT|LOGOFF_PURGE) or a number (0x10000, 8, 0),"
            + " or none for 'saved', found '0x100000000'",
        "logoff :: transports=NO_WAIT| :: expected flag names (e.g. LOGOFF_NO_WAIT|LOGOFF_PURGE) or a number (0x10000, 8, 0),"
            + " or none for 'transports', found 'NO_WAIT|'",
        "send-start :: S_OK :: expected OK or DISABLED (the result of a transport or spooler event) for 'result', found 'S_OK'",
        "release :: OK :: expected an HRESULT (S_OK, MAPI_E_INVALID_PARAMETER, MAPI_E_UNKNOWN_FLAGS, MAPI_E_INVALID_OBJECT,"
            + " MAPI_E_NO_SUPPORT, MAPI_E_BUSY, MAPI_E_CALL_FAILED) or its hex value (the result of a client call)"
            + " for 'result', found 'OK'",
        "release :: state=CLOSED :: expected a state (OPEN, DRAINING, IDLE, RELEASED, REFUSED) for 'state', found 'CLOSED'",
        "release :: refs=-1 :: expected a count (0, 1, 2, ...) for 'refs', found '-1'",
        "release :: outbox=one :: expected a count (0, 1, 2, ...) for 'outbox', found 'one'",
        "release :: flush=true :: expected yes or no for 'flush', found 'true'",
        "release :: returned= :: expected yes or no for 'returned', found nothing",
    })
    void malformedExpectationsSayWhatWasExpected(String keyword, String text, String message) {
        assertThatThrownBy(() -> Expectation.parse(text, Event.byKeyword(keyword))).isInstanceOf(Malformed.class)
                .hasMessage(message);
    }
}
