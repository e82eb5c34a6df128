package storelogoff.verify.explore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;

import storelogoff.model.Reading;
import storelogoff.verify.Bounds;
import storelogoff.verify.invariants.Invariants;

/**
 * One fork of {@code bench --invariant-cost --forks N}: a JVM of its own that runs
 * {@link ExplorerBench#invariantCost} and prints its {@link PairedRuns} as one JSON object on
 * stdout. The parent starts it with its own java, JVM flags and class path ({@link #command}),
 * waits for it and reads the runs ({@link #run}); a fork that fails says why in its last line
 * on stderr, and that line is what the parent reports.
 */
public final class InvariantCostFork {
    private InvariantCostFork() {}

    private static final JsonFactory JSON = new JsonFactory();

    /** The flag with which the parent's JVM would write a class-data archive at exit: a fork must not write it too. */
    private static final String ARCHIVE_AT_EXIT = "-XX:ArchiveClassesAtExit";

    /** Characters of a fork's last stderr line that its failure shows at most. */
    static final int MAX_LINE = 500;

    /** What a fork measures: the bench's bounds, reading and settings. */
    public record Settings(Bounds bounds, Reading reading, int runs, boolean liveness, int threads, boolean symmetry) {
        /** As the fork's arguments. */
        List<String> args() {
            return List.of(reading.name(), Integer.toString(bounds.clients()), Integer.toString(bounds.refs()),
                    Integer.toString(bounds.messages()), Integer.toString(bounds.arrivals()),
                    Boolean.toString(bounds.defaultInbox()), Integer.toString(runs), Boolean.toString(liveness),
                    Integer.toString(threads), Boolean.toString(symmetry));
        }

        /** From the fork's arguments, as {@link #args} wrote them. */
        static Settings of(String[] a) {
            if (a.length != 10) throw new IllegalArgumentException("expected 10 arguments, found " + a.length);
            return new Settings(new Bounds(Integer.parseInt(a[1]), Integer.parseInt(a[2]), Integer.parseInt(a[3]),
                    Integer.parseInt(a[4]), bool(a[5])), Reading.byName(a[0]), Integer.parseInt(a[6]), bool(a[7]),
                    Integer.parseInt(a[8]), bool(a[9]));
        }

        private static boolean bool(String s) {
            if (!s.equals("true") && !s.equals("false")) throw new IllegalArgumentException("expected true or false, found " + s);
            return Boolean.parseBoolean(s);
        }
    }

    /** A fork that could not start, exited with an error, or printed no runs: why, in one line. */
    public static final class Failed extends RuntimeException {
        Failed(String message) {
            super(message);
        }
    }

