package storelogoff.conform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import storelogoff.model.HResult;
import storelogoff.model.LogoffFlag;
import storelogoff.model.StoreState;
import storelogoff.scenario.ObservedField;

/**
 * What a Java adapter gives at a step, typed: each setter writes its field's canonical text and
 * chains, a value of the wrong kind or out of range fails naming the field, and clear forgets all.
 */
class AnswerTest {

    @Test
    void everySetterWritesItsFieldsTextAndChains() {
        Answer a = new Answer().result(HResult.S_OK).flags(ObservedField.OUT_FLAGS, LogoffFlag.OUTBOUND_QUEUE.value)
                .none(ObservedField.TRANSPORTS_FLAGS).count(ObservedField.REFS, 2).yes(ObservedField.FLUSH_QUEUES, true)
                .yes(ObservedField.TRANSPORTS_RETURNED, false).state(StoreState.OPEN).flags(ObservedField.SAVED_FLAG, 0x1);
        Map<ObservedField, String> expected = new LinkedHashMap<>();
        expected.put(ObservedField.RESULT, "S_OK");
        expected.put(ObservedField.STATE, "OPEN");
        expected.put(ObservedField.REFS, "2");
        expected.put(ObservedField.SAVED_FLAG, LogoffFlag.format(0x1));
        expected.put(ObservedField.OUT_FLAGS, LogoffFlag.format(LogoffFlag.OUTBOUND_QUEUE.value));
        expected.put(ObservedField.TRANSPORTS_FLAGS, ObservedField.NONE);
        expected.put(ObservedField.FLUSH_QUEUES, "yes");
        expected.put(ObservedField.TRANSPORTS_RETURNED, "no");
        assertThat(a.given()).containsExactlyEntriesOf(expected);
        assertThat(a.count()).isEqualTo(8);
        assertThat(a.get(ObservedField.REFS)).isEqualTo("2");
        assertThat(a.get(ObservedField.OUTBOX)).isNull();
        assertThat(a.expectation().given()).hasSize(8);

        a.clear();
        assertThat(a.count()).isZero();
        assertThat(a.given()).isEmpty();
    }

    @Test
    void aResultByValueOrAnEventThatHappened() {
        assertThat(new Answer().result(HResult.MAPI_E_INVALID_OBJECT.value).get(ObservedField.RESULT)).isEqualTo("MAPI_E_INVALID_OBJECT");
        assertThat(new Answer().happened(true).text(ObservedField.SENT, "1").given())
                .containsExactly(Map.entry(ObservedField.RESULT, "OK"), Map.entry(ObservedField.SENT, "1"));
        assertThat(new Answer().happened(false).get(ObservedField.RESULT)).isEqualTo("DISABLED");
        assertThat(new Answer().count(ObservedField.OUTBOX, 0).get(ObservedField.OUTBOX)).isEqualTo("0");
    }

    @Test
    void aValueOfTheWrongKindOrRangeNamesTheField() {
        assertThatThrownBy(() -> new Answer().result(0x12345678)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected an HRESULT the model knows for 'result', found 0x12345678");
        assertThatThrownBy(() -> new Answer().count(ObservedField.REFS, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected a count (0, 1, 2, ...) for 'refs', found -1");
        assertThatThrownBy(() -> new Answer().count(ObservedField.OUT_FLAGS, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'outFlags' is not a count field; its values are ");
        assertThatThrownBy(() -> new Answer().flags(ObservedField.REFS, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'refs' is not a flags field; its values are ");
        assertThatThrownBy(() -> new Answer().yes(ObservedField.STATE, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'state' is not a yes_no field; its values are ");
    }
}
