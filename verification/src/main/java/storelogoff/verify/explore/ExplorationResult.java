package storelogoff.verify.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import storelogoff.model.Reading;
import storelogoff.verify.Bounds;

/**
 * What one exhaustive exploration found.
 *
 * @param states          distinct reachable states (all of them unless {@code violation} stopped the search)
 * @param transitions     (state, step) pairs run, self-loops and refused calls included
 * @param edges           distinct world-changing edges kept for liveness (0 when liveness is off)
 * @param depth           breadth-first levels: the longest shortest trace
 * @param invariants      invariants that apply to the reading
 * @param invariantChecks invariant checks performed
 * @param violation       the first safety violation in breadth-first order (an invariant,
 *                        determinism, or the state layout), or null
 * @param liveness        one result per {@link LivenessProperty}
 * @param crossCheck      what was asked of the Spring cross-check
 * @param crossChecked    transitions replayed through Spring
 * @param crossMismatch   the first Spring difference, or null
 * @param exploreNanos    time of the breadth-first search with its checks
 * @param livenessNanos   time of the liveness checks
 * @param crossCheckNanos time of the Spring cross-check
 * @param bytes           bytes of the explorer's arrays at their peak: state table, states, edges
 *                        and the liveness check's reverse edges (the JVM's own overhead comes on top)
 * @param symmetric       states and edges are of classes of worlds under client symmetry
 *                        (decision 0025), one world each, not of every world
 * @param levelNanos      the wall time of each breadth-first level the search finished, in order
 *                        (their sum is within {@code exploreNanos}): the bench's least disturbed time
 *                        is the sum of each level's fastest over several runs
 */
public record ExplorationResult(Reading reading, Bounds bounds, int states, long transitions, long edges, int depth,
                                int invariants, long invariantChecks, Counterexample violation,
                                List<LivenessResult> liveness, CrossCheck crossCheck, long crossChecked,
                                Counterexample crossMismatch, long exploreNanos, long livenessNanos,
                                long crossCheckNanos, long bytes, boolean symmetric, List<Long> levelNanos) {

    public ExplorationResult {
        liveness = List.copyOf(liveness);
        levelNanos = List.copyOf(levelNanos);
    }

    /** A result of a search without symmetry, its levels not timed. */
    public ExplorationResult(Reading reading, Bounds bounds, int states, long transitions, long edges, int depth,
                             int invariants, long invariantChecks, Counterexample violation,
                             List<LivenessResult> liveness, CrossCheck crossCheck, long crossChecked,
                             Counterexample crossMismatch, long exploreNanos, long livenessNanos,
                             long crossCheckNanos, long bytes) {
        this(reading, bounds, states, transitions, edges, depth, invariants, invariantChecks, violation, liveness,
                crossCheck, crossChecked, crossMismatch, exploreNanos, livenessNanos, crossCheckNanos, bytes, false, List.of());
    }

    public double statesPerSecond() {
        return states / seconds(exploreNanos);
    }

    public double transitionsPerSecond() {
        return transitions / seconds(exploreNanos);
    }

    public long elapsedNanos() {
        return exploreNanos + livenessNanos + crossCheckNanos;
    }

    /** Every counterexample found: the safety violation, liveness violations, the Spring mismatch. */
    public List<Counterexample> counterexamples() {
        List<Counterexample> all = new ArrayList<>();
        if (violation != null) all.add(violation);
        for (LivenessResult l : liveness) {
            if (l.counterexample() != null) all.add(l.counterexample());
        }
        if (crossMismatch != null) all.add(crossMismatch);
        return all;
    }

    /** No violation of any kind. Skipped liveness checks are reported in {@link #summary()}, not failed. */
    public boolean passed() {
        return counterexamples().isEmpty();
    }

    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s, %s: %,d states%s, %,d transitions, depth %d, %,d checks of %d invariants"
                        + " in %.2f s (%,.0f states/s, %,.0f transitions/s)",
                reading.name(), bounds, states, symmetric ? " (clients interchangeable)" : "", transitions, depth, invariantChecks, invariants,
                seconds(exploreNanos), statesPerSecond(), transitionsPerSecond()));
        b.append(violation == null ? "\n  safety: no violation" : "\n  safety: VIOLATED " + violation.property()
                + " after " + violation.steps().size() + " steps: " + violation.message());
        for (LivenessResult l : liveness) b.append("\n  liveness ").append(l);
        if (!liveness.isEmpty() && edges > 0) {
            b.append(String.format(Locale.ROOT, "\n  liveness over %,d edges in %.2f s", edges, seconds(livenessNanos)));
        }
        b.append("\n  Spring cross-check: ");
        if (!crossCheck.enabled()) {
            b.append("off");
        } else if (violation != null) {
            b.append("skipped: the search stopped at a safety violation");
        } else {
            b.append(String.format(Locale.ROOT, "%,d transitions compared (%s) in %.2f s", crossChecked,
                    crossCheck, seconds(crossCheckNanos)));
            if (crossMismatch != null) b.append(", MISMATCH: ").append(crossMismatch.message());
        }
        b.append(String.format(Locale.ROOT, "\n  memory: %,d KiB of state table, states, edges and liveness arrays", bytes / 1024));
        return b.toString();
    }

    private static double seconds(long nanos) {
        return Math.max(nanos, 1) / 1e9;
    }
}
