package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.verify.Bounds;

/**
 * The estimate a command warns with, against the search itself: never below the states and
 * bytes it measures, and not far above, so that the warning neither misses nor cries wolf.
 */
class StateSpaceEstimateTest {

    @ParameterizedTest(name = "{0} clients, {1} refs, {2} messages, {3} arrivals, {4}")
    @CsvSource({
        "2, 2, 2, 2, default", "2, 2, 2, 2, lenient-flags", "3, 2, 2, 2, rem3-literal", "2, 3, 2, 2, abort-stops",
        "2, 2, 4, 2, default", "2, 2, 2, 4, lenient-flags+output-unchanged", "3, 2, 3, 3, default",
    })
    void theEstimateIsAboveTheCountAndNotFarAbove(int clients, int refs, int messages, int arrivals, String reading) {
        Reading r = Reading.byName(reading);
        Bounds b = new Bounds(clients, refs, messages, arrivals, true);
        ExplorationResult e = new Explorer(new Model(r), b).crossCheck(CrossCheck.none()).threads(1).run();
        double states = StateSpaceEstimate.states(b, r);
        assertThat(states).as("estimate of %,d states", e.states()).isBetween((double) e.states(), 1.6 * e.states());
        assertThat(StateSpaceEstimate.bytes(e.states(), true)).as("bytes with liveness").isGreaterThanOrEqualTo(e.bytes() - (3 << 20));
    }

    /** With client symmetry (decision 0025): never below the classes counted, at most twice above. */
    @ParameterizedTest(name = "{0} clients, {1} refs, {2} messages, {3} arrivals, {4}")
    @CsvSource({
        "2, 2, 2, 2, default", "3, 2, 2, 2, lenient-flags", "2, 3, 2, 2, abort-stops", "3, 2, 3, 3, default",
        "4, 2, 2, 2, default", "5, 2, 1, 1, default", "6, 1, 1, 1, lenient-flags",
    })
    void theEstimateWithSymmetryIsAboveTheCountAndNotFarAbove(int clients, int refs, int messages, int arrivals, String reading) {
        Reading r = Reading.byName(reading);
        Bounds b = new Bounds(clients, refs, messages, arrivals, true);
        ExplorationResult e = new Explorer(new Model(r), b).crossCheck(CrossCheck.none()).threads(1).symmetry(true).run();
        double states = StateSpaceEstimate.states(b, r, true);
        assertThat(states).as("estimate of %,d states", e.states()).isBetween((double) e.states(), 2.0 * e.states());
    }

    /** Without liveness no edges are kept: fewer bytes per state, still not below what the search holds. */
    @Test
    void withoutLivenessTheBytesAreFewerAndStillEnough() {
        ExplorationResult e = new Explorer(new Model(Reading.DEFAULT), Bounds.DEFAULT).liveness(false)
                .crossCheck(CrossCheck.none()).threads(1).run();
        // As above, with the arrays' first sizes (a few MiB) allowed for.
        assertThat(StateSpaceEstimate.bytes(e.states(), false)).as("bytes without liveness")
                .isGreaterThanOrEqualTo(e.bytes() - (3 << 20)).isLessThan(StateSpaceEstimate.bytes(e.states(), true));
        // 1.5 times 80 and 300 bytes a state.
        assertThat(StateSpaceEstimate.bytes(1000, false)).isEqualTo(120_000.0);
        assertThat(StateSpaceEstimate.bytes(1000, true)).isEqualTo(450_000.0);
    }

    /** Without symmetry the estimate is the one that counts every world. */
    @Test
    void withoutSymmetryEveryWorldIsCounted() {
        Bounds b = new Bounds(3, 2, 3, 3, true);
        for (Reading r : Reading.ALL) {
            assertThat(StateSpaceEstimate.states(b, r, false)).isEqualTo(StateSpaceEstimate.states(b, r)).isPositive();
            assertThat(StateSpaceEstimate.states(b, r, true)).isLessThan(StateSpaceEstimate.states(b, r));
        }
    }
}
