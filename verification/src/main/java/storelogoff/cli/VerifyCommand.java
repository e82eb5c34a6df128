package storelogoff.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.verify.Bounds;
import storelogoff.verify.Verification;
import storelogoff.verify.explore.CrossCheck;
import storelogoff.verify.explore.ExplorationResult;
import storelogoff.verify.explore.ExplorerBench;
import storelogoff.verify.invariants.Invariants;
import storelogoff.verify.mutants.Mutant;
import storelogoff.verify.walk.WalkConfig;
import storelogoff.verify.walk.WalkReport;

/**
 * {@code storelogoff verify}: the project's main job. For every reading, the exhaustive check
 * within bounds and the random walks beyond them; a summary table; exit 1 on a violation
 * with its counterexample printed as a replayable scenario.
 */
@Command(name = "verify", sortOptions = false,
        description = {"Checks every invariant exhaustively within bounds and by random walks beyond them, for every reading.",
            "Exit status: 0 all hold, 1 a violation (its counterexample is printed), 2 bad usage."})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--reading", paramLabel = "R", converter = ReadingConverter.class,
            description = "A reading to verify (repeatable); default: every named reading.")
    List<Reading> readings = new ArrayList<>();

    @Option(names = "--clients", paramLabel = "N", description = "Exhaustive bound: clients (default ${DEFAULT-VALUE}).")
    int clients = Bounds.DEFAULT.clients();

    @Option(names = "--refs", paramLabel = "N", description = "Exhaustive bound: references per client (default ${DEFAULT-VALUE}).")
    int refs = Bounds.DEFAULT.refs();

    @Option(names = "--messages", paramLabel = "N", description = "Exhaustive bound: messages submitted in all (default ${DEFAULT-VALUE}).")
    int messages = Bounds.DEFAULT.messages();

    @Option(names = "--arrivals", paramLabel = "N", description = "Exhaustive bound: inbound arrivals in all (default ${DEFAULT-VALUE}).")
    int arrivals = Bounds.DEFAULT.arrivals();

    @Option(names = "--no-default-inbox", description = "The store does not hold the default Inbox (NOWAIT-3).")
    boolean noDefaultInbox;

    @Option(names = "--no-liveness", description = "Skip the liveness checks (for bounds whose state graph does not fit in memory).")
    boolean noLiveness;

    @Option(names = "--cross-check", paramLabel = "N|all|none", defaultValue = "2000",
            description = "Explored transitions replayed through the Spring machine (default ${DEFAULT-VALUE}).")
    String crossCheck;

    @Option(names = "--walks", paramLabel = "N", description = "Random walks per reading (default ${DEFAULT-VALUE}; 0 skips them).")
    int walks = WalkConfig.DEFAULT_WALKS;

    @Option(names = "--steps", paramLabel = "N", description = "Longest random walk (default ${DEFAULT-VALUE}).")
    int steps = WalkConfig.DEFAULT_MAX_STEPS;

    @Option(names = "--walk-clients", paramLabel = "N", description = "Clients in the random walks (default ${DEFAULT-VALUE}).")
    int walkClients = WalkConfig.DEFAULT_CLIENTS;

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed of the random walks and the cross-check sample; default -Dstorelogoff.seed, else random.")
    Long seed;

    @Option(names = "--coverage",
            description = "Also print how often the random walks reached each state, fired each row, and met each flag x activity at the StoreLogoffTransports call.")
    boolean coverage;

    @Option(names = "--mutant", paramLabel = "ID", converter = MutantConverter.class,
            description = "Verify a wrong variant of the model instead (an id from docs/verification/kill-matrix.md); it must fail.")
    Mutant mutant;

    @Option(names = "--bench", description = "Benchmark the exhaustive engine instead: median, min and max of --runs runs.")
    boolean bench;

    @Option(names = "--search-only", description = "With --bench: measure the search, determinism and liveness alone, without the invariants.")
    boolean searchOnly;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of the exhaustive search (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--runs", paramLabel = "N", description = "Runs per reading with --bench (default ${DEFAULT-VALUE}).")
    int runs = 5;

    @Override
    public Integer call() {
        Bounds bounds = bounds();
        if (threads < 1) throw new ParameterException(spec.commandLine(), "Invalid value for option '--threads': expected at least 1");
        List<Reading> chosen = (readings.isEmpty() ? Reading.ALL : readings).stream()
                .filter(r -> mutant == null || mutant.appliesTo(r)).toList();
        if (chosen.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--mutant: " + mutant.id() + " applies to none of the chosen readings");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (bench) return bench(bounds, chosen, out, err);

        long walkSeed;
        try {
            walkSeed = WalkConfig.seed(seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        WalkConfig walkConfig;
        try {
            walkConfig = new WalkConfig(walks, steps, walkClients, walkSeed, true);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "random walks: " + e.getMessage());
        }
        Verification.Plan plan = new Verification.Plan(bounds, crossCheck(walkSeed), !noLiveness, walkConfig, threads);
        if (mutant != null) out.println("storelogoff verify: WRONG MODEL " + mutant.id() + ": " + mutant.description());
        out.printf(Locale.ROOT, "storelogoff verify: %d readings; exhaustive within %s; %d random walks of up to %d steps"
                + " with %d clients; seed %d%n", chosen.size(), bounds, walks, steps, walkClients, walkSeed);
        out.flush();

        Progress progress = new Progress(err);
        List<Verification.Verdict> verdicts = new ArrayList<>();
        for (Reading r : chosen) {
            Verification.Verdict v = Verification.run(mutant == null ? new Model(r) : mutant.model(r), plan, progress);
            verdicts.add(v);
            progress.done(r.name() + ": " + (v.passed() ? "all hold" : v.violations() + " violation(s)"));
        }
        printSummary(out, verdicts);
        if (coverage) {
            for (Verification.Verdict v : verdicts) {
                if (v.walks() == null) continue;
                out.println();
                out.println("coverage of the random walks under " + v.reading().name() + ":");
                out.println(v.walks().coverage().format());
            }
        }
        boolean passed = verdicts.stream().allMatch(Verification.Verdict::passed);
        for (Verification.Verdict v : verdicts) {
            for (String scenario : v.counterexamples()) {
                out.println();
                out.print(scenario.endsWith("\n") ? scenario : scenario + "\n");
            }
        }
        out.println(passed
                ? "All invariants hold under every reading. Reproduce with --seed " + walkSeed + "."
                : "VIOLATED: counterexamples above replay with ./storelogoff run " + (mutant == null ? "" : "--mutant " + mutant.id() + " ")
                        + "FILE. Reproduce with --seed " + walkSeed + ".");
        out.flush();
        return passed ? Main.EXIT_OK : Main.EXIT_FAILED;
    }

    private Bounds bounds() {
        try {
            return new Bounds(clients, refs, messages, arrivals, !noDefaultInbox);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "bounds: " + e.getMessage());
        }
    }

    private CrossCheck crossCheck(long sampleSeed) {
        switch (crossCheck.toLowerCase(Locale.ROOT)) {
            case "all":
                return CrossCheck.all();
            case "none":
                return CrossCheck.none();
            default:
                try {
                    int n = Integer.parseInt(crossCheck);
                    if (n < 0) throw new NumberFormatException();
                    return n == 0 ? CrossCheck.none() : CrossCheck.sample(n, sampleSeed);
                } catch (NumberFormatException e) {
                    throw new ParameterException(spec.commandLine(),
                            "Invalid value for option '--cross-check': expected a count, all or none, found '" + crossCheck + "'");
                }
        }
    }

    private static void printSummary(PrintWriter out, List<Verification.Verdict> verdicts) {
        out.println();
        out.printf(Locale.ROOT, "%-18s %10s %12s %10s %10s %9s %16s %10s %11s %9s%n", "reading", "states", "transitions",
                "invariants", "violations", "time", "transitions/s", "walk steps", "steps/s", "coverage");
        for (Verification.Verdict v : verdicts) {
            ExplorationResult e = v.exhaustive();
            WalkReport w = v.walks();
            double seconds = (e.elapsedNanos() + (w == null ? 0 : w.nanos())) / 1e9;
            out.printf(Locale.ROOT, "%-18s %,10d %,12d %10d %10d %8.2fs %,16.0f %,10d %,11.0f %9s%n",
                    v.reading().name(), e.states(), e.transitions(), e.invariants() + e.liveness().size(),
                    v.violations(), seconds, e.transitionsPerSecond(), w == null ? 0 : w.steps(),
                    w == null ? 0.0 : w.stepsPerSecond(), coverage(w));
        }
    }

    /** Rows fired and states reached by the walks, out of those declared. */
    private static String coverage(WalkReport w) {
        if (w == null) return "-";
        int rows = w.coverage().transitions().size();
        int states = w.coverage().states().size();
        return (rows - w.coverage().neverFired().size()) + "/" + rows + "r "
                + (states - w.coverage().neverReached().size()) + "/" + states + "s";
    }

    private Integer bench(Bounds bounds, List<Reading> chosen, PrintWriter out, PrintWriter err) {
        if (runs < 1) throw new ParameterException(spec.commandLine(), "Invalid value for option '--runs': expected at least 1");
        if (threads < 1) throw new ParameterException(spec.commandLine(), "Invalid value for option '--threads': expected at least 1");
        out.printf(Locale.ROOT, "storelogoff verify --bench: direct engine, %s, %s, liveness %s;"
                + " median (min-max) of %d runs%n", bounds, searchOnly ? "no invariants" : "every invariant checked",
                noLiveness ? "off" : "on", runs);
        out.flush();
        for (Reading r : chosen) {
            err.print("bench " + r.name() + "...\r");
            err.flush();
            for (ExplorerBench.Result res : ExplorerBench.run(bounds, List.of(r), runs,
                    searchOnly ? List.of() : Invariants.all(), !noLiveness, threads)) {
                out.println(res);
                out.flush();
            }
        }
        return Main.EXIT_OK;
    }
}
