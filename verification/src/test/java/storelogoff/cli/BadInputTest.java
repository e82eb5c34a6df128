package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each class of bad input docs/reference/tool-errors.md lists: its exit status and its one line on
 * stderr, exactly; and that nothing ran (stdout empty). Inputs are given with Java escapes.
 */
class BadInputTest {
    private static final String FLAGS = "a flag name (NO_WAIT, ORDERLY, PURGE, ABORT, QUIET), a number or null";
    private static final String STEPS = "a step (addref, release, logoff FLAGS, submit, send-start, send-done,"
            + " receive-start, receive-done, spooler-release)";

    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** One bad scenario: {@code run} says so in one line, with exit 2, and runs nothing. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " :: ", value = {
        "a misspelt flag :: submit\\nlogoff NOWAIT\\n :: F:2: expected " + FLAGS + ", found 'NOWAIT'",
        "a zero-width space :: logoff QUIET\\u200B\\n :: F:1: expected " + FLAGS + ", found 'QUIET\\u200B'",
        "a byte-order mark inside :: submit\\n\\uFEFFrelease\\n :: F:2: expected " + STEPS + " or 'set', found '\\uFEFFrelease'",
        "a control character :: logoff\\u0007 QUIET\\n :: F:1: expected " + STEPS + " or 'set', found 'logoff\\u0007'",
        "a NUL character :: submit\\nsubmit\\u0000\\n :: F:2: expected text, found a NUL character (\\u0000) at column 7:"
            + " is it a binary file?",
        "contradicting readings :: set reading output-complete+output-unchanged\\nsubmit\\n :: F:1: readings output-complete"
            + " and output-unchanged contradict each other: both settle what StoreLogoff writes to *lpulFlags (LogoffOutput);"
            + " choose one",
        "a directive after a step :: submit\\nset clients 3\\n :: F:2: expected a step: 'set' directives must come before"
            + " the first step (line 1)",
    })
    void aMalformedScenarioRunsNothing(String what, String content, String line) throws IOException {
        Path f = write("bad.scn", unescape(content));
        Cli c = Cli.run("run", f.toString());
        assertThat(c.exit()).as("%s", c).isEqualTo(2);
        assertThat(c.out()).as("nothing ran").isEmpty();
        assertThat(c.err()).isEqualTo(line.replace("F:", f + ":") + System.lineSeparator());
    }

    @Test
    void anErrorQuotesAtMost120CharactersOfTheInput() throws IOException {
        String word = "x".repeat(5000);
        Path f = write("long.scn", word + "\n");
        Cli c = Cli.run("run", f.toString());
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).isEqualTo(f + ":1: expected " + STEPS + " or 'set', found '" + "x".repeat(120) + "…'"
                + System.lineSeparator());
    }

    @Test
    void aLineBeyondTheLimitIsNotReadWhole() throws IOException {
        Path f = write("one-line.scn", "#" + "x".repeat(200_000));
        Cli c = Cli.run("run", f.toString());
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).isEqualTo(f + ":1: expected a line of at most 100,000 characters, found a longer one: is it a"
                + " text file?" + System.lineSeparator());
    }

    @Test
    void bytesThatAreNotUtf8NameTheirLine() throws IOException {
        Path f = write("latin1.scn", "submit\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Cli c = Cli.run("run", f.toString());
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).isEqualTo(f + ":2: cannot read the scenario: not UTF-8 text" + System.lineSeparator());
    }

    @Test
    void aDirectoryOrAMissingFileIsNamed() {
        assertThat(Cli.run("run", dir.toString()).err()).isEqualTo(dir + ": cannot read the scenario: it is a directory"
                + System.lineSeparator());
        Cli missing = Cli.run("check", dir.resolve("none.trace").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo(dir.resolve("none.trace") + ": cannot read the trace: no such file"
                + System.lineSeparator());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void devZeroIsNotText() {
        Cli c = Cli.run("run", "/dev/zero");
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).isEqualTo("/dev/zero:1: expected text, found a NUL character (\\u0000) at column 1: is it a"
                + " binary file?" + System.lineSeparator());
        assertThat(Cli.run("check", "/dev/zero").err()).startsWith("/dev/zero:1: expected text, found a NUL character");
    }

    @Test
    void aByteOrderMarkAtTheStartIsSkipped() throws IOException {
        Cli run = Cli.run("run", "--json", write("bom.scn", "\uFEFFsubmit\n").toString());
        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()[1]).startsWith("{\"line\":1,\"event\":\"submit\"");
        Cli check = Cli.run("check", write("bom.jsonl", "\uFEFF{\"step\":\"submit\",\"expect\":{\"result\":\"S_OK\"}}\n").toString());
        assertThat(check.exit()).as("%s", check).isZero();
        assertThat(Cli.run("check", write("bom.trace", "\uFEFFsubmit => S_OK\n").toString()).exit()).isZero();
    }

    @Test
    void anEmptyScenarioSaysSo() throws IOException {
        Path f = write("empty.scn", "# nothing yet\nset clients 3\n");
        Cli c = Cli.run("run", "--json", f.toString());
        assertThat(c.exit()).isZero();
        assertThat(c.outLines()).as("the settings only").hasSize(1);
        assertThat(c.outLines()[0]).startsWith("{\"set\":");
        assertThat(c.err()).isEqualTo(f + ": the scenario has no steps (only blank lines, comments and settings)"
                + System.lineSeparator());
    }

    /** One bad trace: {@code check} says so in one line, with exit 2, and gives no verdict. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " :: ", value = {
        "an invisible character in a field :: t.trace :: submit => S_OK\\u00A0refs=1\\n :: F:1: expected a field (result, state,"
            + " refs, savedFlag (saved), outFlags (out), transportsCall.flags (transports), transportsCall.out (transports-out),"
            + " flushQueues (flush), transportsReturned (returned), outbox, sending, arriving, sent, received, returned),"
            + " found 'S_OK\\u00A0refs'",
        "contradicting readings :: t.jsonl :: {\"set\":{\"reading\":\"output-complete+output-unchanged\"}}\\n"
            + "{\"step\":\"submit\",\"expect\":{\"result\":\"S_OK\"}}\\n :: F:1: readings output-complete and output-unchanged"
            + " contradict each other: both settle what StoreLogoff writes to *lpulFlags (LogoffOutput); choose one",
        "a malformed line after a divergence :: t.trace :: submit => MAPI_E_BUSY\\nlogoff NOWAIT\\n :: F:2: expected "
            + FLAGS + ", found 'NOWAIT'",
        "a settings line after a step :: t.jsonl :: {\"step\":\"submit\",\"expect\":{\"result\":\"S_OK\"}}\\n{\"set\":{}}\\n"
            + " :: F:2: expected a step: a \"set\" line may only come first, once",
        "no observations :: t.trace :: submit\\n :: F: expected at least one step with what the implementation observed"
            + " ('=> ...' or \"expect\"), found none",
    })
    void aMalformedTraceGetsNoVerdict(String what, String name, String content, String line) throws IOException {
        Path f = write(name, unescape(content));
        Cli c = Cli.run("check", f.toString());
        assertThat(c.exit()).as("%s", c).isEqualTo(2);
        assertThat(c.out()).isEmpty();
        assertThat(c.err()).isEqualTo(line.replace("F:", f + ":") + System.lineSeparator());
    }

    @Test
    void aLongJsonStringIsQuotedShort() throws IOException {
        Path f = write("t.jsonl", "{\"step\":\"" + "y".repeat(1000) + "\"}\n");
        Cli c = Cli.run("check", f.toString());
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).startsWith(f + ":1: expected \"step\": one of ").endsWith(", found \"" + "y".repeat(120) + "…\""
                + System.lineSeparator());
    }

    /** A pipe cannot be read twice: run copies it as it checks it, then runs the copy. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void aScenarioFromAPipeRuns() throws Exception {
        Path fifo = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream o = Files.newOutputStream(fifo)) {
                o.write("submit\nlogoff QUIET\nrelease\n".getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Cli c = Cli.run("run", "--json", fifo.toString());
        writer.join();
        assertThat(c.exit()).as("%s", c).isZero();
        assertThat(c.outLines()).as("the settings, then the steps").hasSize(4);
        assertThat(c.outLines()[3]).contains("\"state\":\"REFUSED\"");
    }

    /** Java escapes as the CSV rows write them: {@code \n}, {@code \u200B}. */
    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'n') {
                b.append('\n');
                i++;
            } else if (c == '\\' && i + 5 < s.length() && s.charAt(i + 1) == 'u') {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
