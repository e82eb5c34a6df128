package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Guards combine into the conditions of the table's rows. Their labels are what the diagrams and
 * the reference docs print, so a label must say exactly what its test checks.
 */
@DisplayName("IMPL-1, IMPL-4, NOWAIT-2, PURGE-1: guards combine, label themselves, and test the flag StoreLogoffTransports acted on")
class GuardTest {
    private static final Step ANY = Step.of(Event.SEND_START);
    private static final Guard OUTBOX = Guards.OUTBOX_READY;
    private static final Guard SENDING = Guards.SEND_IN_PROCESS;

    private static World world(int outbox, int sending) {
        World w = World.initial(1, true);
        w.outbox = outbox;
        w.sending = sending;
        return w;
    }

    @Test
    @DisplayName("and holds when both hold, and its label joins both labels with ∧")
    void and() {
        Guard both = OUTBOX.and(SENDING);
        assertThat(both.label()).isEqualTo("Outbox not empty ∧ a send in process");
        assertThat(both.test(world(1, 1), ANY)).as("both").isTrue();
        assertThat(both.test(world(1, 0), ANY)).as("only the Outbox").isFalse();
        assertThat(both.test(world(0, 1), ANY)).as("only a send").isFalse();
        assertThat(both.test(world(0, 0), ANY)).as("neither").isFalse();
    }

    @Test
    @DisplayName("ALWAYS is the unit of and: the other guard comes back unchanged, label and all")
    void alwaysIsTheUnit() {
        assertThat(Guard.ALWAYS.and(OUTBOX)).isSameAs(OUTBOX);
        assertThat(OUTBOX.and(Guard.ALWAYS)).isSameAs(OUTBOX);
        assertThat(Guard.ALWAYS.test(world(0, 0), ANY)).isTrue();
    }

    @Test
    @DisplayName("negate flips the test and brackets the label; relabel keeps the test")
    void negateAndRelabel() {
        Guard none = OUTBOX.negate();
        assertThat(none.label()).isEqualTo("¬(Outbox not empty)");
        assertThat(none.test(world(0, 0), ANY)).isTrue();
        assertThat(none.test(world(2, 0), ANY)).isFalse();
        Guard empty = none.relabel("Outbox empty");
        assertThat(empty.label()).isEqualTo("Outbox empty");
        assertThat(empty.test(world(0, 0), ANY)).isTrue();
        assertThat(empty.test(world(2, 0), ANY)).isFalse();
    }

    @Test
    @DisplayName("a guard prints as its label, and ALWAYS as true")
    void text() {
        assertThat(Guard.ALWAYS).hasToString("true");
        assertThat(OUTBOX).hasToString("Outbox not empty");
        assertThat(Guards.TRANSPORTS_QUIET).hasToString("transports quiet");
    }

    @Test
    @DisplayName("NOWAIT-2, PURGE-1: calledWith names its flags joined with |")
    void calledWithLabel() {
        assertThat(Guards.calledWith(LogoffFlag.NO_WAIT, LogoffFlag.PURGE).label()).isEqualTo("called with NO_WAIT|PURGE");
        assertThat(Guards.calledWith(LogoffFlag.ORDERLY).label()).isEqualTo("called with ORDERLY");
        assertThat(Guards.calledWith(LogoffFlag.NO_WAIT, LogoffFlag.ORDERLY, LogoffFlag.PURGE).label())
                .isEqualTo("called with NO_WAIT|ORDERLY|PURGE");
    }

    @Test
    @DisplayName("IMPL-1, IMPL-4, NOWAIT-2, PURGE-1: calledWith(NO_WAIT, PURGE) holds exactly when StoreLogoffTransports acted on NO_WAIT or PURGE")
    void calledWithEveryActedOnFlag() {
        Guard drainsOutbox = Guards.calledWith(LogoffFlag.NO_WAIT, LogoffFlag.PURGE);
        Map<Integer, Boolean> expected = new LinkedHashMap<>();
        expected.put(LogoffFlag.NO_WAIT.value, true);
        expected.put(LogoffFlag.ORDERLY.value, false);
        expected.put(LogoffFlag.PURGE.value, true);
        expected.put(LogoffFlag.ABORT.value, false);
        expected.put(LogoffFlag.QUIET.value, false);
        expected.put(0, false); // IMPL-4: no usable flag, ABORT is acted on
        expected.put(LogoffFlag.NO_WAIT.value | LogoffFlag.PURGE.value, false); // two flags: ABORT
        expected.put(LogoffFlag.PURGE.value | 0x20, true); // lenient: unknown bits are ignored
        expected.forEach((flags, holds) -> {
            World w = World.initial(1, true);
            w.transportsFlag = flags;
            assertThat(drainsOutbox.test(w, ANY)).as("transports called with %s (acted on %s)",
                    LogoffFlag.format(flags), LogoffFlag.actedOn(flags)).isEqualTo(holds);
        });
    }
}
