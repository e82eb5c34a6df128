package storelogoff.verify.explore;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.verify.Bounds;
import storelogoff.verify.Invariant;

/**
 * Measures the explorer: several full explorations per reading (search with its checks, and
 * liveness), reporting the median and the range. The Spring cross-check is left out: it measures
 * Spring, not the explorer. Untimed runs first let the JIT compile the hot loop.
 */
public final class ExplorerBench {
    private ExplorerBench() {}

    /** Median, minimum and maximum of some measurements. */
    public record Stats(double median, double min, double max) {
        static Stats of(double[] values) {
            double[] v = values.clone();
            Arrays.sort(v);
            int n = v.length;
            double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
            return new Stats(median, v[0], v[n - 1]);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,.0f (%,.0f-%,.0f)", median, min, max);
        }
    }

    /**
     * One reading's measurements; times in seconds. {@code cpuSeconds} is the whole process's CPU
     * time during a run: far below threads x wall time means other programs had the cores.
     */
    public record Result(Reading reading, Bounds bounds, int runs, int threads, int states, long transitions,
                         long edges, Stats statesPerSecond, Stats transitionsPerSecond, Stats searchSeconds,
                         Stats livenessSeconds, Stats cpuSeconds, long bytes) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-16s %,10d states %,12d transitions  states/s %s  transitions/s %s"
                            + "  search %.2f s  liveness %.2f s  cpu %.2f s  %,d MiB  (median of %d, %d threads)",
                    reading.name(), states, transitions, statesPerSecond, transitionsPerSecond,
                    searchSeconds.median(), livenessSeconds.median(), cpuSeconds.median(), bytes >> 20, runs, threads);
        }
    }

    /** With {@code symmetry}, one world per class of client-symmetric worlds (decision 0025). */
    public static List<Result> run(Bounds bounds, List<Reading> readings, int runs, List<Invariant> invariants,
                                   boolean liveness, int threads, boolean symmetry) {
        return run(bounds, readings, runs, invariants, liveness, threads, symmetry, warmUpMillis());
    }

    /** As {@link #run(Bounds, List, int, List, boolean, int, boolean)}, warming up for {@code warmUpMillis}. */
    static List<Result> run(Bounds bounds, List<Reading> readings, int runs, List<Invariant> invariants,
                            boolean liveness, int threads, boolean symmetry, long warmUpMillis) {
        if (runs < 1) throw new IllegalArgumentException("runs must be at least 1, was " + runs);
        warmUp(bounds, readings, invariants, liveness, threads, symmetry, warmUpMillis);
        List<Result> results = new ArrayList<>();
        for (Reading reading : readings) results.add(measure(bounds, reading, runs, invariants, liveness, threads, symmetry));
        return results;
    }

    /**
     * How long {@link #warmUp} runs at least, in milliseconds: 1,000 unless this system property says
     * otherwise. The build's tests set it to 0: they check what is measured, not how fast, and a
     * second of searching per warm-up was several seconds of the suite's CPU.
     */
    public static final String WARM_UP_PROPERTY = "storelogoff.bench.warmup";

    /**
     * Untimed runs, at least one and a second in all (or what {@value #WARM_UP_PROPERTY} says), so
     * that the JIT has compiled the hot loop.
     */
    public static void warmUp(Bounds bounds, List<Reading> readings, List<Invariant> invariants, boolean liveness,
                              int threads, boolean symmetry) {
        warmUp(bounds, readings, invariants, liveness, threads, symmetry, warmUpMillis());
    }

    /** What {@value #WARM_UP_PROPERTY} says, 1,000 unless set. */
    static long warmUpMillis() {
        return Long.getLong(WARM_UP_PROPERTY, 1_000L);
    }

    /** Untimed runs, at least one and {@code millis} in all. */
    static void warmUp(Bounds bounds, List<Reading> readings, List<Invariant> invariants, boolean liveness,
                       int threads, boolean symmetry, long millis) {
        warmUpRounds(bounds, readings, List.of(invariants), liveness, threads, symmetry, millis);
    }

    /** Untimed rounds, at least one and {@code millis} in all, each running every reading with each list of invariants in turn. */
    private static void warmUpRounds(Bounds bounds, List<Reading> readings, Collection<List<Invariant>> configurations,
                                     boolean liveness, int threads, boolean symmetry, long millis) {
        long warmUntil = System.nanoTime() + millis * 1_000_000L;
        do {
            for (Reading reading : readings) {
                for (List<Invariant> invariants : configurations) explore(reading, bounds, invariants, liveness, threads, symmetry);
            }
        } while (System.nanoTime() < warmUntil);
    }

    /**
     * What checking the invariants costs: the search alone and the search with every invariant,
     * measured in the same run, alternately, so that both meet the same load and the same JIT.
     * {@code runs} are the timed pairs, each pair's two runs taken back to back: {@link #ratio}
     * is the median over the pairs of (search with invariants) / (search alone); {@code cpuRatio}
     * the same of the CPU time of the thread that ran them, which other programs sharing the cores
     * do not inflate as they do the wall time (with one thread and liveness off, that thread's time
     * is the search's); {@link #searchOnlyLeast} and {@link #fullLeast} the
     * {@link #leastDisturbedSeconds} of each's runs, which a noisy machine skews least.
     */
    public record InvariantCost(Result searchOnly, Result full, PairedRuns runs, Stats cpuRatio,
                                Stats searchOnlyCpu, Stats fullCpu) {
        /** The pairs' ratios of the search times. */
        public Stats ratio() {
            return runs.ratio();
        }

        /** The least disturbed time of the search alone. */
        public double searchOnlyLeast() {
            return runs.aloneLeast();
        }

        /** The least disturbed time of the search with every invariant. */
        public double fullLeast() {
            return runs.fullLeast();
        }

        /** {@code fullLeast / searchOnlyLeast}: the cost by each configuration's least disturbed time. */
        public double leastRatio() {
            return runs.leastRatio();
        }

        @Override
        public String toString() {
            Stats ratio = ratio();
            return String.format(Locale.ROOT, "%-16s search alone %.2f s, every invariant %.2f s: %.2fx (%.2f-%.2f);"
                            + " cpu of the searching thread %.2f s and %.2f s: %.2fx (%.2f-%.2f); median of %d pairs, %d thread%s;"
                            + " least disturbed (each level's fastest of the %d runs) %.2f s and %.2f s: %.2fx",
                    full.reading().name(), searchOnly.searchSeconds().median(), full.searchSeconds().median(),
                    ratio.median(), ratio.min(), ratio.max(), searchOnlyCpu.median(), fullCpu.median(), cpuRatio.median(),
                    cpuRatio.min(), cpuRatio.max(), full.runs(), full.threads(), full.threads() == 1 ? "" : "s",
                    full.runs(), searchOnlyLeast(), fullLeast(), leastRatio());
        }
    }

    /**
     * The least disturbed time of several runs of one search, in seconds: per breadth-first level,
     * the fastest of the runs, summed. Other programs and the collector only ever add time to a
     * level, so each level's minimum is its closest to the undisturbed time, and a burst that
     * spoils one level of one run spoils nothing else; the minimum of whole runs would need a
     * run with no burst at all (decision 0026). The search is deterministic: runs of different
     * levels are not runs of one search.
     */
    static double leastDisturbedSeconds(List<List<Long>> runs) {
        int levels = runs.isEmpty() ? 0 : runs.get(0).size();
        for (List<Long> run : runs) {
            if (run.size() != levels) {
                throw new IllegalArgumentException("runs of one search finished " + levels + " and " + run.size() + " levels");
            }
        }
        long total = 0;
        for (int level = 0; level < levels; level++) {
            long fastest = Long.MAX_VALUE;
            for (List<Long> run : runs) fastest = Math.min(fastest, run.get(level));
            total += fastest;
        }
        return seconds(total);
    }

    /** {@link InvariantCost} of one reading: a warm-up of both in turn, then {@code runs} pairs of runs. */
    public static InvariantCost invariantCost(Bounds bounds, Reading reading, int runs, List<Invariant> invariants,
                                              boolean liveness, int threads, boolean symmetry) {
        return invariantCost(bounds, reading, runs, invariants, liveness, threads, symmetry, warmUpMillis());
    }

    /** As {@link #invariantCost(Bounds, Reading, int, List, boolean, int, boolean)}, warming up for {@code warmUpMillis}. */
    static InvariantCost invariantCost(Bounds bounds, Reading reading, int runs, List<Invariant> invariants,
                                       boolean liveness, int threads, boolean symmetry, long warmUpMillis) {
        if (runs < 1) throw new IllegalArgumentException("runs must be at least 1, was " + runs);
        warmUpRounds(bounds, List.of(reading), List.of(List.of(), invariants), liveness, threads, symmetry, warmUpMillis);
        Result[] alone = new Result[runs], full = new Result[runs];
        double[] cpuRatio = new double[runs], aloneCpu = new double[runs], fullCpu = new double[runs];
        List<PairedRuns.Run> aloneRuns = new ArrayList<>(), fullRuns = new ArrayList<>();
        for (int k = 0; k < runs; k++) {
            // Each run starts from a collected heap: the arrays of the run before, tens of MiB at the
            // bounds measured, are not collected in the middle of this one.
            System.gc();
            long cpu = threadCpuNanos();
            alone[k] = measure(bounds, reading, 1, List.of(), liveness, threads, symmetry, aloneRuns);
            aloneCpu[k] = seconds(threadCpuNanos() - cpu);
            System.gc();
            cpu = threadCpuNanos();
            full[k] = measure(bounds, reading, 1, invariants, liveness, threads, symmetry, fullRuns);
            fullCpu[k] = seconds(threadCpuNanos() - cpu);
            if (full[k].states() != alone[k].states()) {
                // A violation stopped it: a part of the search would be set against the whole.
                throw new IllegalArgumentException("the search with every invariant stopped at a violation after "
                        + full[k].states() + " of " + alone[k].states() + " states; the cost of checking is measured where every invariant holds");
            }
            cpuRatio[k] = fullCpu[k] / aloneCpu[k];
        }
        return new InvariantCost(merge(alone), merge(full), new PairedRuns(aloneRuns, fullRuns), Stats.of(cpuRatio),
                Stats.of(aloneCpu), Stats.of(fullCpu));
    }

    /** Single-run results of one configuration as one result over all the runs. */
    static Result merge(Result[] runs) {
        Result r = runs[0];
        return new Result(r.reading(), r.bounds(), runs.length, r.threads(), r.states(), r.transitions(), r.edges(),
                stats(runs, x -> x.statesPerSecond().median()), stats(runs, x -> x.transitionsPerSecond().median()),
                stats(runs, x -> x.searchSeconds().median()), stats(runs, x -> x.livenessSeconds().median()),
                stats(runs, x -> x.cpuSeconds().median()), r.bytes());
    }

    private static Stats stats(Result[] runs, java.util.function.ToDoubleFunction<Result> value) {
        return Stats.of(Arrays.stream(runs).mapToDouble(value).toArray());
    }

    /** {@code runs} timed runs of one reading, without a warm-up of their own. */
    public static Result measure(Bounds bounds, Reading reading, int runs, List<Invariant> invariants, boolean liveness,
                                 int threads, boolean symmetry) {
        return measure(bounds, reading, runs, invariants, liveness, threads, symmetry, new ArrayList<>());
    }

    /** As {@link #measure(Bounds, Reading, int, List, boolean, int, boolean)}, adding each run's times to {@code timed}. */
    static Result measure(Bounds bounds, Reading reading, int runs, List<Invariant> invariants, boolean liveness,
                          int threads, boolean symmetry, List<PairedRuns.Run> timed) {
        if (runs < 1) throw new IllegalArgumentException("runs must be at least 1, was " + runs);
        double[] states = new double[runs], transitions = new double[runs];
        double[] search = new double[runs], live = new double[runs], cpu = new double[runs];
        ExplorationResult last = null;
        for (int k = 0; k < runs; k++) {
            long cpuBefore = processCpuNanos();
            last = explore(reading, bounds, invariants, liveness, threads, symmetry);
            timed.add(new PairedRuns.Run(last.exploreNanos(), last.levelNanos()));
            cpu[k] = seconds(processCpuNanos() - cpuBefore);
            states[k] = last.statesPerSecond();
            transitions[k] = last.transitionsPerSecond();
            search[k] = seconds(last.exploreNanos());
            live[k] = seconds(last.livenessNanos());
        }
        return new Result(reading, bounds, runs, threads, last.states(), last.transitions(), last.edges(),
                Stats.of(states), Stats.of(transitions), Stats.of(search), Stats.of(live), Stats.of(cpu), last.bytes());
    }

    private static ExplorationResult explore(Reading reading, Bounds bounds, List<Invariant> invariants,
                                             boolean liveness, int threads, boolean symmetry) {
        return new Explorer(new Model(reading), bounds).invariants(invariants).liveness(liveness).threads(threads)
                .symmetry(symmetry).crossCheck(CrossCheck.none()).run();
    }

    /** {@code nanos} in seconds. */
    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
