package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import storelogoff.model.Reading;
import storelogoff.verify.explore.InvariantCostFork;
import storelogoff.verify.explore.InvariantCostForks;
import storelogoff.verify.explore.PairedRuns;

/**
 * {@code storelogoff bench --invariant-cost} on the smallest bounds: its heading with each
 * setting, one line per reading, the progress on stderr; and the options that do nothing with
 * it or with {@code --curve}, refused with exit 2 before anything runs; and {@code --forks N},
 * which runs the same in N JVMs, one after another.
 */
class BenchOptionsTest {
    private static final String[] TINY = {"--clients", "1", "--refs", "1", "--messages", "1", "--arrivals", "1"};

    private static Cli bench(String... args) {
        return Cli.run(tiny(args));
    }

    private static String[] tiny(String... args) {
        String[] all = new String[args.length + TINY.length + 1];
        all[0] = "bench";
        System.arraycopy(args, 0, all, 1, args.length);
        System.arraycopy(TINY, 0, all, 1 + args.length, TINY.length);
        return all;
    }

    @Test
    void invariantCostSaysWhatItRanThenOneLinePerReading() {
        Cli c = bench("--invariant-cost", "--runs", "1", "--threads", "1", "--reading", "default", "--reading", "abort-stops");
        assertThat(c.exit()).as("%s", c).isZero();
        String[] out = c.outLines();
        assertThat(out).hasSize(3);
        assertThat(out[0]).startsWith("storelogoff bench --invariant-cost: direct engine, ").contains(", liveness on, 1 thread;")
                .endsWith("; 1 pairs of runs, search alone then every invariant");
        assertThat(c.err().lines()).containsExactly("bench --invariant-cost default...", "bench --invariant-cost abort-stops...", "bench: done");

        Cli two = bench("--invariant-cost", "--runs", "2", "--threads", "2", "--no-liveness", "--reading", "default");
        assertThat(two.exit()).as("%s", two).isZero();
        assertThat(two.outLines()).hasSize(2);
        assertThat(two.outLines()[0]).contains(", liveness off, 2 threads;").endsWith("; 2 pairs of runs, search alone then every invariant");
    }

    @Test
    void optionsThatDoNothingAreRefused() {
        assertRefused(bench("--invariant-cost", "--search-only"), "--search-only does nothing with --invariant-cost (it runs both)");
        assertRefused(Cli.run("bench", "--curve", "--clients", "2"),
                "--clients does nothing with --curve (its points and checks are fixed)");
        assertRefused(bench("--repo", "somewhere"), "--repo does nothing without --curve");
    }

    @Test
    void forksAreForTheInvariantCostAndAtLeastOne() {
        assertRefused(bench("--invariant-cost", "--forks", "0"), "Invalid value for option '--forks': expected at least 1, found 0");
        assertRefused(bench("--forks", "2"), "--forks does nothing without --invariant-cost");
    }

    /** Bad usage: exit 2, {@code message} on stderr, nothing on stdout. */
    private static void assertRefused(Cli cli, String message) {
        assertThat(cli.exit()).as("exit").isEqualTo(2);
        assertThat(cli.err()).contains(message);
        assertThat(cli.out()).as("stdout").isEmpty();
    }

    private static final String SECONDS = "(\\d+\\.\\d\\d) s";
    private static final String RATIO = "(\\d+\\.\\d\\d)x";

