package storelogoff.verify.explore;

import java.util.List;

/**
 * The timed runs of {@code bench --invariant-cost}: run k of the search alone, then run k of the
 * search with every invariant, back to back. From them come both of its figures: the median of
 * the pairs' ratios, and the ratio of each configuration's least disturbed time (decision 0026).
 * Runs of several JVMs pool into one of these ({@link InvariantCostForks}).
 */
public record PairedRuns(List<Run> alone, List<Run> full) {
    /** One timed run of a search: its time and each breadth-first level's, in nanoseconds. */
    public record Run(long searchNanos, List<Long> levelNanos) {
        public Run {
            levelNanos = List.copyOf(levelNanos);
        }
    }

    public PairedRuns {
        if (alone.isEmpty() || alone.size() != full.size()) {
            throw new IllegalArgumentException("expected as many runs with every invariant as alone, at least one, found "
                    + full.size() + " and " + alone.size());
        }
        alone = List.copyOf(alone);
        full = List.copyOf(full);
    }

    /** Per pair, the search with every invariant over the search alone. */
    public ExplorerBench.Stats ratio() {
        double[] ratios = new double[alone.size()];
        for (int k = 0; k < ratios.length; k++) {
            ratios[k] = ExplorerBench.seconds(full.get(k).searchNanos()) / ExplorerBench.seconds(alone.get(k).searchNanos());
        }
        return ExplorerBench.Stats.of(ratios);
    }

    /** The {@link ExplorerBench#leastDisturbedSeconds} of the search alone. */
    public double aloneLeast() {
        return least(alone);
    }

    /** The {@link ExplorerBench#leastDisturbedSeconds} of the search with every invariant. */
    public double fullLeast() {
        return least(full);
    }

    /** {@code fullLeast / aloneLeast}: the cost by each configuration's least disturbed time. */
    public double leastRatio() {
        return fullLeast() / aloneLeast();
    }

    private static double least(List<Run> runs) {
        return ExplorerBench.leastDisturbedSeconds(runs.stream().map(Run::levelNanos).toList());
    }
}
