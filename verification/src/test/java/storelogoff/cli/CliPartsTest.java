package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import storelogoff.model.Reading;

/** Parts of the command line that the contract tests reach only in one case: quoting, naming readings, progress lines, table widths. */
class CliPartsTest {
    @Test
    void aPathIsOneShellWord() {
        assertThat(VerifyCommand.shellWord("target/cx/default-x.scn")).isEqualTo("target/cx/default-x.scn");
        assertThat(VerifyCommand.shellWord("a,b@c%d+e=f:g")).isEqualTo("a,b@c%d+e=f:g");
        assertThat(VerifyCommand.shellWord("my dir/x.scn")).isEqualTo("'my dir/x.scn'");
        assertThat(VerifyCommand.shellWord("it's")).isEqualTo("'it'\\''s'");
        assertThat(VerifyCommand.shellWord("")).isEqualTo("''");
    }

    @Test
    void readingsInWords() {
        assertThat(VerifyCommand.readings(List.of(Reading.ABORT_STOPS))).isEqualTo("reading abort-stops");
        assertThat(VerifyCommand.readings(List.of(Reading.DEFAULT, Reading.REM3_LITERAL))).isEqualTo("readings default, rem3-literal");
        assertThat(VerifyCommand.readings(Reading.ALL)).isEqualTo("every reading (6)");
        assertThat(VerifyCommand.readings(List.of(Reading.ALL.get(1), Reading.ALL.get(0), Reading.ALL.get(2), Reading.ALL.get(3),
                Reading.ALL.get(4), Reading.ALL.get(5)))).startsWith("readings lenient-flags, default, ");
    }

    /** In a log (no console) every phase and report is a line of its own, in order. */
    @Test
    void progressInALogIsOneLinePerReport() {
        StringWriter text = new StringWriter();
        Progress p = new Progress(new PrintWriter(text));
        p.phase("default: exhaustive check");
        p.progress(1234, 56789, 12, 7, 2_600_000_000L);
        var task = p.task();
        task.phase("abort-stops: liveness");
        task.progress(5, 6, 0, 1, 0);
        p.status("check: 16,384 steps read");
        p.done("default: all hold");
        assertThat(text.toString().lines()).containsExactly("default: exhaustive check...",
                "default: exhaustive check: 1,234 states, 56,789 transitions, queue 12, depth 7, 3 s",
                "abort-stops: liveness...", "abort-stops: liveness: 5 states, 6 transitions, queue 0, depth 1, 0 s",
                "check: 16,384 steps read", "default: all hold");
    }

