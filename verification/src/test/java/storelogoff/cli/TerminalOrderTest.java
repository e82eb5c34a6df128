package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import storelogoff.verify.docs.PerformanceDoc;
import storelogoff.verify.explore.CostCurve;

/**
 * What a terminal shows when stdout and stderr both go to it, with the writers {@code main} gives
 * the commands (stdout buffered, stderr at once): a command's heading is on the screen before
 * the progress of the work it announces, each result before the progress that follows it, and
 * nothing of stdout is lost at the end.
 */
class TerminalOrderTest {
    private static final String[] TINY = {"--clients", "1", "--refs", "1", "--messages", "1", "--arrivals", "1"};

    @TempDir
    Path dir;

    /** One screen: complete lines, each tagged {@code out|} or {@code err|}, in the order they reached it. */
    private static final class Screen {
        final List<String> lines = new ArrayList<>();

        OutputStream stream(String tag) {
            return new OutputStream() {
                private final ByteArrayOutputStream line = new ByteArrayOutputStream();

                @Override
                public void write(int b) {
                    synchronized (lines) {
                        if (b != '\n') {
                            line.write(b);
                            return;
                        }
                        lines.add(tag + "| " + line.toString(StandardCharsets.UTF_8).replace("\r", ""));
                        line.reset();
                    }
                }
            };
        }

        int first(String taggedPrefix) {
            for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(taggedPrefix)) return i;
            throw new AssertionError("no line starting with " + taggedPrefix + " in\n" + String.join("\n", lines));
        }
    }

    private static Screen run(CommandLine cl, String... args) {
        Screen screen = new Screen();
        int exit = Main.run(cl, args, screen.stream("out"), screen.stream("err"));
        screen.lines.add("exit " + exit);
        return screen;
    }

    private static Screen run(String... args) {
        Screen screen = new Screen();
        int exit = Main.run(args, screen.stream("out"), screen.stream("err"));
        screen.lines.add("exit " + exit);
        return screen;
    }

    private static String[] tiny(String... args) {
        String[] all = new String[args.length + TINY.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(TINY, 0, all, args.length, TINY.length);
        return all;
    }

    @Test
    void verifysHeadingComesBeforeItsProgressAndItsLastLineIsNotLost() {
        String[] args = tiny("verify", "--reading", "default", "--walks", "0", "--cross-check", "none");
        Screen s = run(args);
        assertThat(s.lines).last().isEqualTo("exit 0");
        assertThat(s.first("out| storelogoff verify: reading default; ")).isLessThan(s.first("err| "));
        assertThat(s.first("err| default: all hold")).isLessThan(s.first("out| All invariants hold under reading default."));
        assertThat(s.lines.get(s.lines.size() - 2)).startsWith("out| All invariants hold under reading default.");
    }

    /** {@code bench} alone and {@code bench --invariant-cost}: each reading's result before the next reading's progress. */
    @ParameterizedTest
    @CsvSource({"--search-only, 'storelogoff bench: direct engine, ', bench",
            "--invariant-cost, 'storelogoff bench --invariant-cost: ', bench --invariant-cost"})
    void benchShowsEachResultBeforeTheProgressAfterIt(String mode, String heading, String progress) {
        Screen s = run(tiny("bench", mode, "--runs", "1", "--threads", "1", "--reading", "default", "--reading",
                "abort-stops"));
        assertThat(s.lines).last().isEqualTo("exit 0");
        assertThat(s.first("out| " + heading)).isLessThan(s.first("err| " + progress + " default..."));
        assertThat(s.first("out| default ")).isLessThan(s.first("err| " + progress + " abort-stops..."));
        assertThat(s.first("out| abort-stops ")).isLessThan(s.first("err| bench: done"));
    }

    @Test
    void theCurvesHeadingComesBeforeItsProgress() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        Files.createDirectories(repo.resolve("model"));
        Files.createDirectories(repo.resolve("docs"));
        var committed = PerformanceDoc.parse(Files.readString(Path.of(System.getProperty(RepositoryRoot.PROPERTY),
                PerformanceDoc.PATH)).replace("\r\n", "\n"));
        String[] args = {"bench", "--curve", "--threads", "1", "--repo", repo.toString()};
        CommandLine cl = Main.commandLine(args);
        Cli.command(cl, BenchCommand.class).curveMeasurement = (runs, threads, measuring) -> {
            CostCurve.points().forEach(measuring);
            return committed.points();
        };
        Screen s = run(cl, args);
        assertThat(s.lines).last().isEqualTo("exit 0");
        assertThat(s.first("out| storelogoff bench --curve: ")).isLessThan(s.first("err| bench --curve: "));
        assertThat(s.first("err| bench --curve: done")).isLessThan(s.first("out| wrote " + PerformanceDoc.PATH));
    }

    @Test
    void conformsReportComesBeforeTheJUnitXmlThatCouldNotBeWritten() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "");
        String[] args = {"conform", "--java", "storelogoff.conform.reference.ReferenceStoreAdapter", "--suite", "rows",
                "--junit-xml", file.resolve("x.xml").toString()};
        Screen s = run(args);
        assertThat(s.lines).last().isEqualTo("exit " + ConformCommand.EXIT_ADAPTER);
        assertThat(s.first("out| conforms: ")).isLessThan(s.first("err| storelogoff conform: "));
    }

    /**
     * A scenario file that changes between run's two reads: the rows run so far are on the
     * screen before the error that ends the run (exit 2). The file changes when stdout first
     * reaches the screen, a few hundred rows in; the second read has read its first block only.
     */
    @Test
    void theRowsRunBeforeAFileChangedUnderRunComeBeforeTheError() throws IOException {
        Path scn = dir.resolve("changing.scn");
        String steps = "addref\nrelease\n".repeat(5000);
        Files.writeString(scn, steps);
        Screen screen = new Screen();
        OutputStream out = screen.stream("out");
        OutputStream changing = new OutputStream() {
            private boolean changed;

            @Override
            public void write(int b) throws IOException {
                if (!changed) Files.writeString(scn, steps.substring(0, steps.length() - "release\n".length()) + "bogus\n");
                changed = true;
                out.write(b);
            }
        };
        int exit = Main.run(new String[] {"run", "--engine", "direct", scn.toString()}, changing, screen.stream("err"));
        assertThat(exit).as("%s", screen.lines).isEqualTo(2);
        int error = screen.first("err| " + scn + ":10000:");
        assertThat(screen.lines.get(error)).endsWith(" (the file changed while it ran)");
        assertThat(screen.lines).hasSize(error + 1);
        assertThat(screen.first("out|  9999  ")).isEqualTo(error - 1);
    }

    /** A command that stops with exit 3 after printing (here a counterexample that cannot be written) loses none of its stdout. */
    @Test
    void whatACommandPrintedBeforeItFailedReachesTheScreen() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "");
        Screen s = run(tiny("verify", "--reading", "default", "--walks", "0", "--cross-check", "none", "--mutant",
                "strict-accepts-several-flags", "--out", file.resolve("cx").toString()));
        assertThat(s.lines).last().isEqualTo("exit 3");
        assertThat(s.first("err| storelogoff verify: cannot write the counterexample ")).isPositive();
        assertThat(s.first("out| default ")).as("the summary's row").isPositive();
        assertThat(s.first("out| Spring checks: ")).isPositive();
    }
}
