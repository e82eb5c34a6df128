package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A row of the table as diagrams and messages print it ({@code event [guard] / actions}), and
 * the copies with one part changed that wrong variants of the table are built from.
 */
@DisplayName("NOWAIT-1..3, IMPL-2, ABORT-4: a row prints as event [guard] / actions and copies with one part changed")
class TransitionTest {
    @Test
    @DisplayName("NOWAIT-1..3, IMPL-2: the label shows the event, the guard in brackets and the actions in order")
    void labelWithGuardAndActions() {
        assertThat(Rows.named("NoWaitDrains").label()).isEqualTo("release [last reference ∧ NO_WAIT ∧ work remains]"
                + " / dropReference, callStoreLogoffTransports, disableReception, returnControl");
        assertThat(Rows.named("StartSend").label()).isEqualTo("send-start [Outbox not empty] / startSend");
    }

    @Test
    @DisplayName("ABORT-4, IMPL-2: an ALWAYS guard and an empty action list are left out of the label")
    void labelWithoutGuardOrActions() {
        assertThat(Rows.named("OpenReference").label()).isEqualTo("addref / takeReference");
        assertThat(Rows.named("SpoolerReleasesStore").label()).isEqualTo("spooler-release");
    }

    @Test
    @DisplayName("ABORT-4: a row prints as name: source --label--> target")
    void text() {
        assertThat(Rows.named("SpoolerReleasesStore")).hasToString("SpoolerReleasesStore: IDLE --spooler-release--> RELEASED");
        assertThat(Rows.named("FinishSend")).hasToString("FinishSend: OPEN --send-done [a send in process] / finishSend--> OPEN");
        assertThat(Actions.CALL_TRANSPORTS).hasToString("callStoreLogoffTransports");
    }

    @Test
    @DisplayName("IMPL-2: withGuard, withTarget and withActions change only their own part")
    void copiesWithOnePartChanged() {
        Transition t = Rows.named("NoWaitDrains");

        Transition guarded = t.withGuard(Guards.TRANSPORTS_ACTIVE);
        assertThat(guarded.guard()).isSameAs(Guards.TRANSPORTS_ACTIVE);
        assertThat(guarded).isEqualTo(new Transition(t.name(), t.source(), t.event(), Guards.TRANSPORTS_ACTIVE,
                t.actions(), t.target(), t.clauses()));

        Transition retargeted = t.withTarget(StoreState.IDLE);
        assertThat(retargeted).isEqualTo(new Transition(t.name(), t.source(), t.event(), t.guard(), t.actions(),
                StoreState.IDLE, t.clauses()));
        assertThat(retargeted.internal()).isFalse();
        assertThat(t.withTarget(StoreState.OPEN).internal()).as("OPEN to OPEN").isTrue();

        Transition fewer = t.withActions(List.of(Actions.DROP_REFERENCE));
        assertThat(fewer).isEqualTo(new Transition(t.name(), t.source(), t.event(), t.guard(),
                List.of(Actions.DROP_REFERENCE), t.target(), t.clauses()));
    }
}
