package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.verify.Bounds;

/**
 * {@link ExplorationResult#summary()}, what {@code verify} prints per reading, from a result whose
 * every count and time is distinct, so that no two can be swapped unnoticed (issue 11, §4).
 */
class ExplorationSummaryTest {
    private static final Bounds BOUNDS = new Bounds(3, 2, 1, 4, false);
    private static final Counterexample SAFETY = new Counterexample(Reading.ABORT_STOPS, BOUNDS,
            List.of(Step.call(Event.RELEASE, 1), Step.of(Event.SEND_START)), "type", List.of("IMPL-2"), "refs-not-negative: -1");
    private static final Counterexample STUCK = new Counterexample(Reading.ABORT_STOPS, BOUNDS,
            List.of(Step.call(Event.RELEASE, 1)), "no-stuck-state", List.of("SIG-1"), "stuck in DRAINING");

    private static ExplorationResult result(Counterexample violation, List<LivenessResult> liveness, CrossCheck cross,
                                            Counterexample mismatch) {
        return new ExplorationResult(Reading.ABORT_STOPS, BOUNDS, 12_345, 67_890L, 2_468L, 17, 21, 13_579L, violation,
                liveness, cross, 1_111L, mismatch, 2_500_000_000L, 750_000_000L, 125_000_000L, 3L * 1024 * 1024);
    }

    @Test
    void aPassingResultShowsEveryCountInItsPlace() {
        ExplorationResult r = result(null, List.of(LivenessResult.holds(LivenessProperty.NO_STUCK_STATE, 99),
                LivenessResult.skipped(LivenessProperty.DRAIN_ENDS, "turned off")), CrossCheck.sample(500, 42L), null);
        assertThat(r.summary().lines().toList()).containsExactly(
                "abort-stops, " + BOUNDS + ": 12,345 states, 67,890 transitions, depth 17, 13,579 checks of 21 invariants"
                        + " in 2.50 s (4,938 states/s, 27,156 transitions/s)",
                "  safety: no violation",
                "  liveness no-stuck-state: HOLDS",
                "  liveness drain-ends: SKIPPED (turned off)",
                "  liveness over 2,468 edges in 0.75 s",
                "  Spring cross-check: 1,111 transitions compared (sample of 500, seed 42) in 0.13 s",
                "  memory: 3,072 KiB of state table, states, edges and liveness arrays");
        assertThat(r.passed()).isTrue();
        assertThat(r.counterexamples()).isEmpty();
        assertThat(r.elapsedNanos()).isEqualTo(3_375_000_000L);
        assertThat(r.statesPerSecond()).isEqualTo(12_345 / 2.5);
        assertThat(r.transitionsPerSecond()).isEqualTo(67_890 / 2.5);
    }

    @Test
    void violationsAreListedSafetyFirstThenLivenessThenSpring() {
        Counterexample spring = new Counterexample(Reading.ABORT_STOPS, BOUNDS, List.of(Step.of(Event.SPOOLER_RELEASE)),
                "spring-agrees", List.of(), "Spring says IDLE");
        ExplorationResult r = result(SAFETY, List.of(LivenessResult.violated(LivenessProperty.NO_STUCK_STATE, STUCK, 5)),
                CrossCheck.all(), spring);
        assertThat(r.counterexamples()).containsExactly(SAFETY, STUCK, spring);
        assertThat(r.passed()).isFalse();
        assertThat(r.summary()).contains("\n  safety: VIOLATED type after 2 steps: refs-not-negative: -1\n")
                .contains("\n  liveness no-stuck-state: VIOLATED (stuck in DRAINING)\n")
                .contains("\n  Spring cross-check: skipped: the search stopped at a safety violation\n");

        ExplorationResult mismatch = result(null, List.of(), CrossCheck.all(), spring);
        assertThat(mismatch.counterexamples()).containsExactly(spring);
        assertThat(mismatch.summary()).contains("\n  Spring cross-check: 1,111 transitions compared (all) in 0.13 s,"
                + " MISMATCH: Spring says IDLE\n").doesNotContain("liveness over");
    }

    @Test
    void withoutEdgesOrCrossCheckThoseLinesSaySo() {
        ExplorationResult r = new ExplorationResult(Reading.DEFAULT, BOUNDS, 3, 4L, 0L, 1, 2, 4L, null,
                List.of(LivenessResult.holds(LivenessProperty.RELEASE_REACHABLE, 1)), CrossCheck.none(), 0L, null, 0L, 0L, 0L, 0L);
        assertThat(r.summary()).doesNotContain("liveness over").contains("\n  Spring cross-check: off\n");
        assertThat(r.statesPerSecond()).as("no time measured counts as a nanosecond").isCloseTo(3e9, within(1e3));
    }
}
