package storelogoff.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.HResult;
import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.model.WorldField;
import storelogoff.verify.explore.CrossCheck;
import storelogoff.verify.explore.ExplorationResult;
import storelogoff.verify.explore.Explorer;

/** IMPL-2: what an invariant watches decides the steps it is checked on, in the explorer and elsewhere. */
class WatchTest {
    private static final Bounds SMALL = new Bounds(2, 1, 1, 1, true);

    @Test
    void theSameForEveryCallerSurvivesNarrowingAndAUnionKeepsItOnlyIfBothHaveIt() {
        Watch blind = Watch.events(Event.LOGOFF).sameForEveryCaller();
        assertThat(Watch.events(Event.LOGOFF).anyCaller()).isFalse();
        assertThat(blind.anyCaller()).isTrue();
        assertThat(blind.accepted().from(StoreState.OPEN).anyCaller()).as("narrowed").isTrue();
        assertThat(blind.or(Watch.transportsCalls().sameForEveryCaller()).anyCaller()).isTrue();
        assertThat(blind.or(Watch.transportsCalls()).anyCaller()).as("one part may read the caller").isFalse();
        assertThat(blind.toString()).endsWith(", the same for every caller");
    }

    @Test
    void seesTheEventsItNamesAndStoreLogoffTransportsCallsWhenAsked() {
        World idle = World.initial(1, true);
        World called = idle.copy();
        called.transportsCalls = 1;
        Step logoff = Step.logoff(1, 1), release = Step.call(Event.RELEASE, 1), send = Step.of(Event.SEND_START);
        assertThat(Watch.events(Event.LOGOFF).sees(Reading.DEFAULT, logoff, idle, idle, null)).isTrue();
        assertThat(Watch.events(Event.LOGOFF).sees(Reading.DEFAULT, release, idle, called, null)).isFalse();
        assertThat(Watch.transportsCalls().sees(Reading.DEFAULT, release, idle, called, null)).isTrue();
        assertThat(Watch.transportsCalls().sees(Reading.DEFAULT, release, idle, idle, null)).isFalse();
        assertThat(Watch.transportsCalls().sees(Reading.DEFAULT, release, called, idle, null)).as("a count going down is no call").isFalse();
        assertThat(Watch.events(Event.LOGOFF).orTransportsCalls().sees(Reading.DEFAULT, release, idle, called, null)).isTrue();
        assertThat(Watch.clientCalls().sees(Reading.DEFAULT, send, idle, idle, null)).isFalse();
        assertThat(Watch.environment().sees(Reading.DEFAULT, send, idle, idle, null)).isTrue();
        assertThat(Watch.EVERY_STEP.events()).containsExactlyInAnyOrder(Event.values());
        assertThat(Watch.EVERY_STEP).hasToString("every step");
        assertThat(Watch.events(Event.LOGOFF).orTransportsCalls()).hasToString("logoff; steps calling StoreLogoffTransports");
    }

    @Test
    void narrowsByStateCallerAnswerOutputAndChangedFields() {
        World open = World.initial(2, true);
        World saved = open.copy();
        saved.flagSaved = true;
        saved.savedFlag = 1;
        Observation ok = new Observation();
        ok.hresult = HResult.S_OK;
        ok.outWritten = true;
        Observation refused = new Observation();
        refused.hresult = HResult.MAPI_E_INVALID_OBJECT;
        Step c1 = Step.logoff(1, 1), c2 = Step.logoff(2, 1);
        Watch holders = Watch.events(Event.LOGOFF).from(StoreState.OPEN).byHolder(true);
        assertThat(holders.sees(Reading.DEFAULT, c1, open, saved, ok)).isTrue();
        assertThat(holders.sees(Reading.DEFAULT, c2, open, open, refused)).as("client 2 holds no reference").isFalse();
        assertThat(Watch.events(Event.LOGOFF).from(StoreState.IDLE).sees(Reading.DEFAULT, c1, open, saved, ok)).isFalse();
        assertThat(Watch.events(Event.LOGOFF).accepted().sees(Reading.DEFAULT, c1, open, saved, ok)).isTrue();
        assertThat(Watch.events(Event.LOGOFF).accepted().sees(Reading.DEFAULT, c2, open, open, refused)).isFalse();
        assertThat(Watch.events(Event.LOGOFF).unlessAnswered(Watch.Answer.INVALID_OBJECT).sees(Reading.DEFAULT, c2, open, open, refused)).isFalse();
        assertThat(Watch.outputWritten().sees(Reading.DEFAULT, c1, open, saved, ok)).isTrue();
        assertThat(Watch.outputWritten().sees(Reading.DEFAULT, c2, open, open, refused)).isFalse();
        assertThat(Watch.changes(WorldField.SAVED_FLAG).sees(Reading.DEFAULT, c1, open, saved, ok)).isTrue();
        assertThat(Watch.changes(WorldField.OUTBOX).sees(Reading.DEFAULT, c1, open, saved, ok)).isFalse();
        assertThat(Watch.changes(WorldField.OUTBOX).sees(Reading.DEFAULT, c1, open, saved, ok, true)).as("from the start of a run").isTrue();
        assertThat(Watch.events(Event.LOGOFF).changingAnything().sees(Reading.DEFAULT, c2, open, open, refused)).isFalse();
        Watch asPrescribed = Watch.events(Event.LOGOFF).answeredAsPrescribed(true);
        assertThat(asPrescribed.sees(Reading.DEFAULT, c1, open, saved, ok)).as("one input flag, S_OK").isTrue();
        assertThat(asPrescribed.sees(Reading.DEFAULT, c2, open, open, refused)).as("refused as an invalid object").isFalse();
        Observation unknown = new Observation();
        unknown.hresult = HResult.MAPI_E_UNKNOWN_FLAGS;
        Step twoBits = Step.logoff(1, 0x400);
        assertThat(asPrescribed.sees(Reading.DEFAULT, twoBits, open, open, unknown)).as("an unknown bit, strictly").isTrue();
        assertThat(asPrescribed.sees(Reading.LENIENT_FLAGS, twoBits, open, open, unknown)).as("an unknown bit, leniently").isFalse();
        assertThat(Watch.events(Event.LOGOFF).writingOutput().sees(Reading.DEFAULT, c2, open, open, refused)).isFalse();
        assertThat(holders.accepted()).hasToString("accepted logoff from OPEN by a holder");
        assertThat(Watch.changes(WorldField.OUTBOX, WorldField.STATE)).hasToString("steps changing state, outbox");
    }

    @Test
    void theExplorerChecksWhatAnInvariantSaysOfTheWorldOnTheInitialWorldToo() {
        // Only the first step changes nothing in the outbox, yet the initial world is judged: it fails at depth 1.
        ExplorationResult e = explore(failsWherever(Watch.changes(WorldField.OUTBOX)));
        assertThat(e.violation().steps()).hasSize(1);
        ExplorationResult later = explore(TestInvariant.of("test-outbox-empty", "Fails once a message is in the Outbox.",
                (r, before, step, after, o) -> after.outbox > 0 ? "outbox " + after.outbox : null)
                .watching(Watch.changes(WorldField.OUTBOX)));
        assertThat(later.violation().steps()).as("the first submit").containsExactly(Step.call(Event.SUBMIT, 1));
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
        ExplorationResult never = explore(failsWherever(new Watch(List.of())));
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
