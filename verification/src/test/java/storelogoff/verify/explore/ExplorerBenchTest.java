package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.verify.Bounds;
import storelogoff.verify.Invariant;
import storelogoff.verify.TestInvariant;
import storelogoff.verify.invariants.Invariants;

/**
 * What {@code bench} reports: the counts of the exploration it timed, the number of runs and
 * threads, and the median and range of each timing. Times vary; counts and run counts do not.
 * The build sets the warm-up to 0 ({@value ExplorerBench#WARM_UP_PROPERTY}); where a test
 * times the warm-up it gives its own, a few dozen milliseconds on the smallest bounds.
 */
class ExplorerBenchTest {
    /** 295 states under default, 494 under lenient-flags (docs/verification/state-space.md). */
    private static final Bounds ONES = new Bounds(1, 1, 1, 1, true);
    /** 18 states (ExplorerTest.countsTheSmallestModelByHand): a search takes well under a millisecond once warm. */
    private static final Bounds LEAST = new Bounds(1, 1, 0, 0, false);
    private static final long WARM_UP_MILLIS = 60;

    @Test
    void statsAreTheMedianAndTheRange() {
        ExplorerBench.Stats odd = ExplorerBench.Stats.of(new double[] {5, 1, 3});
        assertThat(List.of(odd.median(), odd.min(), odd.max())).containsExactly(3.0, 1.0, 5.0);
        ExplorerBench.Stats even = ExplorerBench.Stats.of(new double[] {8, 2, 4, 6});
        assertThat(List.of(even.median(), even.min(), even.max())).as("an even count: the mean of the middle two")
                .containsExactly(5.0, 2.0, 8.0);
        assertThat(ExplorerBench.Stats.of(new double[] {1234.4, 999.6, 2000}).toString()).isEqualTo("1,234 (1,000-2,000)");
    }

    @Test
    void measureReportsTheExploredCountsAndItsRuns() {
        ExplorationResult direct = new Explorer(new Model(Reading.DEFAULT), ONES).invariants(Invariants.all())
                .liveness(true).crossCheck(CrossCheck.none()).threads(1).run();
        ExplorerBench.Result r = ExplorerBench.measure(ONES, Reading.DEFAULT, 3, Invariants.all(), true, 1, false);
        assertThat(List.of((long) r.states(), r.transitions(), r.edges(), (long) r.runs(), (long) r.threads(), r.bytes()))
                .containsExactly((long) direct.states(), direct.transitions(), direct.edges(), 3L, 1L, direct.bytes());
        assertThat(r.states()).isEqualTo(295);
        assertThat(r.reading()).isEqualTo(Reading.DEFAULT);
        assertThat(r.bounds()).isEqualTo(ONES);
        assertThat(r.searchSeconds().min()).isPositive().isLessThanOrEqualTo(r.searchSeconds().median());
        assertThat(r.searchSeconds().median()).isLessThanOrEqualTo(r.searchSeconds().max());
        assertThat(r.livenessSeconds().min()).as("liveness was run").isPositive();
        assertThat(r.statesPerSecond().median()).isPositive();
        assertThat(r.transitionsPerSecond().median()).isGreaterThan(r.statesPerSecond().median());
        assertThat(r.toString()).startsWith("default ").contains(" 295 states ", "(median of 3, 1 threads)");
    }

    @Test
    void withoutLivenessNoEdgesAreKept() {
        ExplorerBench.Result r = ExplorerBench.measure(ONES, Reading.DEFAULT, 1, List.of(), false, 1, false);
        assertThat(r.edges()).as("edges are kept for liveness only").isZero();
        assertThat(r.states()).isEqualTo(295);
    }

    @Test
    void invariantCostPairsTheSearchAloneWithTheSearchWithEveryInvariant() {
        ExplorerBench.InvariantCost c = ExplorerBench.invariantCost(ONES, Reading.DEFAULT, 2, Invariants.all(), false, 1, false);
        assertThat(c.searchOnly().runs()).isEqualTo(2);
        assertThat(c.full().runs()).isEqualTo(2);
        assertThat(c.searchOnly().states()).isEqualTo(c.full().states()).isEqualTo(295);
        assertThat(c.ratio().min()).isPositive().isLessThanOrEqualTo(c.ratio().max());
        assertThat(c.searchOnlyLeast()).as("each level's fastest, within the fastest run")
                .isPositive().isLessThanOrEqualTo(c.searchOnly().searchSeconds().min());
        assertThat(c.fullLeast()).isPositive().isLessThanOrEqualTo(c.full().searchSeconds().min());
        assertThat(c.toString()).startsWith("default ").contains("median of 2 pairs, 1 thread").doesNotContain("threads")
                .containsPattern("; least disturbed \\(each level's fastest of the 2 runs\\) \\d+\\.\\d\\d s and \\d+\\.\\d\\d s: \\d+\\.\\d\\dx$");
    }

