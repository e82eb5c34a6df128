package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.verify.Bounds;

/**
 * What a run reports beside its verdict: the capacity of the state table, whether clients were
 * taken as interchangeable, the time of each phase, and the bytes of its arrays.
 */
class ExplorerRunTest {
    private static final Bounds ONES = new Bounds(1, 1, 1, 1, true);

    /** One word per state: an int index into a table at most half full; two words halve that. */
    @Test
    void capacityIsHalvedByTheWideLayout() {
        assertThat(Explorer.capacity(Bounds.DEFAULT)).isEqualTo(1L << 28);
        assertThat(Explorer.capacity(new Bounds(8, 15, 15, 15, true))).isEqualTo(1L << 27);
    }

    /** Symmetry needs two clients to swap: with one the result is of every world. */
    @Test
    void symmetryWithOneClientIsNoSymmetry() {
        Model model = new Model(Reading.DEFAULT);
        ExplorationResult one = new Explorer(model, ONES).symmetry(true).crossCheck(CrossCheck.none()).threads(1).run();
        assertThat(one.symmetric()).isFalse();
        assertThat(one.summary()).doesNotContain("clients interchangeable");
        assertThat(one.states()).isEqualTo(295);
        ExplorationResult two = new Explorer(model, new Bounds(2, 1, 1, 1, true)).symmetry(true)
                .crossCheck(CrossCheck.none()).threads(1).run();
        assertThat(two.symmetric()).isTrue();
        assertThat(two.summary()).contains(" states (clients interchangeable)");
    }

    /** The search, liveness and cross-check each took some of the run's time, and together no more than it. */
    @Test
    void eachPhaseIsTimedWithinTheRun() {
        long start = System.nanoTime();
        ExplorationResult r = new Explorer(new Model(Reading.DEFAULT), ONES).threads(1).run();
        long took = System.nanoTime() - start;
        assertThat(List.of(r.exploreNanos(), r.livenessNanos(), r.crossCheckNanos())).allSatisfy(
                t -> assertThat(t).isBetween(1L, took));
        assertThat(r.elapsedNanos()).isLessThanOrEqualTo(took);
        assertThat(r.crossChecked()).isPositive();
    }

    /** Every level of the search is timed, in order, and the levels' times are within the search's. */
    @Test
    void eachLevelIsTimedWithinTheSearch() {
        ExplorationResult r = new Explorer(new Model(Reading.DEFAULT), ONES).crossCheck(CrossCheck.none()).threads(1).run();
        assertThat(r.levelNanos()).as("levels 0..depth").hasSize(r.depth() + 1).allSatisfy(t -> assertThat(t).isPositive());
        assertThat(r.levelNanos().stream().mapToLong(Long::longValue).sum()).isLessThanOrEqualTo(r.exploreNanos());
    }

    /** A search stopped by a violation times the levels it finished, not the one it stopped in. */
    @Test
    void aStoppedSearchTimesTheLevelsItFinished() {
        ExplorationResult r = new Explorer(new Model(Reading.DEFAULT), ONES).invariants(List.of(TestInvariants.NO_MAIL_SENT))
                .crossCheck(CrossCheck.none()).threads(1).run();
        assertThat(r.violation()).isNotNull();
        assertThat(r.depth()).as("a message is submitted, then sending, then sent").isGreaterThan(1);
        assertThat(r.levelNanos()).hasSize(r.depth());
    }

    /**
     * The bytes are the graph's, the state table's (half full at most: two 8-byte slots per state
     * or more) and the liveness check's: the same states with liveness on take the table's bytes
     * and more beside the graph.
     */
    @Test
    void bytesAreTheGraphTheTableAndLiveness() {
        Model model = new Model(Reading.DEFAULT);
        for (boolean wide : new boolean[] {false, true}) {
            Explorer.Explored off = new Explorer(model, ONES).liveness(false).crossCheck(CrossCheck.none()).threads(1)
                    .wideLayout(wide).explore();
            Explorer.Explored on = new Explorer(model, ONES).liveness(true).crossCheck(CrossCheck.none()).threads(1)
                    .wideLayout(wide).explore();
            long table = off.result().bytes() - off.graph().bytes();
            assertThat(table).as("the table's bytes, wide %s", wide).isGreaterThanOrEqualTo(16L * off.result().states());
            assertThat(on.result().bytes() - on.graph().bytes()).as("the table's and liveness's bytes, wide %s", wide)
                    .isGreaterThan(table);
        }
    }
}
