package storelogoff.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import storelogoff.model.Reading;
import storelogoff.verify.Bounds;
import storelogoff.verify.explore.Explorer;
import storelogoff.verify.explore.StateSpaceEstimate;

/**
 * The options of the commands that run the exhaustive search (verify, bench): the readings,
 * the bounds, liveness, symmetry and threads. Everything is checked before any work: a bound out
 * of range is exit 2 with the range; a search that will not fit in the heap gets a one-line
 * warning with the estimate, and one that no heap could hold (more states than the explorer's
 * tables index) is exit 3 with the estimate.
 */
final class SearchOptions {
    /** What to lower when an exhaustive search runs out of memory (exit 3). */
    static final String SMALLER_RUN = "lower the bounds (--clients, --refs, --messages, --arrivals), add --no-liveness";

    /** Heap the JVM, Spring and the walks take besides the search's arrays. */
    static final long BASE_BYTES = 64L << 20;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--reading", paramLabel = "R", converter = ReadingConverter.class,
            description = "A reading (repeatable; names join with +); default: every named reading.")
    List<Reading> readings = new ArrayList<>();

    @Option(names = "--clients", paramLabel = "N",
            description = "Exhaustive bound: clients, 1.." + Bounds.MAX_CLIENTS + " (default ${DEFAULT-VALUE}).")
    int clients = Bounds.DEFAULT.clients();

    @Option(names = "--refs", paramLabel = "N",
            description = "Exhaustive bound: references per client, 1.." + Bounds.MAX_REFS + " (default ${DEFAULT-VALUE}).")
    int refs = Bounds.DEFAULT.refs();

    @Option(names = "--messages", paramLabel = "N",
            description = "Exhaustive bound: messages submitted in all, 0.." + Bounds.MAX_MESSAGES + " (default ${DEFAULT-VALUE}).")
    int messages = Bounds.DEFAULT.messages();

    @Option(names = "--arrivals", paramLabel = "N",
            description = "Exhaustive bound: inbound arrivals in all, 0.." + Bounds.MAX_ARRIVALS + " (default ${DEFAULT-VALUE}).")
    int arrivals = Bounds.DEFAULT.arrivals();

    @Option(names = "--no-default-inbox", description = "The store does not hold the default Inbox (NOWAIT-3).")
    boolean noDefaultInbox;

    @Option(names = "--no-liveness", description = "Skip the liveness checks (for bounds whose state graph does not fit in memory).")
    boolean noLiveness;

    @Option(names = "--symmetry", negatable = true, defaultValue = "true", fallbackValue = "true", arity = "0..1",
            paramLabel = "BOOL",
            description = "Clients are interchangeable: keep one world of each set of worlds that differ only by which client"
                    + " holds which references (decision 0025). Same verdicts and counterexamples, fewer states. On unless"
                    + " --no-symmetry (or --symmetry=false): then every world is counted, as SPIN counts them.")
    boolean symmetry = true;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads of the exhaustive search, 1..the cores available (default: all, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** The readings asked for, each once, every named one when none; a repeated one is reported on stderr. */
    List<Reading> readings(PrintWriter err) {
        if (readings.isEmpty()) return Reading.ALL;
        // The same reading may be named two ways (a+b, b+a): compare what it settles, not its name.
        Map<List<Enum<?>>, Reading> once = new LinkedHashMap<>();
        for (Reading r : readings) {
            Reading first = once.putIfAbsent(List.of(r.validation(), r.abort(), r.output(), r.shared()), r);
            if (first != null) {
                err.println(spec.qualifiedName() + ": --reading " + r.name() + " is given more than once"
                        + (first.name().equals(r.name()) ? "" : " (as " + first.name() + ")") + "; it runs once");
            }
        }
        return List.copyOf(once.values());
    }

    /** The threads asked for, 1..the available cores: more only compete for the same cores. */
    int threads() {
        int cores = Runtime.getRuntime().availableProcessors();
        if (threads < 1 || threads > cores) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--threads': expected 1.." + cores
                    + " (the cores available), found " + threads);
        }
        return threads;
    }

    /**
     * The bounds, checked: each in its range. Every combination packs (in two words when one is
     * too small, {@code StateCodec}); what may not fit is memory ({@link #refuseIfNoHeapHolds}).
     */
    Bounds bounds() {
        range("--clients", clients, 1, Bounds.MAX_CLIENTS);
        range("--refs", refs, 1, Bounds.MAX_REFS);
        range("--messages", messages, 0, Bounds.MAX_MESSAGES);
        range("--arrivals", arrivals, 0, Bounds.MAX_ARRIVALS);
        return new Bounds(clients, refs, messages, arrivals, !noDefaultInbox);
    }

    /**
     * Exit 3 with the estimate when the search within {@code b} surely has more states than the
     * explorer's tables can index, whatever the heap: the estimate is at most a third too high
     * (twice with symmetry), so its lower end is compared with the capacity.
     */
    void refuseIfNoHeapHolds(Bounds b, List<Reading> chosen) {
        double states = estimate(b, chosen);
        double surely = states / (symmetry ? 2 : 4.0 / 3);
        long capacity = Explorer.capacity(b);
        if (surely <= capacity) return;
        throw new Crashes.Unavailable(String.format(Locale.ROOT, "%s mean about %s states per reading%s, about %s of"
                        + " memory%s; the explorer's tables hold at most %s states, whatever the heap: lower the bounds",
                b, count(states), symmetry ? " with symmetry" : "", size(StateSpaceEstimate.bytes(states, !noLiveness)),
                noLiveness ? "" : " with liveness", count(capacity)), null);
    }

    private double estimate(Bounds b, List<Reading> chosen) {
        return chosen.stream().mapToDouble(r -> StateSpaceEstimate.states(b, r, symmetry)).max().orElse(0);
    }

    private void range(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': expected "
                    + min + ".." + max + ", found " + value);
        }
    }

    /**
     * How many readings to verify side by side: one per thread, as long as that many searches
     * within {@code b} fit in the heap together; else one at a time, each search on every thread.
     */
    int readingsAtOnce(Bounds b, List<Reading> chosen, int threads) {
        return readingsAtOnce(b, chosen, threads, Runtime.getRuntime().maxMemory());
    }

    /** {@link #readingsAtOnce(Bounds, List, int)} in a heap of {@code heap} bytes. */
    int readingsAtOnce(Bounds b, List<Reading> chosen, int threads, long heap) {
        int atOnce = Math.max(1, Math.min(threads, chosen.size()));
        double states = estimate(b, chosen);
        double bytes = atOnce * StateSpaceEstimate.bytes(states, !noLiveness) + BASE_BYTES;
        return bytes <= heap ? atOnce : 1;
    }

    /** One line on stderr when the search within {@code b} will likely not fit in the heap; exit 3 when it cannot fit in any. */
    void warnIfTooBig(Bounds b, List<Reading> chosen, PrintWriter err) {
        warnIfTooBig(b, chosen, err, Runtime.getRuntime().maxMemory());
    }

    /** {@link #warnIfTooBig(Bounds, List, PrintWriter)} in a heap of {@code heap} bytes. */
    void warnIfTooBig(Bounds b, List<Reading> chosen, PrintWriter err, long heap) {
        refuseIfNoHeapHolds(b, chosen);
        String warning = warning(b, chosen, heap);
        if (warning == null) return;
        err.println(warning);
        err.flush();
    }

    /** The warning for a search within {@code b} in a heap of {@code heap} bytes; null when it likely fits. */
    String warning(Bounds b, List<Reading> chosen, long heap) {
        double states = estimate(b, chosen);
        double bytes = StateSpaceEstimate.bytes(states, !noLiveness) + BASE_BYTES;
        if (bytes <= heap) return null;
        return String.format(Locale.ROOT, "%s: warning: %s mean about %s states per reading, about %s of memory%s;"
                        + " the Java heap holds %s: lower the bounds%s, or raise the heap (JAVA_OPTS=-Xmx...)",
                spec.qualifiedName(), b, count(states), size(bytes), noLiveness ? "" : " with liveness", size(heap),
                noLiveness ? "" : ", add --no-liveness");
    }

    /** A count of states in words: exact below a million, then millions and billions. */
    static String count(double n) {
        if (n >= 1e12) return String.format(Locale.ROOT, "%,.0f billion", n / 1e9);
        if (n >= 1e9) return String.format(Locale.ROOT, "%.1f billion", n / 1e9);
        if (n >= 1e6) return String.format(Locale.ROOT, "%.1f million", n / 1e6);
        return String.format(Locale.ROOT, "%,.0f", n);
    }

    /** Bytes in MiB below a GiB, else in GiB. */
    static String size(double bytes) {
        double gib = bytes / (1L << 30);
        return gib >= 1 ? String.format(Locale.ROOT, "%,.1f GiB", gib) : String.format(Locale.ROOT, "%,.0f MiB", bytes / (1 << 20));
    }
}
