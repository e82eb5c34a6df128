package storelogoff.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.verify.explore.CrossCheck;
import storelogoff.verify.mutants.Mutant;
import storelogoff.verify.mutants.NamedMutants;
import storelogoff.verify.walk.WalkConfig;

/**
 * {@link Verification}, what {@code ./storelogoff verify} runs: the exhaustive check, then the
 * walks only when it passed; a verdict counts and lists every counterexample, whichever found it.
 */
class VerificationTest {
    private static final Bounds SMALL = new Bounds(1, 1, 1, 1, true);
    private static final WalkConfig WALKS = new WalkConfig(20, 60, 2, 7L, false);
    private static final Verification.Plan PLAN = new Verification.Plan(SMALL, CrossCheck.none(), true, WALKS, 1);

    private static Mutant named(String id) {
        return NamedMutants.all().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    /** The phases each run announces, in order. */
    private static final class Phases implements Verification.Listener {
        final List<String> names = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void phase(String name) {
            names.add(name);
        }

        @Override
        public void progress(int states, long transitions, int queue, int depth, long elapsedNanos) {}
    }

    @Test
    void theRightModelPassesTheSearchAndTheWalks() {
        Phases phases = new Phases();
        Verification.Verdict v = Verification.run(new Model(Reading.DEFAULT), PLAN, phases);
        assertThat(v.passed()).isTrue();
        assertThat(v.violations()).isZero();
        assertThat(v.counterexamples()).isEmpty();
        assertThat(v.reading()).isEqualTo(Reading.DEFAULT);
        assertThat(v.exhaustive().states()).as("1/1/1/1 under default, docs/verification/state-space.md").isEqualTo(295);
        assertThat(v.walks()).isNotNull();
        assertThat(v.walks().walks()).isEqualTo(WALKS.walks());
        assertThat(phases.names).containsExactly("default: exhaustive check", "default: random walks");
    }

    @Test
    void aViolationInTheSearchSkipsTheWalks() {
        // QUIET-1: QUIET logs off even while transports are active.
        Phases phases = new Phases();
        Verification.Verdict v = Verification.run(named("quiet-ignores-activity").model(Reading.DEFAULT), PLAN, phases);
        assertThat(v.passed()).isFalse();
        assertThat(v.walks()).as("walks are skipped once the exhaustive check failed").isNull();
        assertThat(v.violations()).isEqualTo(v.exhaustive().counterexamples().size()).isPositive();
        assertThat(v.counterexamples()).extracting(Verification.Found::property).contains("quiet-refuses-while-active");
        assertThat(v.counterexamples().get(0).scenario()).isEqualTo(v.exhaustive().counterexamples().get(0).toScenario());
        assertThat(phases.names).containsExactly("default: exhaustive check");
    }

    @Test
    void aViolationOnlyTheWalksReachIsCountedAndListed() {
        // IMPL-2: a reference count kept in two bits wraps at the fourth AddRef, beyond these bounds' one reference.
        Model wraps = named("refcount-wraps-at-four").model(Reading.DEFAULT);
        Verification.Verdict v = Verification.run(wraps, new Verification.Plan(SMALL, CrossCheck.none(), true,
                new WalkConfig(60, 200, 4, 20261124L, false), 1), new Phases());
        assertThat(v.exhaustive().passed()).as("within one reference the mutant is right").isTrue();
        assertThat(v.walks().passed()).isFalse();
        assertThat(v.passed()).isFalse();
        assertThat(v.violations()).isEqualTo(1);
        assertThat(v.counterexamples()).hasSize(1);
        Verification.Found f = v.counterexamples().get(0);
        assertThat(f.property()).isEqualTo(v.walks().failure().violation().id());
        assertThat(f.scenario()).isEqualTo(v.walks().failure().scenarioText());
    }

    @Test
    void runAllGivesVerdictsInModelOrderWhateverRunsAtOnce() {
        List<Model> models = List.of(new Model(Reading.DEFAULT), named("quiet-ignores-activity").model(Reading.LENIENT_FLAGS),
                new Model(Reading.ABORT_STOPS));
        for (int atOnce : new int[] {1, 2}) {
            Verification.Plan plan = new Verification.Plan(SMALL, CrossCheck.none(), false, WALKS.withWalks(0), 2, atOnce);
            List<Reading> done = new ArrayList<>();
            List<Verification.Verdict> all = Verification.runAll(models, plan, Phases::new, v -> done.add(v.reading()));
            assertThat(all).extracting(Verification.Verdict::reading)
                    .containsExactly(Reading.DEFAULT, Reading.LENIENT_FLAGS, Reading.ABORT_STOPS);
            assertThat(done).as("%d at once", atOnce).containsExactly(Reading.DEFAULT, Reading.LENIENT_FLAGS, Reading.ABORT_STOPS);
            assertThat(all).extracting(Verification.Verdict::passed).containsExactly(true, false, true);
            assertThat(all).allSatisfy(v -> assertThat(v.walks()).as("no walks asked").isNull());
            assertThat(all.get(2).exhaustive().states()).as("abort-stops at 1/1/1/1").isEqualTo(269);
        }
    }

    @Test
    void aPlanSharesItsThreadsBetweenTheReadingsRunAtOnce() {
        assertThat(new Verification.Plan(SMALL, CrossCheck.none(), true, WALKS, 5, 2).searchThreads()).isEqualTo(2);
        assertThat(new Verification.Plan(SMALL, CrossCheck.none(), true, WALKS, 2, 2).searchThreads()).isEqualTo(1);
        assertThat(new Verification.Plan(SMALL, CrossCheck.none(), true, WALKS, 3).searchThreads()).isEqualTo(3);
        assertThatThrownBy(() -> new Verification.Plan(SMALL, CrossCheck.none(), true, WALKS, 0, 1))
                .hasMessage("threads must be at least 1, was 0");
        assertThatThrownBy(() -> new Verification.Plan(SMALL, CrossCheck.none(), true, WALKS, 2, 3))
                .hasMessage("readingsAtOnce must be 1..2, was 3");
        assertThatThrownBy(() -> new Verification.Plan(SMALL, CrossCheck.none(), true, WALKS, 2, 0))
                .hasMessage("readingsAtOnce must be 1..2, was 0");
        assertThat(new Verification.Plan(SMALL, CrossCheck.none(), true, WALKS, 1, 1).searchThreads()).isEqualTo(1);
    }
}
