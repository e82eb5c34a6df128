package storelogoff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
import storelogoff.scenario.Excerpt;
import storelogoff.scenario.FlagSyntax;
import storelogoff.verify.Bounds;
import storelogoff.verify.Verification;
import storelogoff.verify.explore.CrossCheck;
import storelogoff.verify.explore.ExplorationResult;
import storelogoff.verify.mutants.Mutant;
import storelogoff.verify.walk.WalkConfig;
import storelogoff.verify.walk.WalkReport;

/**
 * {@code storelogoff verify}: the project's main job. For every reading, the exhaustive check
 * within bounds and the random walks beyond them; a summary table; exit 1 on a violation, each
 * counterexample written to a scenario file with the command that replays it.
 */
@Command(name = "verify", sortOptions = false,
        description = {"Checks every invariant exhaustively within bounds and by random walks beyond them, for every reading.",
            "Each counterexample is written to a scenario file; stdout names it with the command that replays it."})
final class VerifyCommand implements Callable<Integer>, Crashes.Hint {
    /** Where counterexamples go unless --out says otherwise. */
    static final Path DEFAULT_OUT = Path.of("target", "storelogoff", "counterexamples");

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    SearchOptions search;

    @Option(names = "--cross-check", paramLabel = "N|all|decisions|none", defaultValue = "decisions",
            description = {"Explored transitions replayed through the Spring machine: a seeded sample of N, all, or (the default)"
                + " decisions: each transition whose decision (state, event, which rows' guards hold) is new, which is every"
                + " decision Spring can be asked to make within the bounds."})
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

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where counterexamples are written, one scenario file each (default: target/storelogoff/counterexamples).")
    Path out = DEFAULT_OUT;

    @Override
    public String smallerRun() {
        return SearchOptions.SMALLER_RUN;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Bounds bounds = search.bounds();
        int threads = search.threads();
        rejectOptionsThatDoNothing();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out: " + out + " is not a directory");
        }
        List<Reading> chosen = search.readings(err).stream().filter(r -> mutant == null || mutant.appliesTo(r)).toList();
        if (chosen.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--mutant: " + mutant.id() + " applies to none of the chosen readings");
        }
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
        CrossCheck cross = crossCheck(walkSeed);
        search.warnIfTooBig(bounds, chosen, err);

        Verification.Plan plan = new Verification.Plan(bounds, cross, !search.noLiveness, walkConfig, threads,
                search.readingsAtOnce(bounds, chosen, threads), search.symmetry);
        if (mutant != null) stdout.println("storelogoff verify: WRONG MODEL " + mutant.id() + ": " + mutant.description());
        stdout.printf(Locale.ROOT, "storelogoff verify: %s; exhaustive within %s%s; %s; seed %d%n", readings(chosen), bounds,
                search.symmetry && bounds.clients() > 1 ? " (clients interchangeable)" : "", // one client has no one to swap with
                walks == 0 ? "no random walks" : String.format(Locale.ROOT, "%d random walks of up to %d steps with %d clients",
                        walks, steps, walkClients), walkSeed);
        stdout.flush();

