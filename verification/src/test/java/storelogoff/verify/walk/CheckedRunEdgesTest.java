package storelogoff.verify.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.SpringStore;
import storelogoff.model.Step;
import storelogoff.model.StoreMachine;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.model.WorldField;
import storelogoff.verify.TestInvariant;
import storelogoff.verify.Watch;
import storelogoff.verify.invariants.Invariants;
import storelogoff.verify.walk.WalkConfig.Lockstep;

/**
 * The walk checker where the walks rarely go: an engine that throws or shows another observation,
 * a row the declaration does not list, the start of a run in coverage, a walk's step limit, the
 * report's times, and which oracle shrinks.
 */
class CheckedRunEdgesTest {
    private static final Model MODEL = new Model(Reading.DEFAULT);

    /** The direct model as an engine that throws on every step, or flips an output bit in what it shows. */
    private static StoreMachine engine(boolean throwing, boolean lying) {
        Model.DirectMachine direct = MODEL.direct(World.initial(1, true));
        return new StoreMachine() {
            @Override
            public Model model() {
                return MODEL;
            }

            @Override
            public World world() {
                return direct.world();
            }

            @Override
            public void apply(Step step, Observation out) {
                if (throwing) throw new IllegalStateException("engine broke");
                direct.apply(step, out);
                if (lying) out.outFlags ^= 0x10000;
            }

            @Override
            public void reset(World world) {
                direct.reset(world);
            }
        };
    }

    @Test
    void anEngineThatThrowsIsAnEngineErrorInEveryMode() {
        for (Lockstep mode : Lockstep.values()) {
            CheckedRun run = new CheckedRun(MODEL, engine(true, false), mode, List.of(), null);
            run.start(World.initial(1, true));
            Violation v = run.step(Step.call(Event.ADDREF, 1));
            assertThat(v.id()).as("%s", mode).isEqualTo(Violation.ENGINE_ERROR);
            assertThat(v.message()).isEqualTo("java.lang.IllegalStateException: engine broke");
        }
        // Led by the direct model, the engine runs only on a decision it has not been compared on.
        CheckedRun led = new CheckedRun(MODEL, engine(true, false), Lockstep.DECISIONS, List.of(), null);
        led.start(World.initial(1, true), false);
        assertThat(led.step(Step.call(Event.ADDREF, 1)).id()).isEqualTo(Violation.ENGINE_ERROR);
    }

    @Test
    void anEngineShowingAnotherObservationDiverges() {
        CheckedRun run = new CheckedRun(MODEL, engine(false, true), Lockstep.EVERY_STEP, List.of(), null);
        run.start(World.initial(1, true));
        Violation v = run.step(Step.call(Event.ADDREF, 1));
        assertThat(v.id()).isEqualTo(Violation.ENGINE_DIVERGENCE);
        assertThat(v.message()).startsWith("the engine and the direct model differ: no world field; engine saw ");
        assertThat(run.compared()).isEqualTo(1);
    }

    @Test
    void coverageCountsTheStartOfEveryRunAndRowsTheDeclarationDoesNotList() {
        // Declared: one row, not the AddRef's that fires below.
        Coverage c = new Coverage(MODEL.transitions().stream().filter(t -> !t.name().equals("OpenReference")).limit(1).toList());
        CheckedRun run = new CheckedRun(MODEL, null, false, List.of(), c);
        run.start(World.initial(1, true));
        run.start(World.initial(1, true));
        assertThat(c.states().get(StoreState.OPEN)).as("two runs started, no step").isEqualTo(2);
        Observation o = new Observation();
        World w = World.initial(1, true);
        MODEL.step(w, Step.call(Event.ADDREF, 1), o);
        World after = w.copy();
        Observation again = new Observation();
        MODEL.step(after, Step.call(Event.ADDREF, 1), again);
        c.stepped(w, Step.call(Event.ADDREF, 1), after, again);
        String declared = c.transitions().keySet().iterator().next();
        assertThat(again.fired.name()).isEqualTo("OpenReference");
        assertThat(c.transitions()).containsExactly(java.util.Map.entry(declared, 0L), java.util.Map.entry("OpenReference", 1L));
        c.stepped(w, Step.call(Event.ADDREF, 1), after, again);
        assertThat(c.transitions()).containsExactly(java.util.Map.entry(declared, 0L), java.util.Map.entry("OpenReference", 2L));
    }

