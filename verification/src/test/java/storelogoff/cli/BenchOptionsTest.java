package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code storelogoff bench --invariant-cost} on the smallest bounds: its heading with each
 * setting, one line per reading, the progress on stderr; and the options that do nothing with
 * it or with {@code --curve}, refused with exit 2 before anything runs.
 */
class BenchOptionsTest {
    private static final String[] TINY = {"--clients", "1", "--refs", "1", "--messages", "1", "--arrivals", "1"};

    private static Cli bench(String... args) {
        String[] all = new String[args.length + TINY.length + 1];
        all[0] = "bench";
        System.arraycopy(args, 0, all, 1, args.length);
        System.arraycopy(TINY, 0, all, 1 + args.length, TINY.length);
        return Cli.run(all);
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
        Cli both = bench("--invariant-cost", "--search-only");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("--search-only does nothing with --invariant-cost (it runs both)");
        assertThat(both.out()).isEmpty();

        Cli curve = Cli.run("bench", "--curve", "--clients", "2");
        assertThat(curve.exit()).isEqualTo(2);
        assertThat(curve.err()).contains("--clients does nothing with --curve (its points and checks are fixed)");
        assertThat(curve.out()).isEmpty();

        Cli repo = bench("--repo", "somewhere");
        assertThat(repo.exit()).isEqualTo(2);
        assertThat(repo.err()).contains("--repo does nothing without --curve");
    }
}
