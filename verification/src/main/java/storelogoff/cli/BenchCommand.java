package storelogoff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import storelogoff.model.Reading;
import storelogoff.verify.Bounds;
import storelogoff.scenario.FlagSyntax;
import storelogoff.verify.docs.PerformanceDoc;
import storelogoff.verify.explore.CostCurve;
import storelogoff.verify.explore.ExplorerBench;
import storelogoff.verify.explore.InvariantCostFork;
import storelogoff.verify.explore.InvariantCostForks;
import storelogoff.verify.explore.PairedRuns;
import storelogoff.verify.invariants.Invariants;

/** {@code storelogoff bench}: measures the exhaustive engine, nothing else (README, "Performance"). */
@Command(name = "bench", sortOptions = false,
        description = {"Measures the exhaustive engine: states/s, transitions/s, search and liveness time, CPU time and"
                + " memory per reading, as the median (min-max) of --runs runs after a warm-up.",
            "The Spring cross-check and the random walks are left out: they measure Spring, not the engine."})
final class BenchCommand implements Callable<Integer>, Crashes.Hint {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    SearchOptions search;

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs per reading (default ${DEFAULT-VALUE}).")
    int runs = 5;

    @Option(names = "--search-only", description = "Measure the search, determinism and liveness alone, without the invariants.")
    boolean searchOnly;

    @Option(names = "--invariant-cost",
            description = "Measure the search alone and with every invariant in the same run, alternately, and print what"
                    + " the invariants cost: the median ratio of the pairs' search times, and of the searching thread's"
                    + " CPU times (use --threads 1 --no-liveness for that thread to be the search alone), and the ratio"
                    + " of their least disturbed times: each breadth-first level's fastest of the runs, summed.")
    boolean invariantCost;

    @Option(names = "--forks", paramLabel = "N",
            description = "With --invariant-cost: measure in N JVMs started one after another, each with its own warm-up"
                    + " and --runs pairs (default ${DEFAULT-VALUE}: in this JVM). Each JVM compiles the search its own way,"
                    + " so one is one sample: a line per fork, then the median (min-max) of the forks' least disturbed"
                    + " ratios and the pooled estimate, each level's fastest of every fork's runs, summed.")
    int forks = 1;

    @Option(names = "--curve",
            description = "Measure how the check grows with each bound and write " + PerformanceDoc.PATH
                    + " (a few minutes; median of --runs, default " + CURVE_RUNS + ").")
    boolean curve;

    @Option(names = "--repo", paramLabel = "DIR",
            description = "With --curve: the repository whose " + PerformanceDoc.PATH + " is written (default: the checkout this tool was built in).")
    Path repo;

    /** Runs per point of the curve unless --runs says otherwise: its largest point takes seconds. */
    static final int CURVE_RUNS = 3;

    /** Measures every point of the cost curve: {@code runs} runs each on {@code threads}, telling {@code measuring} each point. */
    interface CurveMeasurement {
        Map<Bounds, CostCurve.Point> measure(int runs, int threads, Consumer<Bounds> measuring);
    }

    /** How --curve measures its points (minutes). */
    CurveMeasurement curveMeasurement = CostCurve::measure;

    /** How --forks runs one fork's command: starts it and reads its runs. */
    Function<List<String>, PairedRuns> fork = InvariantCostFork::run;

    @Override
    public String smallerRun() {
        return SearchOptions.SMALLER_RUN;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Bounds bounds = search.bounds();
        int threads = search.threads();
        if (runs < 1) throw new ParameterException(spec.commandLine(), "Invalid value for option '--runs': expected at least 1, found " + runs);
        if (forks < 1) throw new ParameterException(spec.commandLine(), "Invalid value for option '--forks': expected at least 1, found " + forks);
        if (!invariantCost && spec.commandLine().getParseResult().hasMatchedOption("--forks")) {
            throw new ParameterException(spec.commandLine(), "--forks does nothing without --invariant-cost");
        }
        if (curve) return curve(out, err, threads);
        if (repo != null) throw new ParameterException(spec.commandLine(), "--repo does nothing without --curve");
        List<Reading> chosen = search.readings(err);
        search.warnIfTooBig(bounds, chosen, err);
        if (invariantCost) return invariantCost(out, err, bounds, chosen, threads);
        out.printf(Locale.ROOT, "storelogoff bench: direct engine, %s, %s, %s, liveness %s, symmetry %s, %s;"
                        + " median (min-max) of %d runs%n",
                VerifyCommand.readings(chosen), bounds, searchOnly ? "no invariants" : "every invariant checked",
                search.noLiveness ? "off" : "on", search.symmetry ? "on" : "off",
                threads == 1 ? "1 thread" : threads + " threads", runs);
        out.flush();
        Progress progress = new Progress(err);
        for (Reading r : chosen) {
            progress.phase("bench " + r.name());
            for (ExplorerBench.Result res : ExplorerBench.run(bounds, List.of(r), runs,
                    searchOnly ? List.of() : Invariants.all(), !search.noLiveness, threads, search.symmetry)) {
                out.println(res);
                out.flush();
            }
        }
        progress.done("bench: done");
        return Main.EXIT_OK;
    }

