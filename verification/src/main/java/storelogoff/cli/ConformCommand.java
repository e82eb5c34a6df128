package storelogoff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import storelogoff.conform.Adapter;
import storelogoff.conform.AdapterFailure;
import storelogoff.conform.Conformance;
import storelogoff.conform.JUnitXml;
import storelogoff.conform.JavaAdapter;
import storelogoff.conform.ProcessAdapter;
import storelogoff.conform.Report;
import storelogoff.conform.StoreAdapter;
import storelogoff.conform.Suite;
import storelogoff.model.Reading;
import storelogoff.verify.walk.WalkConfig;

/** {@code storelogoff conform -- COMMAND [ARGS...]}: the conformance kit against a real implementation. */
@Command(name = "conform", sortOptions = false,
        description = {"Drives an implementation of the store through an adapter and compares every answer with the model:"
                + " rows, pairs of rows, readings and random walks, restricted to the steps the adapter can make and the"
                + " fields it observes. Says which readings the implementation is consistent with.",
            "The adapter is COMMAND, a process speaking JSON Lines on stdin/stdout (docs/conformance/protocol.md),"
                + " or with --java a StoreAdapter class on the classpath.",
            "Exit status: 0 conforms to the reading, 1 diverges (each diverging case saved as a trace for 'check'),"
                + " 2 bad usage, 3 the adapter failed (timeout, crash, garbage, early exit)."})
final class ConformCommand implements Callable<Integer> {
    static final int EXIT_ADAPTER = 3;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--reading", paramLabel = "R", converter = ReadingConverter.class, defaultValue = "default",
            completionCandidates = ReadingConverter.Names.class,
            description = "The reading the implementation is judged by: ${COMPLETION-CANDIDATES}; several joined with +.")
    Reading reading;

    @Option(names = "--suite", paramLabel = "S", split = ",",
            description = "Suites to run: rows, pairs, readings, walks (default all; comma-separated or repeated).")
    List<String> suiteNames = new ArrayList<>();

    @Option(names = "--walks", paramLabel = "N", defaultValue = "" + Conformance.DEFAULT_WALKS,
            description = "Random walks (default ${DEFAULT-VALUE}); they stop at the first divergence.")
    int walks;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "" + Conformance.DEFAULT_WALK_STEPS,
            description = "The longest walk (default ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the walks; default -Dstorelogoff.seed, else random.")
    Long seed;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "How long the adapter may take to answer one message (default ${DEFAULT-VALUE}).")
    double timeout;

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write the run as JUnit XML, one test case per scenario.")
    Path junitXml;

    @Option(names = "--save", paramLabel = "DIR", defaultValue = "conform-divergences",
            description = "Where diverging cases are saved as traces (default ${DEFAULT-VALUE}).")
    Path save;

    @Option(names = "--java", paramLabel = "CLASS",
            description = "Run a storelogoff.conform.StoreAdapter class in process instead of COMMAND.")
    String javaClass;

    @Parameters(paramLabel = "COMMAND", arity = "0..*",
            description = "The adapter and its arguments, after '--', e.g. -- ./sample_store")
    List<String> command = new ArrayList<>();

    @Override
    public Integer call() {
        if (command.isEmpty() == (javaClass == null)) {
            throw new ParameterException(spec.commandLine(), javaClass == null
                    ? "expected the adapter: -- COMMAND [ARGS...], or --java CLASS"
                    : "expected either --java CLASS or -- COMMAND, found both");
        }
        if (timeout <= 0 || timeout > 3600) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--timeout': expected 0 < SECONDS <= 3600, found " + timeout);
        }
        EnumSet<Suite> suites = EnumSet.noneOf(Suite.class);
        for (String name : suiteNames) {
            Suite s = Suite.byKey(name);
            if (s == null) throw new ParameterException(spec.commandLine(), "Invalid value for option '--suite': expected rows, pairs, readings or walks, found '" + name + "'");
            suites.add(s);
        }
        if (suites.isEmpty()) suites = EnumSet.allOf(Suite.class);
        Conformance kit;
        try {
            kit = new Conformance().reading(reading).suites(suites).walks(walks, steps).saveTo(save)
                    .seed(WalkConfig.seed(seed));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = javaClass != null ? javaClass : String.join(" ", command);
        try (Adapter adapter = javaClass != null ? new JavaAdapter(load(javaClass))
                : ProcessAdapter.start(command, Duration.ofNanos((long) (timeout * 1e9)))) {
            Report report = kit.run(adapter);
            report.lines().forEach(out::println);
            out.flush();
            if (junitXml != null) JUnitXml.write(junitXml, report);
            return report.conforms() ? Main.EXIT_OK : Main.EXIT_FAILED;
        } catch (AdapterFailure f) {
            err.println("storelogoff conform: adapter failure: " + f.getMessage());
            if (!f.stderrTail().isEmpty()) {
                err.println("  the adapter's stderr, last lines:");
                f.stderrTail().forEach(l -> err.println("  | " + l));
            }
            err.flush();
            if (junitXml != null) {
                try {
                    JUnitXml.writeFailure(junitXml, name, f);
                } catch (IOException e) {
                    err.println("storelogoff conform: " + e.getMessage());
                }
            }
            return EXIT_ADAPTER;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("storelogoff conform: " + e.getMessage());
            err.flush();
            return EXIT_ADAPTER;
        }
    }

    /** A StoreAdapter class on the classpath, made with its no-argument constructor. */
    private StoreAdapter load(String className) {
        try {
            Class<?> c = Class.forName(className);
            if (!StoreAdapter.class.isAssignableFrom(c)) {
                throw new ParameterException(spec.commandLine(), "--java: " + className + " is not a " + StoreAdapter.class.getName());
            }
            return (StoreAdapter) c.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new ParameterException(spec.commandLine(), "--java: cannot make a " + className + " (" + e + ")");
        }
    }
}
