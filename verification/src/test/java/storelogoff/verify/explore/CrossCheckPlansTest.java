package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.model.SpringStore;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.scenario.ScenarioWriter;
import storelogoff.verify.Alphabet;
import storelogoff.verify.Bounds;
import storelogoff.verify.Decisions;
import storelogoff.verify.Miswirings;
import storelogoff.verify.Miswirings.Miswiring;

/**
 * The Spring cross-check's plans at small bounds: the sample's draw (distinct allowed pairs in
 * state order, reproducible from the seed), the difference a sample finds named from the world
 * its trace reaches, the decisions compared kept for the walks, the fired rows named, and every
 * decision compared in the wide layout as in one word.
 */
class CrossCheckPlansTest {
    private static final Bounds SMALL = new Bounds(2, 1, 1, 1, true);
    /** Releasing a reference that is not the last runs OpenReference's actions on the Spring side. */
    private static final Miswiring RELEASE_OPENS = Miswirings.firesInstead("ReleaseReference", "OpenReference");

    /** A cross-check of the explored graph of {@code model} at {@code b}, Spring wired by {@code spring}. */
    private static SpringCrossCheck crossCheck(Model model, Bounds b, Miswiring spring) {
        Explorer.Explored e = new Explorer(model, b).crossCheck(CrossCheck.none()).liveness(false).threads(1).explore();
        Step[] alphabet = Alphabet.steps(b.clients()).toArray(new Step[0]);
        Traces traces = new Traces(model, b, e.codec(), null, e.graph(), alphabet);
        return new SpringCrossCheck(model, w -> spring == null ? new SpringStore(model, w) : spring.machine(model, w), b,
                e.codec(), e.graph(), alphabet, traces);
    }

    @Test
    void aSampleIsDistinctAllowedPairsInStateOrderFromItsSeed() {
        Model model = new Model(Reading.DEFAULT);
        Explorer.Explored e = new Explorer(model, SMALL).crossCheck(CrossCheck.none()).liveness(false).threads(1).explore();
        Step[] alphabet = Alphabet.steps(SMALL.clients()).toArray(new Step[0]);
        // Every allowed (state, step) pair, as state * alphabet + step.
        Set<Long> allowed = new HashSet<>();
        World w = SMALL.initialWorld();
        for (int i = 0; i < e.graph().size(); i++) {
            e.codec().decode(e.graph().code(i), w);
            for (int s = 0; s < alphabet.length; s++) {
                if (SMALL.allows(w, alphabet[s])) allowed.add((long) i * alphabet.length + s);
            }
        }
        assertThat((long) allowed.size()).as("allowed pairs are the transitions").isEqualTo(e.result().transitions());

        SpringCrossCheck cross = crossCheck(model, SMALL, null);
        long[] picks = cross.sample(CrossCheck.sample(500, 7));
        assertThat(picks).hasSize(500);
        for (int k = 0; k < picks.length; k++) {
            assertThat(allowed).as("pick %d", k).contains(picks[k]);
            if (k > 0) assertThat(picks[k]).as("picks in order, distinct").isGreaterThan(picks[k - 1]);
        }
        assertThat(cross.sample(CrossCheck.sample(500, 7))).as("the same seed").containsExactly(picks);
        assertThat(cross.sample(CrossCheck.sample(500, 8))).as("another seed").isNotEqualTo(picks);
        List<Long> whole = new ArrayList<>();
        for (long p : cross.sample(CrossCheck.sample(allowed.size(), 1))) whole.add(p);
        assertThat(whole).as("a sample as large as the transitions").containsExactlyInAnyOrderElementsOf(allowed);
    }

    /** A sample finds a difference and names it from the world its trace reaches, as all does. */
    @Test
    void aSampleFindsADifferenceFromTheWorldItsTraceReaches() {
        Model model = new Model(Reading.DEFAULT);
        ExplorationResult sampled = new Explorer(model, SMALL).spring(w -> RELEASE_OPENS.machine(model, w))
                .crossCheck(CrossCheck.sample(400, 3)).liveness(false).threads(1).run();
        Counterexample c = sampled.crossMismatch();
        assertThat(c).isNotNull();
        assertThat(c.property()).isEqualTo(SpringCrossCheck.PROPERTY);
        List<Step> steps = c.steps();
        Step last = steps.get(steps.size() - 1);
        World from = Replay.after(model, SMALL, steps, steps.size() - 1);
        assertThat(c.message()).startsWith("Spring and the direct engine differ on '" + ScenarioWriter.line(last)
                + "' from " + from + ":");
        assertThat(last.event()).isEqualTo(storelogoff.model.Event.RELEASE);
        assertThat(sampled.crossChecked()).isBetween(1L, 400L);
    }