    /** --invariant-cost: each reading's search alone and with every invariant, pair by pair. */
    private Integer invariantCost(PrintWriter out, PrintWriter err, Bounds bounds, List<Reading> chosen, int threads) {
        if (searchOnly) throw new ParameterException(spec.commandLine(), "--search-only does nothing with --invariant-cost (it runs both)");
        out.printf(Locale.ROOT, "storelogoff bench --invariant-cost: direct engine, %s, %s, liveness %s, %s;"
                        + " %d pairs of runs, search alone then every invariant%s%n",
                VerifyCommand.readings(chosen), bounds, search.noLiveness ? "off" : "on",
                threads == 1 ? "1 thread" : threads + " threads", runs,
                forks == 1 ? "" : ", in each of " + forks + " JVMs one after another");
        out.flush();
        Progress progress = new Progress(err);
        for (Reading r : chosen) {
            if (forks > 1) {
                forked(out, progress, bounds, r, threads);
                continue;
            }
            progress.phase("bench --invariant-cost " + r.name());
            out.println(ExplorerBench.invariantCost(bounds, r, runs, Invariants.all(), !search.noLiveness, threads,
                    search.symmetry));
            out.flush();
        }
        progress.done("bench: done");
        return Main.EXIT_OK;
    }

    /** --invariant-cost --forks N for one reading: N JVMs one after another (at once they would slow each other), a line each, then the summary. */
    private void forked(PrintWriter out, Progress progress, Bounds bounds, Reading r, int threads) {
        List<String> command = InvariantCostFork.command(new InvariantCostFork.Settings(bounds, r, runs, !search.noLiveness,
                threads, search.symmetry));
        List<PairedRuns> done = new ArrayList<>();
        for (int k = 1; k <= forks; k++) {
            progress.phase(String.format(Locale.ROOT, "bench --invariant-cost %s: fork %d of %d", r.name(), k, forks));
            PairedRuns measured;
            try {
                measured = fork.apply(command);
            } catch (InvariantCostFork.Failed e) {
                throw new Crashes.Unavailable(String.format(Locale.ROOT, "fork %d of %d (reading %s) %s", k, forks, r.name(),
                        e.getMessage()), e);
            }
            done.add(measured);
            out.println(InvariantCostForks.forkLine(r, k, forks, measured));
            out.flush();
        }
        out.println(new InvariantCostForks(r, done));
        out.flush();
    }

    /** --curve: every point of the cost curve, then the page. */
    private Integer curve(PrintWriter out, PrintWriter err, int threads) {
        var given = spec.commandLine().getParseResult();
        for (String option : List.of("--reading", "--clients", "--refs", "--messages", "--arrivals", "--no-default-inbox",
                "--no-liveness", "--search-only", "--invariant-cost", "--symmetry")) {
            if (given.hasMatchedOption(option)) {
                throw new ParameterException(spec.commandLine(), option + " does nothing with --curve (its points and checks are fixed)");
            }
        }
        Path root = DocsCommand.root(spec, repo);
        int n = given.hasMatchedOption("--runs") ? runs : CURVE_RUNS;
        List<Bounds> points = CostCurve.points();
        out.printf(Locale.ROOT, "storelogoff bench --curve: %d points, reading %s, every invariant, liveness on, %s;"
                + " median of %d runs%n", points.size(), CostCurve.READING.name(), threads == 1 ? "1 thread" : threads + " threads", n);
        out.flush();
        Progress progress = new Progress(err);
        int[] k = {0};
        var measured = curveMeasurement.measure(n, threads, b -> progress.phase(String.format(Locale.ROOT,
                "bench --curve: %s (%d of %d)", CostCurve.bounds(b), ++k[0], points.size())));
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String page = PerformanceDoc.render(new PerformanceDoc.Measurement(measured,
                Runtime.getRuntime().availableProcessors(), threads, System.getProperty("java.version"), n, Math.max(0, load)));
        Path file = root.resolve(PerformanceDoc.PATH);
        try {
            Files.writeString(file, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Crashes.Unavailable("cannot write " + file + ": " + FlagSyntax.readError(e), e);
        }
        progress.done("bench --curve: done");
        out.println("wrote " + PerformanceDoc.PATH);
        out.flush();
        return Main.EXIT_OK;
    }
}
