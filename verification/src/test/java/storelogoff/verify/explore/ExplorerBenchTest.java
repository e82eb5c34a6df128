package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.verify.Bounds;
import storelogoff.verify.invariants.Invariants;

/**
 * What {@code bench} reports: the counts of the exploration it timed, the number of runs and
 * threads, and the median and range of each timing. Times vary; counts and run counts do not.
 * Each warm-up takes a second, so only the invariant cost, which has two, is run with one.
 */
class ExplorerBenchTest {
    /** 295 states under default, 494 under lenient-flags (docs/verification/state-space.md). */
    private static final Bounds ONES = new Bounds(1, 1, 1, 1, true);

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
        assertThat(c.toString()).startsWith("default ").contains("median of 2 pairs, 1 thread").doesNotContain("threads");
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
}