    /** Every decision compared goes into the walks' record, whatever the plan. */
    @Test
    void theDecisionsComparedAreKept() {
        Bounds tiny = new Bounds(1, 1, 0, 0, false);
        Model model = new Model(Reading.DEFAULT);
        Explorer.Explored e = new Explorer(model, tiny).crossCheck(CrossCheck.none()).liveness(false).threads(1).explore();
        Set<Long> reachable = new HashSet<>();
        World w = tiny.initialWorld();
        for (int i = 0; i < e.graph().size(); i++) {
            e.codec().decode(e.graph().code(i), w);
            for (Step s : Alphabet.steps(tiny.clients())) {
                if (tiny.allows(w, s)) reachable.add(model.decision(w, s));
            }
        }
        for (CrossCheck plan : List.of(CrossCheck.all(), CrossCheck.decisions())) {
            Decisions kept = new Decisions();
            ExplorationResult r = new Explorer(model, tiny).springDecisions(kept).crossCheck(plan).liveness(false)
                    .threads(1).run();
            assertThat(r.crossMismatch()).isNull();
            assertThat(kept.size()).as("decisions kept under %s", plan).isEqualTo(reachable.size());
            for (long d : reachable) assertThat(kept.first(d)).as("decision %d kept under %s", d, plan).isFalse();
        }
        Decisions sampled = new Decisions();
        new Explorer(model, tiny).springDecisions(sampled).crossCheck(CrossCheck.sample(300, 5)).liveness(false)
                .threads(1).run();
        assertThat(sampled.size()).as("decisions of a sample").isPositive().isLessThanOrEqualTo(reachable.size());
    }

    /** A difference names the world, the rows fired and the results, each direct then Spring. */
    @Test
    void aDifferenceNamesTheRowsFired() {
        Counterexample c = crossCheck(new Model(Reading.DEFAULT), SMALL, RELEASE_OPENS)
                .run(CrossCheck.all(), 0, new Decisions());
        assertThat(c).isNotNull();
        assertThat(c.message()).contains("\n  world: direct ", "\n         Spring ",
                "\n  fired: direct ReleaseReference -> OPEN, Spring OpenReference -> OPEN");
    }

    /** The wide layout cross-checks every decision as one word does, and catches a wrong wiring at the same step. */
    @Test
    void theWideLayoutComparesEveryDecisionAsOneWordDoes() {
        Model model = new Model(Reading.DEFAULT);
        List<String> verdicts = new ArrayList<>();
        List<Long> compared = new ArrayList<>();
        for (boolean wide : new boolean[] {false, true}) {
            ExplorationResult right = new Explorer(model, SMALL).wideLayout(wide).liveness(false).threads(1).run();
            assertThat(right.crossMismatch()).as("wide %s", wide).isNull();
            compared.add(right.crossChecked());
            ExplorationResult wrong = new Explorer(model, SMALL).wideLayout(wide).spring(w -> RELEASE_OPENS.machine(model, w))
                    .liveness(false).threads(1).run();
            verdicts.add(wrong.crossMismatch().toScenario());
        }
        assertThat(compared.get(0)).isPositive();
        assertThat(compared.get(1)).isEqualTo(compared.get(0));
        assertThat(verdicts.get(1)).isEqualTo(verdicts.get(0));
    }

    @Test
    void aSampleAsLargeAsTheTransitionsCoversThemAll() {
        assertThat(CrossCheck.sample(10, 1).coversAll(10)).isTrue();
        assertThat(CrossCheck.sample(10, 1).coversAll(11)).isFalse();
        assertThat(CrossCheck.all().coversAll(Long.MAX_VALUE)).isTrue();
        assertThat(CrossCheck.decisions().coversAll(1)).isFalse();
    }
}