    /**
     * The command that starts a fork measuring {@code s}: this JVM's java, its flags (but the one
     * that writes a class-data archive), the warm-up it was given, and its class path.
     */
    public static List<String> command(Settings s) {
        return command(s, ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    /** {@link #command(Settings)} with {@code flags} as this JVM's flags. */
    static List<String> command(Settings s, List<String> flags) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String flag : flags) {
            if (!flag.startsWith(ARCHIVE_AT_EXIT + "=")) command.add(flag);
        }
        String warmUp = System.getProperty(ExplorerBench.WARM_UP_PROPERTY);
        if (warmUp != null) command.add("-D" + ExplorerBench.WARM_UP_PROPERTY + "=" + warmUp);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), InvariantCostFork.class.getName()));
        command.addAll(s.args());
        return command;
    }

    /** Starts {@code command}, waits for it and reads the runs it printed; {@link Failed} if there are none. */
    public static PairedRuns run(List<String> command) {
        Process p;
        try {
            p = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new Failed("could not start " + command.get(0) + ": " + e.getMessage());
        }
        String[] lastErr = {""};
        Thread errReader = new Thread(() -> lastErr[0] = lastLine(p.getErrorStream()), "fork stderr");
        errReader.start();
        try {
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = p.waitFor();
            errReader.join();
            String said = lastErr[0].isEmpty() ? "" : ": " + lastErr[0];
            if (exit != 0) throw new Failed("exited with status " + exit + said);
            try {
                return parse(out);
            } catch (IllegalArgumentException e) {
                throw new Failed("printed no runs that could be read (" + e.getMessage() + ")" + said);
            }
        } catch (IOException e) {
            throw new Failed("could not read its output: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("interrupted while it ran");
        } finally {
            p.destroy();
        }
    }

    /** The last non-blank line of {@code in}, shortened to {@link #MAX_LINE} characters. */
    private static String lastLine(InputStream in) {
        String last = "";
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) last = line.strip();
            }
        } catch (IOException e) {
            // The fork's exit status still tells whether it failed.
        }
        return last.length() > MAX_LINE ? last.substring(0, MAX_LINE) + "…" : last;
    }

    /** The fork: measures what its arguments say and prints the runs; on failure one line on stderr and exit 1. */
    public static void main(String[] args) {
        try {
            Settings s = Settings.of(args);
            ExplorerBench.InvariantCost cost = ExplorerBench.invariantCost(s.bounds(), s.reading(), s.runs(),
                    Invariants.all(), s.liveness(), s.threads(), s.symmetry());
            System.out.println(json(cost.runs()));
            System.out.flush();
        } catch (Throwable e) {
            System.err.println(e instanceof IllegalArgumentException ? e.getMessage() : e.toString());
            System.exit(1);
        }
        // The search's worker threads must not keep the fork alive.
        System.exit(0);
    }

    /** {@code {"alone":[{"search":nanos,"levels":[nanos,...]},...],"full":[...]}}. */
    static String json(PairedRuns runs) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.writeStartObject();
            writeRuns(g, "alone", runs.alone());
            writeRuns(g, "full", runs.full());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string", e);
        }
        return text.toString();
    }

    private static void writeRuns(JsonGenerator g, String name, List<PairedRuns.Run> runs) throws IOException {
        g.writeArrayFieldStart(name);
        for (PairedRuns.Run run : runs) {
            g.writeStartObject();
            g.writeNumberField("search", run.searchNanos());
            g.writeArrayFieldStart("levels");
            for (long level : run.levelNanos()) g.writeNumber(level);
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The runs {@link #json} wrote; anything else is an {@link IllegalArgumentException} saying what. */
    static PairedRuns parse(String text) {
        try (JsonParser p = JSON.createParser(text)) {
            expect(p, JsonToken.START_OBJECT);
            expectName(p, "alone");
            List<PairedRuns.Run> alone = readRuns(p);
            expectName(p, "full");
            List<PairedRuns.Run> full = readRuns(p);
            expect(p, JsonToken.END_OBJECT);
            if (p.nextToken() != null) throw new IllegalArgumentException("expected nothing after the object, found " + found(p));
            return new PairedRuns(alone, full);
        } catch (JsonEOFException e) {
            throw new IllegalArgumentException("expected the rest of the object, found the end");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from a string", e);
        }
    }

    private static List<PairedRuns.Run> readRuns(JsonParser p) throws IOException {
        expect(p, JsonToken.START_ARRAY);
        List<PairedRuns.Run> runs = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.START_OBJECT) throw unexpected(p, JsonToken.START_OBJECT);
            expectName(p, "search");
            long search = time(p.nextToken(), p);
            expectName(p, "levels");
            expect(p, JsonToken.START_ARRAY);
            List<Long> levels = new ArrayList<>();
            for (JsonToken l = p.nextToken(); l != JsonToken.END_ARRAY; l = p.nextToken()) levels.add(time(l, p));
            expect(p, JsonToken.END_OBJECT);
            runs.add(new PairedRuns.Run(search, levels));
        }
        return runs;
    }

    /** Token {@code t} as a time: a whole number of nanoseconds, 0 or more. */
    private static long time(JsonToken t, JsonParser p) throws IOException {
        if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER || p.getLongValue() < 0) {
            throw new IllegalArgumentException("expected a time in nanoseconds, 0 or more, found " + found(p));
        }
        return p.getLongValue();
    }

    private static void expectName(JsonParser p, String name) throws IOException {
        if (p.nextToken() != JsonToken.FIELD_NAME || !name.equals(p.currentName())) {
            throw new IllegalArgumentException("expected \"" + name + "\", found " + found(p));
        }
    }

    private static void expect(JsonParser p, JsonToken token) throws IOException {
        if (p.nextToken() != token) throw unexpected(p, token);
    }

    private static IllegalArgumentException unexpected(JsonParser p, JsonToken expected) throws IOException {
        return new IllegalArgumentException("expected " + expected.asString() + ", found " + found(p));
    }

    private static String found(JsonParser p) throws IOException {
        return p.currentToken() == null ? "the end" : p.getText();
    }
}
