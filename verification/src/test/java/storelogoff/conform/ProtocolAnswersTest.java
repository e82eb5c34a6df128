package storelogoff.conform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.scenario.ObservedField;

/**
 * An adapter's answers as the kit reads them, value by value: each JSON type where its field
 * takes it, and a clear message naming the field where it does not; JSON values and long lines
 * as messages quote them.
 */
class ProtocolAnswersTest {
    private static final Set<ObservedField> ALL = EnumSet.of(ObservedField.RESULT, ObservedField.REFS, ObservedField.OUT_FLAGS,
            ObservedField.TRANSPORTS_FLAGS, ObservedField.FLUSH_QUEUES);

    private static Answer read(String observed, Event event) throws BadMessage {
        Answer a = new Answer();
        Protocol.readObserved("{\"n\":4,\"observed\":{" + observed + "}}", 4, event, ALL, a);
        return a;
    }

    private static String error(String observed, Event event) {
        try {
            read(observed, event);
        } catch (BadMessage e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for " + observed);
    }

    private static final String REST = "\"outFlags\":null,\"transportsCall.flags\":null,\"flushQueues\":false";

    @Test
    void everyJsonTypeWhereItsFieldTakesIt() throws BadMessage {
        Answer a = read("\"result\":0,\"refs\":2,\"outFlags\":[],\"transportsCall.flags\":4,\"flushQueues\":true", Event.LOGOFF);
        assertThat(a.given()).isEqualTo(Map.of(
                ObservedField.RESULT, "S_OK", ObservedField.REFS, "2",
                ObservedField.OUT_FLAGS, ObservedField.OUT_FLAGS.canonical("0", Event.LOGOFF),
                ObservedField.TRANSPORTS_FLAGS, ObservedField.TRANSPORTS_FLAGS.canonical("4", Event.LOGOFF),
                ObservedField.FLUSH_QUEUES, "yes"));
        Answer b = read("\"result\":\"S_OK\",\"refs\":0," + REST, Event.ADDREF);
        assertThat(b.get(ObservedField.OUT_FLAGS)).isEqualTo(ObservedField.NONE);
        assertThat(read("\"result\":0,\"refs\":1,\"outFlags\":0,\"transportsCall.flags\":null,\"flushQueues\":false", Event.LOGOFF)
                .get(ObservedField.OUT_FLAGS)).as("zero flags").isEqualTo(ObservedField.OUT_FLAGS.canonical("0", Event.LOGOFF));
        assertThat(b.get(ObservedField.FLUSH_QUEUES)).isEqualTo("no");
        assertThat(read("\"result\":0,\"refs\":999999999,\"outFlags\":[\"NO_WAIT\",8],\"transportsCall.flags\":4294967295,\"flushQueues\":true",
                Event.LOGOFF).get(ObservedField.OUT_FLAGS)).isEqualTo(ObservedField.OUT_FLAGS.canonical("NO_WAIT|8", Event.LOGOFF));
    }

    @Test
    void aValueItsFieldCannotTakeNamesTheField() {
        assertThat(error("\"result\":0,\"refs\":null," + REST, Event.ADDREF)).endsWith(" for 'refs', found null");
        assertThat(error("\"result\":true,\"refs\":1," + REST, Event.ADDREF)).endsWith(" for 'result', found true");
        assertThat(error("\"result\":0,\"refs\":-1," + REST, Event.ADDREF)).endsWith(" for 'refs', found -1");
        assertThat(error("\"result\":0,\"refs\":1000000000," + REST, Event.ADDREF)).endsWith(" for 'refs', found 1000000000");
        assertThat(error("\"result\":0,\"refs\":1,\"outFlags\":-1,\"transportsCall.flags\":null,\"flushQueues\":false", Event.ADDREF))
                .endsWith(" for 'outFlags', found -1");
        assertThat(error("\"result\":0,\"refs\":1,\"outFlags\":4294967296,\"transportsCall.flags\":null,\"flushQueues\":false", Event.ADDREF))
                .endsWith(" for 'outFlags', found 4294967296");
        assertThat(error("\"result\":0,\"refs\":1,\"outFlags\":null,\"transportsCall.flags\":null,\"flushQueues\":1", Event.ADDREF))
                .endsWith(" for 'flushQueues', found 1");
        assertThat(error("\"result\":0,\"refs\":1," + REST, Event.SEND_START)).endsWith(" for 'result', found 0");
        assertThat(error("\"result\":4294967296,\"refs\":1," + REST, Event.ADDREF)).endsWith(" for 'result', found 4294967296");
        // At the ends of the 32 bits a result is read, then refused as no HRESULT the model knows.
        assertThat(error("\"result\":4294967295,\"refs\":1," + REST, Event.ADDREF))
                .isEqualTo("expected an HRESULT the model knows for 'result', found 0xFFFFFFFF");
        assertThat(error("\"result\":-2147483648,\"refs\":1," + REST, Event.ADDREF))
                .isEqualTo("expected an HRESULT the model knows for 'result', found 0x80000000");
        assertThat(error("\"result\":0,\"refs\":[1]," + REST, Event.ADDREF)).endsWith(" for 'refs', found an array");
        assertThat(error("\"result\":0,\"refs\":1,\"outFlags\":[true],\"transportsCall.flags\":null,\"flushQueues\":false", Event.ADDREF))
                .isEqualTo("expected flag names or numbers in the array for 'outFlags', found true");
        assertThat(error("\"result\":0,\"refs\":{}," + REST, Event.ADDREF))
                .isEqualTo("expected a string, number, true, false or null for 'refs', found an object");
    }

    @Test
    void valuesAndLinesAsMessagesQuoteThem() {
        assertThat(Protocol.kind(null)).isEqualTo("null");
        assertThat(Protocol.kind("x")).isEqualTo("\"x\"");
        assertThat(Protocol.kind(Map.of())).isEqualTo("an object");
        assertThat(Protocol.kind(List.of())).isEqualTo("an array");
        assertThat(Protocol.kind(5L)).isEqualTo("5");
        String eighty = "x".repeat(80);
        assertThat(Protocol.shorten(" " + eighty + " ")).isEqualTo("'" + eighty + "'");
        assertThat(Protocol.shorten(eighty + "y")).isEqualTo("'" + "x".repeat(77) + "...'");
    }

    @Test
    void aHelloOfAnotherProtocolSaysWhichItSpeaks() {
        for (String v : List.of("1.0", "false", "\"1\"")) {
            try {
                Protocol.readHello("{\"protocol\":" + v + "}");
                throw new AssertionError("no error for protocol " + v);
            } catch (BadMessage e) {
                assertThat(e.getMessage()).isEqualTo("the adapter speaks protocol " + v.replace("\"", "") + "; this kit speaks protocol 1");
            }
        }
    }
}
