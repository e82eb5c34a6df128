package storelogoff.verify.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import storelogoff.model.Actions;
import storelogoff.model.Event;
import storelogoff.model.Guard;
import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.model.SpringStore;
import storelogoff.model.StoreLogoffSpec;
import storelogoff.model.StoreState;
import storelogoff.model.Transition;
import storelogoff.model.World;
import storelogoff.verify.Invariant;
import storelogoff.scenario.Overrides;
import storelogoff.scenario.Scenario;
import storelogoff.scenario.ScenarioException;
import storelogoff.scenario.ScenarioParser;

/**
 * Deliberately wrong models must be caught by the walks, shrink to a short scenario, and that
 * scenario, read back from its printed text, must still fail the same way.
 */
class WrongModelTest {

    private static final Reading R = Reading.DEFAULT;
    private static final Model RIGHT = new Model(R);

    /** The default table with one row changed. */
    private static Model wrong(String row, UnaryOperator<Transition> change) {
        List<Transition> rows = new ArrayList<>();
        boolean found = false;
        for (Transition t : StoreLogoffSpec.transitions(R)) {
            if (t.name().equals(row)) {
                rows.add(change.apply(t));
                found = true;
            } else {
                rows.add(t);
            }
        }
        assertThat(found).as("row %s exists", row).isTrue();
        return new Model(R, rows);
    }

    /**
     * A client holding no reference may release one: references go negative (IMPL-2). The guard
     * does not overlap the last-release rows, so the table stays deterministic.
     */
    private static final Model RELEASE_WITHOUT_REFERENCE = wrong("ReleaseReference", t -> t.withGuard(
            new Guard("not the last reference, or holds none", (w, s) -> w.refsOf(s.client()) == 0 || w.totalRefs() > 1)));

    /** A finished arrival while draining calls StoreLogoffTransports again (IMPL-2). */
    private static final Model DRAIN_CALLS_AGAIN = wrong("DrainArrival", t -> {
        List<storelogoff.model.Action> a = new ArrayList<>(t.actions());
        a.add(Actions.CALL_TRANSPORTS);
        return t.withActions(a);
    });

    @Test
    void negativeReferencesAreCaughtAndShrunkWithTheDirectModel() {
        WalkConfig cfg = WalkConfig.defaults(null);
        Failure f = caught(RIGHT_MACHINE(RELEASE_WITHOUT_REFERENCE), RELEASE_WITHOUT_REFERENCE,
                TestInvariants.REFS_NEVER_NEGATIVE.id(), cfg);
        assertThat(f.shrunkBy()).isEqualTo("direct model");
        assertThat(f.shrunk().steps().get(f.shrunk().steps().size() - 1).event()).as("seed %d: last step", cfg.seed())
                .isEqualTo(Event.RELEASE);
        assertThat(replay(f, RELEASE_WITHOUT_REFERENCE, new SpringStore(RELEASE_WITHOUT_REFERENCE, f.shrunk().initialWorld()),
                true)).as("seed %d: replayed on a fresh Spring machine", cfg.seed())
                .isEqualTo(TestInvariants.REFS_NEVER_NEGATIVE.id());
    }

    @Test
    void secondTransportsCallIsCaughtAndShrunk() {
        WalkConfig cfg = WalkConfig.defaults(null);
        Failure f = caught(RIGHT_MACHINE(DRAIN_CALLS_AGAIN), DRAIN_CALLS_AGAIN, TestInvariants.TRANSPORTS_AT_MOST_ONCE.id(), cfg);
        assertThat(f.shrunk().steps()).as("seed %d: shrunk scenario\n%s", cfg.seed(), f.scenarioText())
                .endsWith(storelogoff.model.Step.of(Event.RECEIVE_DONE));
        assertThat(replay(f, DRAIN_CALLS_AGAIN, null, false)).as("seed %d: replayed on the direct model", cfg.seed())
                .isEqualTo(TestInvariants.TRANSPORTS_AT_MOST_ONCE.id());
    }

