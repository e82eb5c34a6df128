package storelogoff.conform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.HResult;
import storelogoff.model.Step;
import storelogoff.scenario.ObservedField;

/** A Java adapter's answers are its own at each step: nothing carries over from the step before; closing closes the store. */
class JavaAdapterTest {

    /** Reports refs at its first step only. */
    private static final class Forgetful implements StoreAdapter {
        int steps;
        boolean closed;

        @Override
        public Hello hello() {
            return Hello.of("forgetful", List.of(Event.ADDREF), List.of(ObservedField.RESULT, ObservedField.REFS));
        }

        @Override
        public void reset(int clients, boolean defaultInbox) {
            steps = 0;
        }

        @Override
        public void step(Step step, Answer answer) {
            answer.result(HResult.S_OK);
            if (steps++ == 0) answer.count(ObservedField.REFS, 2);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void aFieldGivenAtOneStepIsNotCarriedToTheNext() throws AdapterFailure {
        Forgetful store = new Forgetful();
        JavaAdapter adapter = new JavaAdapter(store);
        Step addref = Step.call(Event.ADDREF, 1);
        assertThat(adapter.run("rows: x", 1, true, List.of(addref))).hasSize(1);
        assertThatThrownBy(() -> adapter.run("rows: y", 1, true, List.of(addref, addref))).isInstanceOf(AdapterFailure.class)
                .hasMessageContaining("the answer lacks 'refs' (its hello lists it)");
        adapter.close();
        assertThat(store.closed).isTrue();
    }
}