    /** The table's columns widen for long lines, long steps and wide flags, and stay aligned. */
    @Test
    void tableWidthsFollowTheScenario(@TempDir Path dir) throws IOException {
        StringBuilder s = new StringBuilder("set reading lenient-flags\n");
        for (int i = 0; i < 120; i++) s.append("# filler\n");
        s.append("c2 addref\nlogoff NO_WAIT|PURGE|0x20\nc2 release\nrelease\n");
        Path f = dir.resolve("wide.scn");
        Files.writeString(f, s.toString());
        Cli r = Cli.run("run", "--engine", "direct", f.toString());
        assertThat(r.exit()).as("%s", r).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[1]).startsWith("line  event        result ");
        assertThat(lines[2]).startsWith(" 122  c2 addref    S_OK ");
        assertThat(lines[3]).startsWith(" 123  logoff 0x25  S_OK ").contains("  NO_WAIT|PURGE|0x20  ");
        // The saved flag and the call's flag column are as wide as the widest flag the scenario passes.
        int saved = lines[1].indexOf("savedFlag");
        int out = lines[1].indexOf("outFlags");
        assertThat(out - saved).isEqualTo("NO_WAIT|PURGE|0x20".length() + 2);
        int call = lines[1].indexOf("transportsCall");
        int flush = lines[1].indexOf("flushQueues");
        assertThat(lines[5].substring(call, flush).strip()).isEqualTo("NO_WAIT|PURGE|0x20 -> COMPLETE");
        assertThat(flush - call).isEqualTo("NO_WAIT|PURGE|0x20".length() + " -> ".length()
                + "INBOUND|OUTBOUND|OUTBOUND_QUEUE".length() + 2);
    }

    @Test
    void theCommandLineHoldsOnlyTheSubcommandItsArgumentsName() {
        assertThat(Main.commandLine(new String[] {"run", "x.scn"}).getSubcommands().keySet()).containsExactly("run");
        assertThat(Main.commandLine(new String[] {"check"}).getSubcommands().keySet()).containsExactly("check");
        int all = Main.SUBCOMMANDS.size();
        assertThat(Main.commandLine(new String[] {}).getSubcommands()).hasSize(all);
        assertThat(Main.commandLine(new String[] {"--help"}).getSubcommands()).hasSize(all);
        assertThat(Main.commandLine(new String[] {"nope"}).getSubcommands()).hasSize(all);
    }

    @Test
    void runIntoAClosedStdoutEndsWithExitThree(@TempDir Path dir) throws IOException {
        Path scn = dir.resolve("s.scn");
        Files.writeString(scn, "submit\nc1 addref\n");
        picocli.CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new java.io.Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                throw new IOException("closed");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        }));
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute("run", scn.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("cannot write the output (stdout closed, or the disk full)");
    }

    /** What the tee reads, a byte or a block at a time, is what it copies; closing it closes both ends. */
    @Test
    void theTeeCopiesWhatItReadsAndClosesBothEnds() throws IOException {
        // Starts with a zero byte: a byte read alone is copied whatever its value.
        byte[] text = "\0submit\nc1 addref\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        boolean[] closed = new boolean[2];
        java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(text) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        java.io.ByteArrayOutputStream copy = new java.io.ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[1] = true;
            }
        };
        Rereadable.Tee tee = new Rereadable.Tee(in, copy);
        assertThat(tee.read()).isEqualTo(0);
        assertThat(tee.read()).isEqualTo('s');
        assertThat(tee.read()).isEqualTo('u');
        byte[] block = new byte[64];
        assertThat(tee.read(block, 3, 5)).isEqualTo(5);
        assertThat(new String(block, 3, 5, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("bmit\n");
        assertThat(tee.read(block, 0, 64)).isEqualTo(text.length - 8);
        assertThat(tee.read(block, 0, 64)).as("the end").isEqualTo(-1);
        assertThat(tee.read()).as("the end").isEqualTo(-1);
        assertThat(copy.toByteArray()).isEqualTo(text);
        tee.close();
        assertThat(closed).containsExactly(true, true);
    }

    /** On a terminal the progress line is rewritten in place, and stderr shows it at once though it ends no line. */
    @Test
    void progressOnATerminalRewritesOneLineAndShowsItAtOnce() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        Progress p = new Progress(Main.stderr(bytes), true);
        p.phase("default: exhaustive check");
        assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("\r\033[Kdefault: exhaustive check...");
        p.status("check: 16,384 steps read");
        p.done("default: all hold");
        assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("\r\033[Kdefault: exhaustive check..."
                + "\r\033[Kcheck: 16,384 steps read\r\033[Kdefault: all hold" + System.lineSeparator());
    }

    /**
     * The line column widens at line 10,000 and the count columns at 10,000 steps (a count grows
     * by at most one a step, so it may reach the steps plus one); below that the headers are wider.
     */
    @Test
    void theTableWidensForFiveDigitLinesAndCounts(@TempDir Path dir) throws IOException {
        String small = header(dir, 0, 2);
        String lines = header(dir, 10_000, 5000);
        String steps = header(dir, 0, 9999);
        assertThat(small).startsWith("line  event ");
        assertThat(lines).as("line numbers of five digits").isEqualTo(" " + small);
        // Counts are right-aligned: those with four-letter headers (refs, sent) widen by one.
        assertThat(steps).isEqualTo(small.replace(" refs", "  refs").replace(" sent", "  sent"));
    }

    /** The header line of run's table for {@code comments} comment lines, then {@code steps} steps. */
    private static String header(Path dir, int comments, int steps) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < comments; i++) s.append("#\n");
        for (int i = 0; i < steps; i++) s.append(i % 2 == 0 ? "addref\n" : "release\n");
        Path f = dir.resolve("steps-" + comments + "-" + steps + ".scn");
        Files.writeString(f, s.toString());
        Cli r = Cli.run("run", "--engine", "direct", f.toString());
        assertThat(r.exit()).as("%s", r.err()).isZero();
        return r.out().lines().skip(1).findFirst().orElseThrow();
    }

    /** Into a closed stdout, run stops at its first look, CHECK_EVERY rows in, not at the end of the scenario. */
    @Test
    void runIntoAClosedStdoutStopsAtItsFirstLook(@TempDir Path dir) throws IOException {
        Path scn = dir.resolve("long.scn");
        Files.writeString(scn, "addref\nrelease\n".repeat(2 * RunCommand.CHECK_EVERY + 100));
        picocli.CommandLine cl = Main.commandLine();
        int[] lines = {0};
        cl.setOut(new PrintWriter(new java.io.Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                for (int i = off; i < off + len; i++) if (buf[i] == '\n') lines[0]++;
                throw new IOException("closed");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        }));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute("run", "--engine", "direct", scn.toString())).isEqualTo(3);
        assertThat(err.toString()).isEqualTo("storelogoff run: cannot write the output (stdout closed, or the disk full)"
                + System.lineSeparator());
        assertThat(lines[0]).as("the file's line, the header, then the rows up to the first look").isEqualTo(2 + RunCommand.CHECK_EVERY);
    }

    @Test
    void oneToEightClientsAreAClientCount(@TempDir Path dir) throws IOException {
        Path scn = Files.writeString(dir.resolve("one.scn"), "addref\n");
        Cli r = Cli.run("run", "--engine", "direct", "--clients", "1", scn.toString());
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow()).contains("1 client");
        Cli eight = Cli.run("run", "--engine", "direct", "--clients", "8", scn.toString());
        assertThat(eight.exit()).as("%s", eight).isZero();
        assertThat(eight.out().lines().findFirst().orElseThrow()).contains("8 clients");
        for (String bad : List.of("0", "9")) {
            Cli c = Cli.run("run", "--clients", bad, scn.toString());
            assertThat(c.exit()).isEqualTo(2);
            assertThat(c.err()).contains("Invalid value for option '--clients': expected 1..8, found " + bad);
        }
    }

    /** Without --repo, docs and bench --curve use the repository the tool belongs to (here named by its property). */
    @Test
    void withoutRepoTheToolsOwnRepositoryIsUsed() throws IOException {
        picocli.CommandLine cl = Main.commandLine(new String[] {"docs"});
        Path root = DocsCommand.root(cl.getSubcommands().get("docs").getCommandSpec(), null);
        assertThat(root.toRealPath()).isEqualTo(Path.of(System.getProperty(RepositoryRoot.PROPERTY)).toRealPath());
    }
}
