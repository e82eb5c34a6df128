package storelogoff.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.verify.explore.CrossCheck;
import storelogoff.verify.explore.ExplorationResult;
import storelogoff.verify.explore.Explorer;

/** IMPL-2: what an invariant watches decides the steps it is checked on, in the explorer and elsewhere. */
class WatchTest {
    private static final Bounds SMALL = new Bounds(2, 1, 1, 1, true);

    @Test
    void seesTheEventsItNamesAndStoreLogoffTransportsCallsWhenAsked() {
        World idle = World.initial(1, true);
        World called = idle.copy();
        called.transportsCalls = 1;
        Step logoff = Step.logoff(1, 1), release = Step.call(Event.RELEASE, 1), send = Step.of(Event.SEND_START);
        assertThat(Watch.events(Event.LOGOFF).sees(logoff, idle, idle)).isTrue();
        assertThat(Watch.events(Event.LOGOFF).sees(release, idle, called)).isFalse();
        assertThat(Watch.transportsCalls().sees(release, idle, called)).isTrue();
        assertThat(Watch.transportsCalls().sees(release, idle, idle)).isFalse();
        assertThat(Watch.transportsCalls().sees(release, called, idle)).as("a count going down is no call").isFalse();
        assertThat(Watch.events(Event.LOGOFF).orTransportsCalls().sees(release, idle, called)).isTrue();
        assertThat(Watch.clientCalls().sees(send, idle, idle)).isFalse();
        assertThat(Watch.environment().sees(send, idle, idle)).isTrue();
        assertThat(Watch.EVERY_STEP.events()).containsExactlyInAnyOrder(Event.values());
        assertThat(Watch.EVERY_STEP).hasToString("every step");
        assertThat(Watch.events(Event.LOGOFF).orTransportsCalls()).hasToString("logoff, and StoreLogoffTransports calls");
    }

    /** An invariant that fails on every step it sees: the explorer reports it only where it watches. */
    private static TestInvariant failsWherever(Watch w) {
        return TestInvariant.of("test-fails-on-" + w, "Fails on any step it is checked on.",
                (r, before, step, after, o) -> "checked on " + step).watching(w);
    }

    @Test
    void theExplorerChecksAnInvariantOnlyOnTheStepsItWatches() {
        ExplorationResult logoffs = explore(failsWherever(Watch.events(Event.LOGOFF)));
        assertThat(logoffs.violation().steps()).as("the first logoff in breadth-first order")
                .containsExactly(Step.logoffNull(1));
        ExplorationResult calls = explore(failsWherever(Watch.transportsCalls()));
        assertThat(calls.violation().steps()).as("the first step calling StoreLogoffTransports")
                .containsExactly(Step.call(Event.RELEASE, 1));
        ExplorationResult never = explore(failsWherever(new Watch(java.util.Set.of(), false)));
        assertThat(never.passed()).isTrue();
        assertThat(never.invariantChecks()).isZero();
    }

    @Test
    void checkIfWatchedSkipsTheOtherSteps() {
        World w = World.initial(1, true);
        Invariant inv = failsWherever(Watch.events(Event.LOGOFF));
        assertThat(inv.checkIfWatched(Reading.DEFAULT, w, Step.of(Event.SEND_START), w, null)).isNull();
        assertThat(inv.checkIfWatched(Reading.DEFAULT, w, Step.logoff(1, 1), w, null)).startsWith("checked on");
    }

    private static ExplorationResult explore(Invariant inv) {
        return new Explorer(new Model(Reading.DEFAULT), SMALL).invariants(List.of(inv)).liveness(false)
                .crossCheck(CrossCheck.none()).threads(1).run();
    }
}
