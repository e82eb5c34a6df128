package storelogoff.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import storelogoff.model.Reading;
import storelogoff.verify.Bounds;
import storelogoff.verify.explore.ExplorerBench;
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

    @Override
    public String smallerRun() {
        return "lower the bounds (--clients, --refs, --messages, --arrivals), add --no-liveness";
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Bounds bounds = search.bounds();
        int threads = search.threads();
        if (runs < 1) throw new ParameterException(spec.commandLine(), "Invalid value for option '--runs': expected at least 1, found " + runs);
        List<Reading> chosen = search.readings(err);
        search.warnIfTooBig(bounds, chosen, err);
        out.printf(Locale.ROOT, "storelogoff bench: direct engine, %s, %s, %s, liveness %s, %s; median (min-max) of %d runs%n",
                VerifyCommand.readings(chosen), bounds, searchOnly ? "no invariants" : "every invariant checked",
                search.noLiveness ? "off" : "on", threads == 1 ? "1 thread" : threads + " threads", runs);
        out.flush();
        Progress progress = new Progress(err);
        for (Reading r : chosen) {
            progress.phase("bench " + r.name());
            for (ExplorerBench.Result res : ExplorerBench.run(bounds, List.of(r), runs,
                    searchOnly ? List.of() : Invariants.all(), !search.noLiveness, threads)) {
                out.println(res);
                out.flush();
            }
        }
        progress.done("bench: done");
        return Main.EXIT_OK;
    }
}
