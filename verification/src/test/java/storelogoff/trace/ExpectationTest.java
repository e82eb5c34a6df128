package storelogoff.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import storelogoff.model.Event;
import storelogoff.scenario.ObservedField;

/** The text after {@code =>}: every field, its canonical value, and what a malformed one says. */
class ExpectationTest {

    /** The fields given, each as {@code key=value}, in field order. */
    private static List<String> given(Expectation e) {
        return e.given().stream().map(g -> g.field().key + "=" + g.value()).toList();
    }

    private static String value(Expectation e, ObservedField f) {
        return e.given().stream().filter(g -> g.field() == f).map(Expectation.Given::value).findFirst().orElseThrow();
    }

    @Test
    void everyFieldInAnyOrderWithTheResultBareByOldNamesOrKeys() throws Malformed {
        Expectation e = Expectation.parse("saved=no_wait|PURGE out=0x10000 S_OK transports=none transports-out=LOGOFF_INBOUND"
                + " state=draining refs=02 flush=YES returned=no outbox=1 sending=2 arriving=3 sent=4 received=5", Event.LOGOFF);
        assertThat(given(e)).containsExactly("result=S_OK", "state=DRAINING", "refs=2", "savedFlag=LOGOFF_NO_WAIT|LOGOFF_PURGE",
                "outFlags=LOGOFF_COMPLETE", "transportsCall.flags=none", "transportsCall.out=LOGOFF_INBOUND",
                "flushQueues=yes", "transportsReturned=no", "outbox=1", "sending=2", "arriving=3", "sent=4", "received=5");
        Expectation keys = Expectation.parse("result=S_OK savedFlag=NO_WAIT outFlags=0 transportsCall.flags=ABORT"
                + " transportsCall.out=COMPLETE flushQueues=no transportsReturned=yes returned=3", Event.RELEASE);
        assertThat(given(keys)).containsExactly("result=S_OK", "savedFlag=LOGOFF_NO_WAIT", "outFlags=0",
                "transportsCall.flags=LOGOFF_ABORT", "transportsCall.out=LOGOFF_COMPLETE", "flushQueues=no",
                "transportsReturned=yes", "returned=3");
        assertThat(e.given()).extracting(Expectation.Given::name).as("the names the trace used")
                .contains("saved", "out", "transports", "flush", "returned");
    }

    /** 'returned' is transportsReturned's old name and the count of returned arrivals: the value tells which. */
    @Test
    void returnedIsTheYesNoOfControlOrTheCountOfArrivals() throws Malformed {
        assertThat(given(Expectation.parse("returned=yes", Event.RELEASE))).containsExactly("transportsReturned=yes");
        assertThat(given(Expectation.parse("returned=2", Event.RELEASE))).containsExactly("returned=2");
        assertThat(given(Expectation.parse("returned=no returned=0", Event.RELEASE)))
                .containsExactly("transportsReturned=no", "returned=0");
    }

    @Test
    void aJsonObjectOrNullStandsForTheFieldsOfItsGroup() throws Malformed {
        Expectation called = new Expectation.Builder(Event.RELEASE)
                .json("transportsCall", Map.of("flags", "LOGOFF_QUIET", "out", List.of("LOGOFF_OUTBOUND"))).build();
        assertThat(given(called)).containsExactly("transportsCall.flags=LOGOFF_QUIET", "transportsCall.out=LOGOFF_OUTBOUND");
        Expectation notCalled = new Expectation.Builder(Event.RELEASE).json("transportsCall", null).build();
        assertThat(given(notCalled)).containsExactly("transportsCall.flags=none", "transportsCall.out=none");
        assertThat(given(Expectation.parse("transportsCall=none", Event.RELEASE)))
                .containsExactly("transportsCall.flags=none", "transportsCall.out=none");
        assertThat(given(new Expectation.Builder(Event.LOGOFF).json("outFlags", List.of()).build())).containsExactly("outFlags=0");
        assertThat(given(new Expectation.Builder(Event.LOGOFF).json("outFlags", null).build())).containsExactly("outFlags=none");
    }

    /** SIG-2: zero written and nothing written are different observations. */
    @ParameterizedTest(name = "out={0}")
    @CsvSource({"0, 0", "none, none", "NONE, none", "COMPLETE, LOGOFF_COMPLETE", "65536, LOGOFF_COMPLETE",
        "0x20, 0x20", "LOGOFF_NO_WAIT|0x20, LOGOFF_NO_WAIT|0x20", "0xFFFFFFFF, LOGOFF_NO_WAIT|LOGOFF_ORDERLY|LOGOFF_PURGE|"
            + "LOGOFF_ABORT|LOGOFF_QUIET|LOGOFF_COMPLETE|LOGOFF_INBOUND|LOGOFF_OUTBOUND|LOGOFF_OUTBOUND_QUEUE|0xFFF0FFE0"})
    void flagsAreComparedAsValues(String text, String canonical) throws Malformed {
        assertThat(given(Expectation.parse("out=" + text, Event.LOGOFF))).containsExactly("outFlags=" + canonical);
    }

    @Test
    void resultsByNameOrHexForCallsAndOkOrDisabledForEvents() throws Malformed {
        assertThat(value(Expectation.parse("mapi_e_invalid_parameter", Event.LOGOFF), ObservedField.RESULT))
                .isEqualTo("MAPI_E_INVALID_PARAMETER");
        assertThat(value(Expectation.parse("result=0x80040108", Event.RELEASE), ObservedField.RESULT)).isEqualTo("MAPI_E_INVALID_OBJECT");
        assertThat(value(Expectation.parse("0x0", Event.ADDREF), ObservedField.RESULT)).isEqualTo("S_OK");
        assertThat(value(Expectation.parse("disabled", Event.SEND_START), ObservedField.RESULT)).isEqualTo("DISABLED");
        assertThat(value(Expectation.parse("OK", Event.SPOOLER_RELEASE), ObservedField.RESULT)).isEqualTo("OK");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " :: ", value = {
        "logoff :: S_OK REFUSED :: expected FIELD=VALUE (fields: result, state, refs, savedFlag (saved), outFlags (out), tran"
            + "sportsCall.flags (transports), transportsCall.out (transports-out), flushQueues (flush), transportsReturned (returned), outbox, sending, arriving, sent, received, returned) after the result, found 'REFUSED'",
        "logoff :: S_OK result=S_OK :: expected each field once, found 'result' twice",
        "logoff :: out=0 out=none :: expected each field once, found 'out' twice",
        "logoff :: output=0 :: expected a field (result, state, refs, savedFlag (saved), outFlags (out), tran"
            + "sportsCall.flags (transports), transportsCall.out (transports-out), flushQueues (flush), transportsReturned (returned), outbox, sending, arriving, sent, received, returned), found 'output'",
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
        "release :: returned= :: expected yes or no or a count (0, 1, 2, ...) for 'returned', found nothing",
        "release :: transportsCall=yes :: expected none for 'transportsCall' (or its fields flags, out), found 'yes'",
    })
    void malformedExpectationsSayWhatWasExpected(String keyword, String text, String message) {
        assertThatThrownBy(() -> Expectation.parse(text, Event.byKeyword(keyword))).isInstanceOf(Malformed.class)
                .hasMessage(message);
    }
}
