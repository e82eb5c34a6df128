package storelogoff.verify.explore;

import storelogoff.model.Reading;
import storelogoff.verify.Bounds;

/**
 * About how many states an exhaustive check within some bounds visits, and the memory its
 * arrays take, so that a command can warn before a search that will not fit in the heap.
 *
 * <p>States grow with the reference counts of each client, the message ledger (submitted,
 * outbox, sending, sent) and the inbound ledger (arriving, received, returned):
 * {@code K x (refs+1)^clients x C(messages+3, 3) x C(arrivals+2, 2)}. K was fitted on the counts
 * measured at 2 to 5 clients, 2 to 4 refs, 2 to 6 messages and 2 to 5 arrivals; there the
 * estimate is at most a third too high and never too low ({@code StateSpaceEstimateTest}).
 * Lenient flags save any value, so those readings have about 1.7 times the states.
 */
public final class StateSpaceEstimate {
    private static final double K_STRICT = 8;
    private static final double K_LENIENT = 13.5;
    /**
     * Bytes per state at the peak: the state table, the states with their parents, and with
     * liveness the edges (up to 23 per state) and its working arrays; 1.5 times the measured
     * size, since a growing array briefly exists twice.
     */
    private static final double BYTES_WITH_LIVENESS = 1.5 * 300;
    private static final double BYTES_WITHOUT_LIVENESS = 1.5 * 80;

    private StateSpaceEstimate() {}

    /**
     * With client symmetry (decision 0025) the reference counts count as multisets: the estimate
     * is scaled by {@code C(refs+clients, clients) / (refs+1)^clients}, and by 1.25 for the
     * classes a permutation leaves alone, which weigh more at few clients. Measured at 2 to 6
     * clients it is at most twice too high and never too low.
     */
    private static final double SYMMETRY_SLACK = 1.25;

    /** About how many states the search within {@code b} visits under {@code r}, with or without client symmetry. */
    public static double states(Bounds b, Reading r, boolean symmetry) {
        double all = states(b, r);
        if (!symmetry) return all;
        double multisets = 1;
        for (int k = 1; k <= b.clients(); k++) multisets = multisets * (b.refs() + k) / k;
        return Math.min(all, all * SYMMETRY_SLACK * multisets / Math.pow(b.refs() + 1, b.clients()));
    }

    /** About how many states the search within {@code b} visits under {@code r}, every world counted. */
    public static double states(Bounds b, Reading r) {
        double k = r.validation() == Reading.Validation.LENIENT ? K_LENIENT : K_STRICT;
        double m = b.messages();
        double a = b.arrivals();
        return k * Math.pow(b.refs() + 1, b.clients()) * (m + 3) * (m + 2) * (m + 1) / 6 * (a + 2) * (a + 1) / 2;
    }

    /** About how many bytes the explorer's arrays take at their peak for {@code states} states. */
    public static double bytes(double states, boolean liveness) {
        return states * (liveness ? BYTES_WITH_LIVENESS : BYTES_WITHOUT_LIVENESS);
    }
}
