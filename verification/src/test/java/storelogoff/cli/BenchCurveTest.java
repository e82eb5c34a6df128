package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import storelogoff.verify.Bounds;
import storelogoff.verify.docs.PerformanceDoc;
import storelogoff.verify.explore.CostCurve;

/**
 * {@code storelogoff bench --curve} around its measurement, which takes minutes and which
 * {@code PerformanceDocTest} checks: here the committed page's points stand in for it. The
 * heading, the runs per point (3 unless --runs), a progress line per point in order, the page
 * written into the repository named by --repo, and a page that cannot be written (exit 3).
 */
class BenchCurveTest {
    @TempDir
    Path dir;

    /** The points of the committed page, as a measurement would give them. */
    private static PerformanceDoc.Measurement committed() throws IOException {
        Path page = Path.of(System.getProperty(RepositoryRoot.PROPERTY), PerformanceDoc.PATH);
        return PerformanceDoc.parse(Files.readString(page, StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    /** A directory that passes for the repository root: pom.xml and model/ there, and docs/ if {@code docs}. */
    private Path repository(boolean docs) throws IOException {
        Path root = Files.createDirectories(dir.resolve(docs ? "repo" : "repo-without-docs"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.createDirectories(root.resolve("model"));
        if (docs) Files.createDirectories(root.resolve("docs"));
        return root;
    }

    /** Runs bench --curve with the committed points as its measurement; {@code asked} gets runs and threads. */
    private static Cli curve(PerformanceDoc.Measurement points, List<Integer> asked, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "bench";
        all[1] = "--curve";
        System.arraycopy(args, 0, all, 2, args.length);
        CommandLine cl = Main.commandLine(all);
        Cli.command(cl, BenchCommand.class).curveMeasurement = (runs, threads, measuring) -> {
            asked.add(runs);
            asked.add(threads);
            CostCurve.points().forEach(measuring);
            return points.points();
        };
        return Cli.run(cl, all);
    }

    @Test
    void theCurveIsMeasuredPointByPointAndItsPageWritten() throws IOException {
        PerformanceDoc.Measurement points = committed();
        Path repo = repository(true);
        List<Integer> asked = new ArrayList<>();
        Cli c = curve(points, asked, "--repo", repo.toString(), "--threads", "1");
        assertThat(c.exit()).as("%s", c).isZero();
        List<Bounds> all = CostCurve.points();
        assertThat(c.outLines()).containsExactly("storelogoff bench --curve: " + all.size() + " points, reading default,"
                + " every invariant, liveness on, 1 thread; median of " + BenchCommand.CURVE_RUNS + " runs", "wrote " + PerformanceDoc.PATH);
        assertThat(asked).containsExactly(BenchCommand.CURVE_RUNS, 1);
        List<String> progress = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            progress.add("bench --curve: " + CostCurve.bounds(all.get(i)) + " (" + (i + 1) + " of " + all.size() + ")...");
        }
        progress.add("bench --curve: done");
        assertThat(c.err().lines()).containsExactlyElementsOf(progress);
        PerformanceDoc.Measurement written = PerformanceDoc.parse(Files.readString(repo.resolve(PerformanceDoc.PATH)));
        assertThat(written.points()).isEqualTo(points.points());
        assertThat(written.runs()).isEqualTo(BenchCommand.CURVE_RUNS);
        assertThat(written.threads()).isEqualTo(1);
        assertThat(written.cores()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(written.java()).isEqualTo(System.getProperty("java.version"));
    }

    @Test
    void runsAndThreadsAreThoseAskedFor() throws IOException {
        int cores = Runtime.getRuntime().availableProcessors();
        List<Integer> asked = new ArrayList<>();
        Cli c = curve(committed(), asked, "--repo", repository(true).toString(), "--runs", "1");
        assertThat(c.exit()).as("%s", c).isZero();
        assertThat(asked).containsExactly(1, cores);
        assertThat(c.outLines()[0]).endsWith(", liveness on, " + (cores == 1 ? "1 thread" : cores + " threads") + "; median of 1 runs");
    }

    @Test
    void aPageThatCannotBeWrittenIsExitThree() throws IOException {
        Path repo = repository(false);
        Cli c = curve(committed(), new ArrayList<>(), "--repo", repo.toString(), "--threads", "1");
        assertThat(c.exit()).as("%s", c).isEqualTo(3);
        assertThat(c.err().lines().reduce((a, b) -> b).orElseThrow())
                .startsWith("storelogoff bench: cannot write " + repo.resolve(PerformanceDoc.PATH) + ": ");
        assertThat(c.outLines()).hasSize(1);
    }
}
