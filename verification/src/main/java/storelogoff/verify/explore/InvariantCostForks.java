package storelogoff.verify.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import storelogoff.model.Reading;

/**
 * {@code bench --invariant-cost --forks N} for one reading: the paired runs of N JVMs, one after
 * another. Each JVM compiles the search loop its own way, so one launch is one sample of the JIT
 * (decision 0026): the summary gives the spread of the forks' least disturbed ratios, and the
 * pooled estimate, each level's fastest of every fork's runs, summed, per configuration. Noise
 * and a worse compilation only ever add time, so the minimum over all forks is each
 * configuration's least disturbed time, as the minimum over the runs of one JVM is.
 */
public record InvariantCostForks(Reading reading, List<PairedRuns> forks) {
    /** Refuses forks whose searches finished different levels: they did not run one search. */
    public InvariantCostForks {
        if (forks.isEmpty()) throw new IllegalArgumentException("expected at least one fork, found none");
        forks = List.copyOf(forks);
        pool(forks).leastRatio(); // leastDisturbedSeconds refuses runs of different levels
    }

    /** The forks' least disturbed ratios: their median and range. */
    public ExplorerBench.Stats leastRatios() {
        return ExplorerBench.Stats.of(forks.stream().mapToDouble(PairedRuns::leastRatio).toArray());
    }

    /** Every fork's runs as the runs of one search. */
    public PairedRuns pooled() {
        return pool(forks);
    }

    private static PairedRuns pool(List<PairedRuns> forks) {
        List<PairedRuns.Run> alone = new ArrayList<>(), full = new ArrayList<>();
        for (PairedRuns f : forks) {
            alone.addAll(f.alone());
            full.addAll(f.full());
        }
        return new PairedRuns(alone, full);
    }

    /** The line of fork {@code fork} (1-based) of {@code of}, printed as it finishes. */
    public static String forkLine(Reading reading, int fork, int of, PairedRuns runs) {
        return String.format(Locale.ROOT, "%-16s fork %d/%d: least disturbed search alone %.2f s, every invariant %.2f s:"
                        + " %.2fx (pairs' median %.2fx)",
                reading.name(), fork, of, runs.aloneLeast(), runs.fullLeast(), runs.leastRatio(), runs.ratio().median());
    }

    /** The summary line, after the forks' lines. */
    @Override
    public String toString() {
        ExplorerBench.Stats ratios = leastRatios();
        PairedRuns pooled = pooled();
        return String.format(Locale.ROOT, "%-16s over %d forks: least-disturbed ratio median %.2fx (%.2f-%.2f);"
                        + " pooled (each level's fastest of all %d runs) %.2f s and %.2f s: %.2fx",
                reading.name(), forks.size(), ratios.median(), ratios.min(), ratios.max(), pooled.alone().size(),
                pooled.aloneLeast(), pooled.fullLeast(), pooled.leastRatio());
    }
}