    @Test
    void wrongSpringMachineDivergesFromTheDirectModel() {
        // The Spring machine runs a table where a QUIET refusal lets the store go IDLE (QUIET-1 broken).
        Model quietIgnored = wrong("QuietRefused", t -> t.withTarget(StoreState.IDLE));
        WalkConfig cfg = WalkConfig.defaults(null);
        Failure f = caught(new SpringStore(quietIgnored, World.initial(1, true)), RIGHT, Violation.ENGINE_DIVERGENCE, cfg);
        assertThat(f.shrunkBy()).as("a divergence can only be shrunk on the engine").isEqualTo("engine");
        assertThat(f.shrunk().steps()).as("seed %d: shrunk scenario\n%s", cfg.seed(), f.scenarioText())
                .contains(storelogoff.model.Step.logoff(1, storelogoff.model.LogoffFlag.QUIET.value));
        assertThat(replay(f, RIGHT, new SpringStore(quietIgnored, f.shrunk().initialWorld()), true))
                .as("seed %d: replayed on a fresh wrong Spring machine", cfg.seed()).isEqualTo(Violation.ENGINE_DIVERGENCE);
    }

    @Test
    void violationOnlyTheEngineShowsIsShrunkOnTheEngine() {
        // Lockstep off: only the Spring machine is wrong, so the direct model cannot reproduce the violation.
        WalkConfig cfg = WalkConfig.defaults(null).withLockstep(false);
        Failure f = caught(new SpringStore(RELEASE_WITHOUT_REFERENCE, World.initial(1, true)), RIGHT,
                TestInvariants.REFS_NEVER_NEGATIVE.id(), cfg);
        assertThat(f.shrunkBy()).isEqualTo("engine");
    }

    @Test
    void sameSeedSameShrunkScenario() {
        WalkConfig cfg = WalkConfig.defaults(null);
        Failure a = caught(RIGHT_MACHINE(DRAIN_CALLS_AGAIN), DRAIN_CALLS_AGAIN, TestInvariants.TRANSPORTS_AT_MOST_ONCE.id(), cfg);
        Failure b = caught(RIGHT_MACHINE(DRAIN_CALLS_AGAIN), DRAIN_CALLS_AGAIN, TestInvariants.TRANSPORTS_AT_MOST_ONCE.id(), cfg);
        assertThat(b.scenarioText()).as("seed %d", cfg.seed()).isEqualTo(a.scenarioText());
    }

    /** A Spring machine of the same (wrong) model, so walks and lockstep agree and only invariants object. */
    private static SpringStore RIGHT_MACHINE(Model m) {
        return new SpringStore(m, World.initial(1, true));
    }

    /** Runs the walks, asserts the violation and a short, replayable scenario with its header. */
    private static Failure caught(SpringStore machine, Model reference, String id, WalkConfig cfg) {
        WalkReport r = RandomWalks.run(reference, machine, TestInvariants.BOTH, cfg);
        long seed = cfg.seed();
        assertThat(r.passed()).as("seed %d: the wrong model must be caught", seed).isFalse();
        Failure f = r.failure();
        assertThat(f.found().id()).as("seed %d: what the walk found: %s", seed, f.found()).isEqualTo(id);
        assertThat(f.violation().id()).as("seed %d: the shrunk scenario fails the same way", seed).isEqualTo(id);
        assertThat(f.replaysOnEngine()).as("seed %d: the shrunk scenario fails on the engine too", seed).isTrue();
        assertThat(f.shrunk().steps()).as("seed %d: shrunk from %d steps:\n%s", seed, f.original().steps().size(),
                f.scenarioText()).hasSizeLessThanOrEqualTo(6);
        assertThat(f.scenarioText()).as("seed %d: the scenario's header", seed)
                .contains("# invariant: " + id, "# seed: " + seed, "# reading: default",
                        "# shrunk: " + f.original().steps().size() + " steps -> " + f.shrunk().steps().size() + " steps")
                .contains("set reading default\nset clients " + f.shrunk().options().clients() + "\n");
        assertThat(read(f)).as("seed %d: the printed scenario reads back", seed).isEqualTo(f.shrunk());
        return f;
    }

    /** Replays the printed scenario on a fresh checker; returns the violated id or null. */
    private static String replay(Failure f, Model reference, SpringStore machine, boolean lockstep) {
        Scenario sc = read(f);
        List<Invariant> invariants = TestInvariants.BOTH;
        Violation v = new CheckedRun(reference, machine, lockstep, invariants, null).replay(sc);
        return v == null ? null : v.id();
    }

    /** The printed scenario, read as the command line reads it. */
    private static Scenario read(Failure f) {
        try {
            return ScenarioParser.parse("shrunk.scn", f.scenarioText(), Overrides.NONE).scenario();
        } catch (ScenarioException e) {
            throw new AssertionError("the printed scenario does not parse: " + e.getMessage(), e);
        }
    }
}
