package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Reading;

/**
 * The arithmetic of {@code bench --invariant-cost}'s runs, on hand-made times: a fork's pairs'
 * median and least disturbed ratio, the forks' median and range of those ratios, and the pooled
 * estimate, each level's fastest of every fork's runs (decision 0026).
 */
class InvariantCostForksTest {
    /** A run of {@code search} seconds whose two levels took {@code a} and {@code b} seconds. */
    private static PairedRuns.Run run(double search, double a, double b) {
        return new PairedRuns.Run(nanos(search), List.of(nanos(a), nanos(b)));
    }

    private static long nanos(double seconds) {
        return Math.round(seconds * 1e9);
    }

    /** Least disturbed 2 s alone (1 + 1), 4 s with every invariant (2 + 2): 2.0x; pairs 6/3 and 4/4: median 1.5x. */
    private static final PairedRuns A = new PairedRuns(List.of(run(3, 1, 2), run(4, 2, 1)), List.of(run(6, 3, 2), run(4, 2, 3)));
    /** 2 s and 5 s: 2.5x; its one pair 5/2. */
    private static final PairedRuns B = new PairedRuns(List.of(run(2, 0.5, 1.5)), List.of(run(5, 1.5, 3.5)));
    /** 2 s and 3 s: 1.5x. */
    private static final PairedRuns C = new PairedRuns(List.of(run(2, 1.5, 0.5)), List.of(run(3, 1, 2)));

    @Test
    void aForksFiguresAreItsPairsMedianAndItsLeastDisturbedRatio() {
        assertThat(A.ratio()).isEqualTo(new ExplorerBench.Stats(1.5, 1.0, 2.0));
        assertThat(List.of(A.aloneLeast(), A.fullLeast(), A.leastRatio())).containsExactly(2.0, 4.0, 2.0);
        assertThat(InvariantCostForks.forkLine(Reading.DEFAULT, 1, 3, A)).isEqualTo(
                "default          fork 1/3: least disturbed search alone 2.00 s, every invariant 4.00 s: 2.00x (pairs' median 1.50x)");
    }

    @Test
    void theSummaryIsTheForksMedianAndRangeAndThePooledLevelMinima() {
        InvariantCostForks forks = new InvariantCostForks(Reading.DEFAULT, List.of(A, B, C));
        assertThat(forks.leastRatios()).isEqualTo(new ExplorerBench.Stats(2.0, 1.5, 2.5));
        PairedRuns pooled = forks.pooled();
        assertThat(pooled.alone()).hasSize(4);
        // Alone: level 1's fastest is B's 0.5 s, level 2's C's 0.5 s; with every invariant C's 1 s and A's or C's 2 s.
        assertThat(List.of(pooled.aloneLeast(), pooled.fullLeast(), pooled.leastRatio())).containsExactly(1.0, 3.0, 3.0);
        for (PairedRuns f : List.of(A, B, C)) {
            assertThat(pooled.aloneLeast()).isLessThanOrEqualTo(f.aloneLeast());
            assertThat(pooled.fullLeast()).isLessThanOrEqualTo(f.fullLeast());
        }
        assertThat(forks.toString()).isEqualTo("default          over 3 forks: least-disturbed ratio median 2.00x (1.50-2.50);"
                + " pooled (each level's fastest of all 4 runs) 1.00 s and 3.00 s: 3.00x");
    }

    /** An even count of forks: the median is the mean of the middle two. */
    @Test
    void twoForksMedianIsTheirMean() {
        assertThat(new InvariantCostForks(Reading.DEFAULT, List.of(A, C)).leastRatios()).isEqualTo(new ExplorerBench.Stats(1.75, 1.5, 2.0));
    }

    @Test
    void forksOfDifferentLevelsAreNotOneSearch() {
        PairedRuns threeLevels = new PairedRuns(List.of(new PairedRuns.Run(3, List.of(1L, 1L, 1L))),
                List.of(new PairedRuns.Run(3, List.of(1L, 1L, 1L))));
        assertThatThrownBy(() -> new InvariantCostForks(Reading.DEFAULT, List.of(A, threeLevels)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("runs of one search finished 2 and 3 levels");
        assertThatThrownBy(() -> new InvariantCostForks(Reading.DEFAULT, List.of()))
                .hasMessage("expected at least one fork, found none");
    }

    @Test
    void eachRunWithEveryInvariantHasItsRunAlone() {
        assertThatThrownBy(() -> new PairedRuns(List.of(run(1, 1, 1)), List.of()))
                .hasMessage("expected as many runs with every invariant as alone, at least one, found 0 and 1");
        assertThatThrownBy(() -> new PairedRuns(List.of(), List.of()))
                .hasMessage("expected as many runs with every invariant as alone, at least one, found 0 and 0");
    }
}