        Progress progress = new Progress(err);
        List<Model> models = chosen.stream().map(r -> mutant == null ? new Model(r) : mutant.model(r)).toList();
        List<Verification.Verdict> verdicts = Verification.runAll(models, plan, progress::task,
                v -> progress.done(v.reading().name() + ": " + (v.passed() ? "all hold" : v.violations() + " violation(s)")));
        printSummary(stdout, verdicts);
        if (coverage) {
            for (Verification.Verdict v : verdicts) {
                if (v.walks() == null) continue;
                stdout.println();
                stdout.println("coverage of the random walks under " + v.reading().name() + ":");
                stdout.println(v.walks().coverage().format());
            }
        }
        boolean passed = verdicts.stream().allMatch(Verification.Verdict::passed);
        if (passed) {
            stdout.println("All invariants hold under " + readings(chosen) + ". Reproduce with --seed " + walkSeed + ".");
            stdout.flush();
            return Main.EXIT_OK;
        }
        stdout.println();
        int files = 0;
        for (Verification.Verdict v : verdicts) {
            for (Verification.Found found : v.counterexamples()) {
                Path file = out.resolve(v.reading().name() + "-" + found.property() + ".scn");
                String replay = replayCommand(file);
                try {
                    Files.createDirectories(out);
                    Files.writeString(file, "# replay: " + replay + "\n" + found.scenario());
                } catch (IOException e) {
                    throw new Crashes.Unavailable("cannot write the counterexample " + file + ": "
                            + FlagSyntax.readError(e), e);
                }
                stdout.println(v.reading().name() + ": " + found.property() + " violated; counterexample " + file);
                stdout.println("  replay: " + replay);
                files++;
            }
        }
        stdout.println("VIOLATED under " + readings(verdicts.stream().filter(v -> !v.passed()).map(Verification.Verdict::reading).toList())
                + ": " + files + (files == 1 ? " counterexample" : " counterexamples") + " above. Reproduce with --seed "
                + walkSeed + ".");
        stdout.flush();
        return Main.EXIT_FAILED;
    }

    /** Exit 2 for an option that the other options make pointless: it was given for a reason. */
    private void rejectOptionsThatDoNothing() {
        var given = spec.commandLine().getParseResult();
        if (walks == 0) {
            for (String option : List.of("--steps", "--walk-clients", "--coverage")) {
                if (given.hasMatchedOption(option)) {
                    throw new ParameterException(spec.commandLine(), option + " does nothing with --walks 0 (it is about the random walks)");
                }
            }
            String c = crossCheck.toLowerCase(Locale.ROOT);
            if (given.hasMatchedOption("--seed") && (c.equals("none") || c.equals("all") || c.equals("decisions")
                    || c.equals("0"))) {
                throw new ParameterException(spec.commandLine(), "--seed does nothing with --walks 0 and --cross-check " + c
                        + " (it seeds the random walks and the cross-check sample)");
            }
        }
    }

    /** The command that replays {@code file}: the launcher as it was called, the mutant if any. */
    private String replayCommand(Path file) {
        return System.getProperty("storelogoff.command", "./storelogoff") + " run "
                + (mutant == null ? "" : "--mutant " + mutant.id() + " ") + shellWord(file.toString());
    }

    /** {@code s} as one shell word: as it is when that is safe, else in single quotes. */
    static String shellWord(String s) {
        return s.matches("[A-Za-z0-9_./+=:,@%-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    /** What was run, in words: "reading default", "readings default, abort-stops", "every reading (6)". */
    static String readings(List<Reading> chosen) {
        if (chosen.size() == 1) return "reading " + chosen.get(0).name();
        if (chosen.equals(Reading.ALL)) return "every reading (" + chosen.size() + ")";
        return "readings " + String.join(", ", chosen.stream().map(Reading::name).toList());
    }

    private CrossCheck crossCheck(long sampleSeed) {
        switch (crossCheck.toLowerCase(Locale.ROOT)) {
            case "all":
                return CrossCheck.all();
            case "none":
                return CrossCheck.none();
            case "decisions":
                return CrossCheck.decisions();
            default:
                try {
                    int n = Integer.parseInt(crossCheck);
                    if (n < 0) throw new NumberFormatException();
                    return n == 0 ? CrossCheck.none() : CrossCheck.sample(n, sampleSeed);
                } catch (NumberFormatException e) {
                    throw new ParameterException(spec.commandLine(),
                            "Invalid value for option '--cross-check': expected a count, all, decisions or none, found "
                                    + Excerpt.quoted(crossCheck));
                }
        }
    }

    private static void printSummary(PrintWriter out, List<Verification.Verdict> verdicts) {
        out.println();
        out.printf(Locale.ROOT, "%-18s %10s %12s %10s %10s %9s %16s %10s %11s %9s %13s%n", "reading", "states", "transitions",
                "invariants", "violations", "time", "transitions/s", "walk steps", "steps/s", "coverage", "Spring checks");
        boolean walked = false;
        for (Verification.Verdict v : verdicts) {
            ExplorationResult e = v.exhaustive();
            WalkReport w = v.walks();
            walked |= w != null;
            double seconds = (e.elapsedNanos() + (w == null ? 0 : w.nanos())) / 1e9;
            out.printf(Locale.ROOT, "%-18s %,10d %,12d %10d %10d %8.2fs %,16.0f %,10d %,11.0f %9s %13s%n",
                    v.reading().name(), e.states(), e.transitions(), e.invariants() + e.liveness().size(),
                    v.violations(), seconds, e.transitionsPerSecond(), w == null ? 0 : w.steps(),
                    w == null ? 0.0 : w.stepsPerSecond(), coverage(w), springChecks(e, w));
        }
        if (walked) {
            out.println("coverage: of the reading's table rows, those the random walks fired (r); of the store's states,"
                    + " those they reached (s); - where no walks ran");
        }
        out.println("Spring checks: explored transitions + walk steps replayed through the Spring machine and compared"
                + " with the direct engine (by default each decision once: state, event, which rows' guards hold; and the"
                + " first walks whole)");
    }

    /** Explored transitions and walk steps compared with Spring, as {@code exhaustive+walks}. */
    private static String springChecks(ExplorationResult e, WalkReport w) {
        return String.format(Locale.ROOT, "%,d+%,d", e.crossChecked(), w == null ? 0 : w.compared());
    }

    /** Rows fired and states reached by the walks, out of those declared. */
    private static String coverage(WalkReport w) {
        if (w == null) return "-";
        int rows = w.coverage().transitions().size();
        int states = w.coverage().states().size();
        return (rows - w.coverage().neverFired().size()) + "/" + rows + "r "
                + (states - w.coverage().neverReached().size()) + "/" + states + "s";
    }
}
