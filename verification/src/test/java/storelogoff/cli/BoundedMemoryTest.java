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
 * trace of a million lines each run in -Xmx256m, because run and check stream; a search that
 * does not fit in the heap ends with exit 3 and one line that says what to do, not a stack trace.
 */
class BoundedMemoryTest {
    private static final int LINES = 1_000_000;
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

    /** The result of a forked {@code storelogoff} run: exit status, stdout's line count and last line, stderr. */
    private record Forked(int exit, long lines, String lastLine, String err) {}

    private static Forked fork(String heap, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
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
        String last = "";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines++;
                last = line;
            }
        }
        return new Forked(p.waitFor(), lines, last, err.join());
    }

    @Test
    void runPrintsAMillionStepTableIn256MiB() throws Exception {
        // The direct engine: Spring takes ~40 µs a step, too slow for a unit test; both stream alike.
        Forked f = fork("-Xmx256m", "run", "--engine", "direct", scenario.toString());
        assertThat(f.exit()).as("%s", f).isZero();
        assertThat(f.err()).isEmpty();
        assertThat(f.lines()).as("heading, column names, one row per step").isEqualTo(LINES + 2);
        assertThat(f.lastLine()).startsWith(LINES + "  c2 release");
    }

    @Test
    void checkReadsAMillionLineTraceIn256MiB() throws Exception {
        Forked f = fork("-Xmx256m", "check", "--engine", "direct", trace.toString());
        assertThat(f.exit()).as("%s", f).isZero();
        assertThat(f.lastLine()).isEqualTo("conforms: " + LINES + " steps replayed, " + LINES
                + " with observations, all as modelled");
        assertThat(f.err().lines()).as("progress lines only").allMatch(l -> l.startsWith("check: "));
    }

    @Test
    void aSearchBeyondTheHeapIsExitThreeWithOneLine() throws Exception {
        Forked f = fork("-Xmx24m", "verify", "--clients", "3", "--refs", "3", "--messages", "3", "--arrivals", "3",
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
