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
}