    /**
     * Two real JVMs, one after another: a line each as it finishes, then the summary; the pooled
     * estimate, each level's fastest of both forks' runs, is at most either fork's least disturbed time.
     */
    @Test
    void twoForksGiveALineEachThenTheSummary() {
        String[] args = tiny("--invariant-cost", "--forks", "2", "--runs", "2", "--threads", "1", "--no-liveness",
                "--reading", "default");
        CommandLine cl = Main.commandLine(args);
        BenchCommand bench = Cli.command(cl, BenchCommand.class);
        List<PairedRuns> forks = new ArrayList<>();
        List<List<String>> commands = new ArrayList<>();
        bench.fork = command -> {
            commands.add(command);
            PairedRuns runs = InvariantCostFork.run(command);
            forks.add(runs);
            return runs;
        };
        Cli c = Cli.run(cl, args);
        assertThat(c.exit()).as("%s", c).isZero();
        String[] out = c.outLines();
        assertThat(out).hasSize(4);
        assertThat(out[0]).endsWith("; 2 pairs of runs, search alone then every invariant, in each of 2 JVMs one after another");
        for (int k = 1; k <= 2; k++) {
            assertThat(out[k]).matches("default {10}fork " + k + "/2: least disturbed search alone " + SECONDS + ", every invariant "
                    + SECONDS + ": " + RATIO + " \\(pairs' median " + RATIO + "\\)");
        }
        Matcher summary = Pattern.compile("default {10}over 2 forks: least-disturbed ratio median " + RATIO
                + " \\((\\d+\\.\\d\\d)-(\\d+\\.\\d\\d)\\); pooled \\(each level's fastest of all 4 runs\\) " + SECONDS
                + " and " + SECONDS + ": " + RATIO).matcher(out[3]);
        assertThat(summary.matches()).as(out[3]).isTrue();
        assertThat(c.err().lines()).containsExactly("bench --invariant-cost default: fork 1 of 2...",
                "bench --invariant-cost default: fork 2 of 2...", "bench: done");

        assertThat(commands).hasSize(2).allSatisfy(command -> assertThat(command).endsWith(
                "default", "1", "1", "1", "1", "true", "2", "false", "1", "true"));
        assertThat(forks).hasSize(2);
        PairedRuns pooled = new InvariantCostForks(Reading.DEFAULT, forks).pooled();
        for (PairedRuns f : forks) {
            assertThat(f.alone()).hasSize(2);
            assertThat(List.of(f.aloneLeast(), f.fullLeast(), f.ratio().min())).allSatisfy(x -> assertThat(x).isPositive());
            assertThat(pooled.aloneLeast()).isPositive().isLessThanOrEqualTo(f.aloneLeast());
            assertThat(pooled.fullLeast()).isPositive().isLessThanOrEqualTo(f.fullLeast());
        }
        double[] ratios = forks.stream().mapToDouble(PairedRuns::leastRatio).sorted().toArray();
        assertThat(Double.parseDouble(summary.group(2))).isEqualTo(Math.round(ratios[0] * 100) / 100.0);
        assertThat(Double.parseDouble(summary.group(3))).isEqualTo(Math.round(ratios[1] * 100) / 100.0);
    }

    /** A fork that fails ends the bench with exit 3 and one line: which fork, and the fork's last line on stderr. */
    @Test
    void aFailingForkIsExit3AndOneLine() {
        String[] args = tiny("--invariant-cost", "--forks", "3", "--runs", "1", "--threads", "1", "--reading", "default");
        CommandLine cl = Main.commandLine(args);
        BenchCommand bench = Cli.command(cl, BenchCommand.class);
        int[] started = {0};
        bench.fork = command -> {
            if (++started[0] == 1) return new PairedRuns(List.of(new PairedRuns.Run(2, List.of(1L))), List.of(new PairedRuns.Run(3, List.of(2L))));
            List<String> bad = new ArrayList<>(command);
            bad.set(bad.indexOf(InvariantCostFork.class.getName()), "storelogoff.NoSuchFork");
            return InvariantCostFork.run(bad);
        };
        Cli c = Cli.run(cl, args);
        assertThat(c.exit()).as("%s", c).isEqualTo(3);
        assertThat(started[0]).as("no fork after the failing one").isEqualTo(2);
        assertThat(c.outLines()).hasSize(2);
        assertThat(c.outLines()[1]).startsWith("default          fork 1/3: ");
        assertThat(c.err().lines()).containsExactly("bench --invariant-cost default: fork 1 of 3...",
                "bench --invariant-cost default: fork 2 of 3...",
                "storelogoff bench: fork 2 of 3 (reading default) exited with status 1: Caused by: java.lang.ClassNotFoundException:"
                        + " storelogoff.NoSuchFork");
    }
}
