package storelogoff.verify.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.model.SpringStore;
import storelogoff.model.World;
import storelogoff.scenario.Overrides;
import storelogoff.scenario.Scenario;
import storelogoff.scenario.ScenarioParser;
import storelogoff.verify.Invariant;
import storelogoff.verify.Miswirings;
import storelogoff.verify.Miswirings.Miswiring;
import storelogoff.verify.invariants.Invariants;
import storelogoff.verify.mutants.Mutant;
import storelogoff.verify.mutants.NamedMutants;
import storelogoff.verify.walk.WalkConfig.Lockstep;

/**
 * Comparing Spring with the direct model once per decision loses nothing against comparing
 * it on every step: a wrongly wired Spring machine is caught at the same step with the same
 * shrunk scenario, and every named mutant gets the same report ({@link NamedMutantsLockstepTest}).
 * Seeds come from -Dstorelogoff.seed, else at random; every assertion names its seed.
 */
class DecisionLockstepTest {
    private static final Model DEFAULT = new Model(Reading.DEFAULT);
    private static final List<Invariant> INVARIANTS = Invariants.all();

    static List<Miswiring> miswirings() {
        return List.of(
                Miswirings.guardsSwapped("DrainSend", "LastSendDone"),
                Miswirings.guardNegated("FinishSend"),
                Miswirings.firesInstead("ReleaseReference", "OpenReference"),
                Miswirings.liesAfterRepeats("OpenReference", 4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("miswirings")
    void wrongWiringIsCaughtAsOnEveryStep(Miswiring wrong) {
        WalkConfig cfg = WalkConfig.defaults(null);
        WalkReport memo = walk(wrong.machine(DEFAULT, World.initial(1, true)), cfg.withLockstep(Lockstep.DECISIONS));
        WalkReport every = walk(wrong.machine(DEFAULT, World.initial(1, true)), cfg.withLockstep(Lockstep.EVERY_STEP));
        long seed = cfg.seed();
        assertThat(every.passed()).as("seed %d: compared on every step, %s is caught", seed, wrong).isFalse();
        assertThat(memo.passed()).as("seed %d: compared on each decision, %s is caught", seed, wrong).isFalse();
        Failure m = memo.failure(), e = every.failure();
        assertThat(m.found().id()).as("seed %d", seed).isEqualTo(Violation.ENGINE_DIVERGENCE);
        assertThat(m.walk()).as("seed %d: the failing walk", seed).isEqualTo(e.walk());
        assertThat(m.found()).as("seed %d: what the walk found, and where", seed).isEqualTo(e.found());
        assertThat(m.scenarioText()).as("seed %d: the shrunk scenario", seed).isEqualTo(e.scenarioText());
        assertThat(m.replaysOnEngine()).as("seed %d: it fails on the engine", seed).isTrue();
        assertThat(memo.fingerprint()).as("seed %d: the same walks", seed).isEqualTo(every.fingerprint());
    }

    @Test
    void rightWiringWalksTheSameWalksComparingFarFewerSteps() {
        WalkConfig cfg = WalkConfig.defaults(null).withWalks(80);
        WalkReport memo = walk(new SpringStore(DEFAULT, World.initial(1, true)), cfg.withLockstep(Lockstep.DECISIONS));
        WalkReport every = walk(new SpringStore(DEFAULT, World.initial(1, true)), cfg.withLockstep(Lockstep.EVERY_STEP));
        long seed = cfg.seed();
        assertThat(memo.passed()).as("seed %d: %s", seed, memo.failure()).isTrue();
        assertThat(every.passed()).as("seed %d: %s", seed, every.failure()).isTrue();
        assertThat(memo.fingerprint()).as("seed %d", seed).isEqualTo(every.fingerprint());
        assertThat(memo.steps()).as("seed %d", seed).isEqualTo(every.steps());
        assertThat(memo.coverage().transitions()).as("seed %d", seed).isEqualTo(every.coverage().transitions());
        assertThat(every.compared()).as("seed %d: on every step", seed).isEqualTo(every.steps());
        assertThat(memo.decisions()).as("seed %d: decisions compared", seed).isPositive();
        assertThat(memo.compared()).as("seed %d: the whole walks and each new decision", seed)
                .isGreaterThanOrEqualTo(RandomWalks.WHOLE_WALK_STEPS)
                .isLessThan(every.steps() / 5);
    }

    /**
     * A table that enables two rows for one step violates determinism there, in every mode and
     * on the direct model alone: which of the rows Spring fires depends on what it ran before.
     */
    @Test
    void overlappingRowsViolateDeterminismInEveryMode() throws Exception {
        Mutant overlap = NamedMutants.all().stream().filter(m -> m.id().equals("strict-accepts-several-flags"))
                .findFirst().orElseThrow();
        Model model = overlap.model(Reading.REM3_LITERAL);
        Scenario shared = ScenarioParser.parse("overlap.scn", "set reading rem3-literal\nset clients 2\n"
                + "c2 addref\nc2 logoff ABORT\n", Overrides.NONE).scenario();
        List<String> found = new ArrayList<>();
        Violation direct = CheckedRun.direct(model, INVARIANTS).replay(shared);
        assertThat(direct).isNotNull();
        assertThat(direct.message()).contains("rows SaveLogoffFlag, ReleaseForCaller are all enabled for 'c2 logoff ABORT'");
        found.add(id(direct));
        for (Lockstep mode : Lockstep.values()) {
            SpringStore spring = new SpringStore(model, shared.initialWorld());
            found.add(id(new CheckedRun(model, spring, mode, INVARIANTS, null).replay(shared)));
        }
        assertThat(found).containsOnly(storelogoff.verify.explore.Explorer.DETERMINISTIC);
    }

    private static String id(Violation v) {
        return v == null ? null : v.id();
    }

    private static WalkReport walk(SpringStore machine, WalkConfig cfg) {
        return RandomWalks.run(DEFAULT, machine, INVARIANTS, cfg);
    }
}
