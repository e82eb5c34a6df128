package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import storelogoff.model.Reading;
import storelogoff.verify.Clauses;
import storelogoff.verify.docs.DiagramRenderer;
import storelogoff.verify.docs.DiagramRenderer.Format;
import storelogoff.verify.docs.GeneratedDoc;
import storelogoff.verify.docs.GeneratedDocs;
import storelogoff.verify.docs.GeneratedRegion;

/** The diagram, diff and docs commands: output, exit status, and bad arguments (exit 2). */
class DocCommandsTest {

    private record Run(int exit, String out, String err) {}

    private static Run run(Object command, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void everyCommandAnswersHelp() {
        for (Object c : new Object[] {new DiagramCommand(), new DiffCommand(), new DocsCommand()}) {
            Run r = run(c, "--help");
            String name = c.getClass().getAnnotation(CommandLine.Command.class).name();
            assertThat(r.exit()).as("%s --help", name).isZero();
            assertThat(r.out()).startsWith("Usage: " + name);
        }
    }

    @Test
    void diagramPrintsTheRenderedReading() {
        assertThat(run(new DiagramCommand()).out()).isEqualTo(DiagramRenderer.render(Reading.DEFAULT, Format.MERMAID));
        Run dot = run(new DiagramCommand(), "--reading", "abort-stops", "--format", "DOT");
        assertThat(dot.exit()).isZero();
        assertThat(dot.out()).isEqualTo(DiagramRenderer.render(Reading.ABORT_STOPS, Format.DOT));
    }

    @Test
    void badArgumentsExitWithStatus2AndSayWhatWasWrong() {
        Run reading = run(new DiagramCommand(), "--reading", "strictest");
        assertThat(reading.exit()).isEqualTo(2);
        assertThat(reading.err()).startsWith("Invalid value for option '--reading': expected one of default, lenient-flags")
                .contains("found 'strictest'");
        Run format = run(new DiagramCommand(), "--format", "svg");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).startsWith("--format: unknown diagram format 'svg'");
        Run one = run(new DiffCommand(), "--reading", "default");
        assertThat(one.exit()).isEqualTo(2);
        assertThat(one.err()).startsWith("--reading: give two readings");
        assertThat(run(new DiffCommand(), "--reading", "default", "--reading", "nope").exit()).isEqualTo(2);
        assertThat(run(new DocsCommand(), "--no-such-option").exit()).isEqualTo(2);
    }

    @Test
    void diffPrintsTheDistinguishingScenarioOfTwoReadingsOrOfEveryPair() {
        Run two = run(new DiffCommand(), "--reading", "default", "--reading", "abort-stops");
        assertThat(two.exit()).isZero();
        assertThat(two.out()).contains("# Tells reading default from reading abort-stops",
                "#   state: REFUSED vs IDLE", "\nrelease\n");
        Run same = run(new DiffCommand(), "--reading", "output-complete", "--reading", "output-complete");
        assertThat(same.out()).startsWith("# Readings output-complete and output-complete behave the same within");

        Run all = run(new DiffCommand());
        int n = Reading.ALL.size();
        assertThat(all.out().lines().filter(l -> l.startsWith("# Tells reading ")).count()).isEqualTo(n * (n - 1) / 2);
    }

    @Test
    void docsWritesThenChecks(@TempDir Path base) throws IOException {
        // A repository with its clause catalogue, as in a checkout (the traceability matrix reads it).
        Path repo = Files.createDirectory(base.resolve("repo"));
        Files.writeString(repo.resolve("pom.xml"), "<project/>\n");
        Files.createDirectory(repo.resolve("model"));
        Files.createDirectories(repo.resolve(Clauses.PATH).getParent());
        Files.copy(Path.of(System.getProperty("storelogoff.repo"), Clauses.PATH), repo.resolve(Clauses.PATH));
        // Generated regions live in hand-written files: those files come with the checkout.
        for (GeneratedDoc d : GeneratedDocs.all(Path.of(System.getProperty("storelogoff.repo")))) {
            if (!(d instanceof GeneratedRegion)) continue;
            Files.createDirectories(repo.resolve(d.path()).getParent());
            Files.copy(Path.of(System.getProperty("storelogoff.repo"), d.path()), repo.resolve(d.path()));
        }
        Run check = run(new DocsCommand(), "--check", "--repo", repo.toString());
        assertThat(check.exit()).as("check before any doc was written").isEqualTo(1);
        assertThat(check.err()).contains("stale: docs/state-machine.md", "run ./storelogoff docs");

        Run write = run(new DocsCommand(), "--repo", repo.toString());
        assertThat(write.exit()).isZero();
        assertThat(write.out()).contains("wrote docs/state-machine.md");
        int docs = GeneratedDocs.all(repo).size();
        assertThat(write.err().lines()).as("one progress line per doc on stderr").hasSize(docs)
                .allMatch(l -> l.startsWith("docs: rendering "))
                .contains("docs: rendering docs/state-machine.md (1 of " + docs + ")");
        long wrote = write.out().lines().filter(l -> l.startsWith("wrote ")).count();
        assertThat(write.out().lines().reduce((a, b) -> b).orElse(""))
                .isEqualTo((docs - wrote) + " of " + docs + " generated docs were already up to date");
        assertThat(repo.resolve("docs/state-machine.md")).exists();
        Run current = run(new DocsCommand(), "--check", "--repo", repo.toString());
        assertThat(current.exit()).isZero();
        assertThat(current.out()).isEqualTo("all " + docs + " generated docs are up to date\n");

        Files.writeString(repo.resolve("docs/state-machine.md"), "edited\n");
        assertThat(run(new DocsCommand(), "--check", "--repo", repo.toString()).exit()).isEqualTo(1);
    }

    @Test
    void docsRefusesADirectoryThatIsNotTheRepository(@TempDir Path elsewhere) {
        Run r = run(new DocsCommand(), "--repo", elsewhere.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("is not the storelogoff repository root");
        assertThat(elsewhere.resolve("docs")).doesNotExist();
    }
}
