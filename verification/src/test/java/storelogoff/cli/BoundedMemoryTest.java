package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory bounded by design, measured in a JVM of its own with a small heap: a scenario and a
 * trace of a quarter of a million lines each run in an 8 MiB heap, because run and check
 * stream. The heap is too small for a reader that keeps the lines (shown: one runs out of it on
 * either file), and the table run prints is many times the heap. A search that does not fit in
 * the heap ends with exit 3 and one line that says what to do, not a stack trace.
 */
class BoundedMemoryTest {
    private static final int LINES = 250_000;
    private static final int HEAP_MIB = 8;
    /**
     * The forked JVM: the small heap, the serial collector, which suits it (the default one spends
     * most of the run collecting), and no optimising compiler, which a run this short does not repay.
     */
    private static final String[] SMALL_HEAP = {"-Xmx" + HEAP_MIB + "m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"};
    /** Steps that keep the world small however often they repeat. */
    private static final String[] BLOCK = {"addref", "release", "submit", "send-start", "send-done", "logoff NO_WAIT",
        "c2 addref", "c2 release"};
    private static final String[] RESULTS = {"S_OK", "S_OK", "S_OK", "OK", "OK", "S_OK", "S_OK", "S_OK"};

    @TempDir
    static Path dir;
    private static Path scenario;
    private static Path trace;

    @BeforeAll
    static void writeMillionLineFiles() throws IOException {
        scenario = dir.resolve("million.scn");
        trace = dir.resolve("million.jsonl");
        try (BufferedWriter s = Files.newBufferedWriter(scenario); BufferedWriter t = Files.newBufferedWriter(trace)) {
            for (int i = 0; i < LINES; i++) {
                String step = BLOCK[i % BLOCK.length];
                s.write(step);
                s.write('\n');
                String[] words = step.split(" ");
                t.write(words[0].equals("c2") ? "{\"step\":\"" + words[1] + "\",\"client\":2"
                        : words.length == 2 ? "{\"step\":\"logoff\",\"flags\":\"" + words[1] + "\""
                        : "{\"step\":\"" + step + "\"");
                t.write(",\"expect\":{\"result\":\"" + RESULTS[i % RESULTS.length] + "\"}}\n");
            }
        }
    }

    /** The result of a forked run: exit status, stdout's line and character counts and last line, stderr. */
    private record Forked(int exit, long lines, long chars, String lastLine, String err) {}

    private static Forked fork(String[] jvm, String... args) throws IOException, InterruptedException {
        return fork(jvm, Main.class, args);
    }

    private static Forked fork(String[] jvm, Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(jvm));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
        // Counted as it comes, not kept: the test's own heap stays small too.
        long lines = 0;
        long chars = 0;
        String last = "";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines++;
                chars += line.length() + 1;
                last = line;
            }
        }
        return new Forked(p.waitFor(), lines, chars, last, err.join());
    }

    /** What a reader that is not streaming would do: keep every line of the file. */
    static final class KeepsEveryLine {
        public static void main(String[] args) throws IOException {
            System.out.println(Files.readAllLines(Path.of(args[0])).size());
        }
    }

    @Test
    void aReaderThatKeepsEveryLineRunsOutOfThatHeap() throws Exception {
        for (Path file : List.of(scenario, trace)) {
            Forked f = fork(SMALL_HEAP, KeepsEveryLine.class, file.toString());
            assertThat(f.exit()).as("keeping every line of %s in %s: %s", file.getFileName(), SMALL_HEAP[0], f).isNotZero();
            assertThat(f.err()).contains("java.lang.OutOfMemoryError");
        }
    }

    @Test
    void runPrintsAQuarterMillionStepTableInASmallHeap() throws Exception {
        // The direct engine: Spring takes ~40 µs a step, too slow for a unit test; both stream alike.
        Forked f = fork(SMALL_HEAP, "run", "--engine", "direct", scenario.toString());
        assertThat(f.exit()).as("%s", f).isZero();
        assertThat(f.err()).isEmpty();
        assertThat(f.lines()).as("heading, column names, one row per step").isEqualTo(LINES + 2);
        assertThat(f.lastLine()).startsWith(LINES + "  c2 release");
        assertThat(f.chars()).as("the table, which a run that kept it would need the heap for").isGreaterThan(4L * HEAP_MIB << 20);
    }

    @Test
    void checkReadsAQuarterMillionLineTraceInASmallHeap() throws Exception {
        Forked f = fork(SMALL_HEAP, "check", "--engine", "direct", trace.toString());
        assertThat(f.exit()).as("%s", f).isZero();
        assertThat(f.lastLine()).isEqualTo("conforms: " + LINES + " steps replayed, " + LINES
                + " with observations, all as modelled");
        assertThat(f.err().lines()).as("progress lines only").allMatch(l -> l.startsWith("check: "));
    }

    @Test
    void aSearchBeyondTheHeapIsExitThreeWithOneLine() throws Exception {
        // The default collector, whose heap of 24 MiB is what the message names; no optimising compiler, as above.
        Forked f = fork(new String[] {"-Xmx24m", "-XX:TieredStopAtLevel=1"}, "verify", "--clients", "3", "--refs", "3", "--messages", "3", "--arrivals", "3",
                "--reading", "default", "--walks", "0", "--cross-check", "none", "--no-symmetry");
        assertThat(f.exit()).as("%s", f).isEqualTo(3);
        List<String> errors = f.err().lines().filter(l -> l.startsWith("storelogoff verify: ")).toList();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).startsWith("storelogoff verify: warning: 3 clients, 3 refs each, 3 messages, 3 arrivals"
                + " mean about ").contains("the Java heap holds 24 MiB");
        assertThat(errors.get(1)).isEqualTo("storelogoff verify: out of memory (Java heap of 24 MiB): lower the bounds"
                + " (--clients, --refs, --messages, --arrivals), add --no-liveness, or give Java a larger heap, e.g."
                + " JAVA_OPTS=-Xmx48m for ./storelogoff or java -Xmx48m -jar; --debug shows the stack trace");
        assertThat(f.err()).doesNotContain("\tat ", "Exception");
    }
}