    @Test
    void noWalkRunsPastItsStepLimitAndTheTimesAreThoseOfTheRun() {
        WalkReport r = RandomWalks.run(MODEL, null, List.of(), new WalkConfig(30, 3, 2, 11L, false));
        assertThat(r.walks()).isEqualTo(30);
        assertThat(r.steps()).isLessThanOrEqualTo(90).isGreaterThan(30);
        assertThat(r.nanos()).isPositive().isLessThan(60_000_000_000L);
        WalkReport failing = RandomWalks.run(MODEL, null, List.of(TestInvariant.of("test-no-submit", "Fails on a Submit.",
                (rd, before, step, after, o) -> step.event() == Event.SUBMIT ? "submitted" : null)), new WalkConfig(30, 50, 2, 11L, false));
        assertThat(failing.passed()).isFalse();
        assertThat(failing.nanos()).isPositive().isLessThan(60_000_000_000L);
    }

    @Test
    void anInvariantViolationTheDirectModelReproducesIsShrunkWithIt() {
        SpringStore spring = new SpringStore(MODEL, World.initial(1, true));
        WalkReport r = RandomWalks.run(MODEL, spring, List.of(TestInvariant.of("test-no-submit", "Fails on a Submit.",
                (rd, before, step, after, o) -> step.event() == Event.SUBMIT ? "submitted" : null)), new WalkConfig(5, 50, 2, 11L, true));
        assertThat(r.failure().shrunkBy()).isEqualTo("direct model");
        assertThat(r.failure().replaysOnEngine()).isTrue();
        assertThat(r.failure().shrunk().steps()).containsExactly(Step.call(Event.SUBMIT, 1));
    }

    @Test
    void aWatcherWakesOnTheFieldsItWatchesAndOnEveryFieldAtTheStart() {
        TestInvariant outbox = TestInvariant.of("test-outbox", "Watches the Outbox.", (rd, b, s, a, o) -> null)
                .watching(Watch.changes(WorldField.OUTBOX));
        Watchers w = new Watchers(new storelogoff.verify.Invariant[] {outbox, Invariants.all().get(0)});
        World before = World.initial(2, true);
        World submitted = before.copy();
        submitted.outbox = 1;
        submitted.submitted = 1;
        Observation ok = new Observation();
        ok.hresult = storelogoff.model.HResult.S_OK;
        Step submit = Step.call(Event.SUBMIT, 1), addref = Step.call(Event.ADDREF, 2);
        World added = before.copy();
        added.refs[1] = 1;
        w.woken(Reading.DEFAULT, submit, before, submitted, ok, false);
        assertThat(w.count()).isEqualTo(2);
        assertThat(w.woken(Reading.DEFAULT, addref, before, added, ok, false)[0].id()).as("type watches the references").isEqualTo("type");
        assertThat(w.count()).as("only type: the Outbox did not change").isEqualTo(1);
        w.woken(Reading.DEFAULT, addref, before, added, ok, true);
        assertThat(w.count()).as("at the start every field counts as changed").isEqualTo(2);
        w.woken(Reading.DEFAULT, addref, before, before.copy(), ok, false);
        assertThat(w.count()).as("nothing changed").isZero();
    }

    @Test
    void theSummarySaysTheTimeInSeconds() {
        WalkReport r = new WalkReport(Reading.DEFAULT, new WalkConfig(1, 1, 1, 3L, false), 1, 10, 2_000_000_000L, 0, null, 0, 0, null);
        assertThat(r.summary()).isEqualTo("default: 1 walks, 10 steps in 2.00 s (5 steps/s), seed 3: no violation");
    }
}