    /** Per level, the fastest of the runs, summed: a burst in one run's level costs nothing if another run did that level undisturbed. */
    @Test
    void theLeastDisturbedTimeSumsEachLevelsFastest() {
        assertThat(ExplorerBench.leastDisturbedSeconds(List.of(List.of(1_000_000_000L, 3_000_000_000L, 500_000_000L),
                List.of(2_000_000_000L, 1_000_000_000L, 700_000_000L)))).isEqualTo(2.5);
        assertThat(ExplorerBench.leastDisturbedSeconds(List.of())).isZero();
        assertThatThrownBy(() -> ExplorerBench.leastDisturbedSeconds(List.of(List.of(1L, 2L), List.of(1L))))
                .hasMessage("runs of one search finished 2 and 1 levels");
    }

    /** A violation stops the search with invariants early: its time is not the cost of checking the whole search. */
    @Test
    void theInvariantCostOfASearchStoppedByAViolationIsRefused() {
        assertThatThrownBy(() -> ExplorerBench.invariantCost(ONES, Reading.DEFAULT, 1, List.of(TestInvariants.NO_MAIL_SENT), false, 1, false, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("the search with every invariant stopped at a violation after \\d+ of 295 states;"
                        + " the cost of checking is measured where every invariant holds");
    }

    @Test
    void aRunCountBelowOneIsRefused() {
        assertThatThrownBy(() -> ExplorerBench.run(ONES, List.of(Reading.DEFAULT), 0, List.of(), false, 1, false))
                .hasMessage("runs must be at least 1, was 0");
        assertThatThrownBy(() -> ExplorerBench.measure(ONES, Reading.DEFAULT, 0, List.of(), false, 1, false))
                .hasMessage("runs must be at least 1, was 0");
        assertThatThrownBy(() -> ExplorerBench.invariantCost(ONES, Reading.DEFAULT, 0, List.of(), false, 1, false))
                .hasMessage("runs must be at least 1, was 0");
    }

    @Test
    void secondsFromNanos() {
        assertThat(ExplorerBench.seconds(2_500_000_000L)).isEqualTo(2.5);
        assertThat(ExplorerBench.seconds(250_000_000L)).isEqualTo(0.25);
    }

    @Test
    void theWarmUpLastsItsMillis() {
        long start = System.nanoTime();
        ExplorerBench.warmUp(LEAST, List.of(Reading.DEFAULT), List.of(), false, 1, false, WARM_UP_MILLIS);
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(WARM_UP_MILLIS * 1_000_000L);
    }

    /** {@code run}: a warm-up, then each reading measured in the order given. */
    @Test
    void runWarmsUpThenMeasuresEachReading() {
        long start = System.nanoTime();
        List<ExplorerBench.Result> results = ExplorerBench.run(LEAST, List.of(Reading.DEFAULT, Reading.LENIENT_FLAGS), 1,
                List.of(), true, 1, false, WARM_UP_MILLIS);
        assertThat(System.nanoTime() - start).as("a warm-up and two runs").isGreaterThanOrEqualTo(WARM_UP_MILLIS * 1_000_000L);
        assertThat(results).extracting(ExplorerBench.Result::reading).containsExactly(Reading.DEFAULT, Reading.LENIENT_FLAGS);
        assertThat(results).allSatisfy(r -> assertThat(List.of(r.runs(), r.threads())).containsExactly(1, 1));
        assertThat(results.get(0).states()).isEqualTo(18);
    }

    /**
     * One pair: each ratio is the pair's, search with invariants over search alone, by the search's
     * time and by the searching thread's CPU; every merged timing is a time taken; the counts and
     * bytes are the explorer's.
     */
    @Test
    void onePairOfRunsGivesItsRatios() {
        ExplorationResult direct = new Explorer(new Model(Reading.DEFAULT), LEAST).invariants(Invariants.all())
                .liveness(true).crossCheck(CrossCheck.none()).threads(1).run();
        long start = System.nanoTime();
        ExplorerBench.InvariantCost c = ExplorerBench.invariantCost(LEAST, Reading.DEFAULT, 1, Invariants.all(), true, 1,
                false, WARM_UP_MILLIS);
        double took = (System.nanoTime() - start) / 1e9;
        assertThat(took).as("a warm-up and a pair").isGreaterThanOrEqualTo(WARM_UP_MILLIS / 1e3);
        assertThat(c.ratio().median()).isEqualTo(c.full().searchSeconds().median() / c.searchOnly().searchSeconds().median());
        assertThat(c.cpuRatio().median()).isEqualTo(c.fullCpu().median() / c.searchOnlyCpu().median());
        assertThat(List.of(c.searchOnlyCpu().median(), c.fullCpu().median())).as("CPU of the searching thread")
                .allSatisfy(t -> assertThat(t).isPositive().isLessThan(took));
        for (ExplorerBench.Result r : List.of(c.searchOnly(), c.full())) {
            assertThat(List.of(r.statesPerSecond().median(), r.transitionsPerSecond().median(), r.searchSeconds().median(),
                    r.livenessSeconds().median())).allSatisfy(t -> assertThat(t).isPositive());
            assertThat(List.of(r.searchSeconds().max(), r.livenessSeconds().max())).allSatisfy(t -> assertThat(t).isLessThan(took));
            assertThat(List.of((long) r.states(), r.transitions(), r.edges(), r.bytes()))
                    .containsExactly((long) direct.states(), direct.transitions(), direct.edges(), direct.bytes());
        }
    }

    /** Single runs merged: each timing's statistics over the runs' medians; counts, bytes and threads of the first. */
    @Test
    void runsMergeIntoOneResult() {
        ExplorerBench.Result[] runs = new ExplorerBench.Result[3];
        for (int k = 0; k < 3; k++) {
            double b = 10 * (k + 1); // 10, 20, 30: each timing of run k is b plus its own offset
            runs[k] = new ExplorerBench.Result(Reading.DEFAULT, ONES, 1, 2, 295 + k, 5000 + k, 700 + k, one(b + 1), one(b + 2),
                    one(b + 3), one(b + 4), one(b + 5), 4096 + k);
        }
        ExplorerBench.Result m = ExplorerBench.merge(runs);
        assertThat(List.of(m.statesPerSecond(), m.transitionsPerSecond(), m.searchSeconds(), m.livenessSeconds(), m.cpuSeconds()))
                .containsExactly(new ExplorerBench.Stats(21, 11, 31), new ExplorerBench.Stats(22, 12, 32),
                        new ExplorerBench.Stats(23, 13, 33), new ExplorerBench.Stats(24, 14, 34), new ExplorerBench.Stats(25, 15, 35));
        assertThat(List.of((long) m.runs(), (long) m.threads(), (long) m.states(), m.transitions(), m.edges(), m.bytes()))
                .containsExactly(3L, 2L, 295L, 5000L, 700L, 4096L);
    }

    private static ExplorerBench.Stats one(double v) {
        return ExplorerBench.Stats.of(new double[] {v});
    }

    /** The bytes are printed in MiB, under one here; the run's process CPU time is measured (4,187 states: some milliseconds). */
    @Test
    void aResultPrintsItsMebibytes() {
        ExplorerBench.Result r = ExplorerBench.measure(Bounds.DEFAULT, Reading.DEFAULT, 1, List.of(), false, 1, false);
        assertThat(r.bytes()).isPositive().isLessThan(1 << 20);
        assertThat(r.toString()).contains(" s  0 MiB  (median of 1, 1 threads)");
        assertThat(r.cpuSeconds().min()).as("the process spent CPU").isPositive();
    }

    /** The warm-up of the invariant cost runs the search with the invariants too: one round, then the pair, checks each once. */
    @Test
    void theInvariantCostWarmsUpTheSearchWithInvariantsToo() {
        java.util.concurrent.atomic.AtomicLong calls = new java.util.concurrent.atomic.AtomicLong();
        storelogoff.verify.Invariant counted = storelogoff.verify.TestInvariant.of("test-counted", "Holds; counts its checks.",
                (r, before, step, after, o) -> {
                    calls.incrementAndGet();
                    return null;
                });
        long once = new Explorer(new Model(Reading.DEFAULT), LEAST).invariants(List.of(counted)).liveness(true)
                .crossCheck(CrossCheck.none()).threads(1).run().invariantChecks();
        assertThat(calls.get()).isEqualTo(once).isPositive();
        calls.set(0);
        ExplorerBench.invariantCost(LEAST, Reading.DEFAULT, 1, List.of(counted), true, 1, false, 0);
        assertThat(calls.get()).as("checks of a warm-up round and of the pair's search with invariants").isEqualTo(2 * once);
    }
}
