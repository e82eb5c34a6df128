package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import picocli.CommandLine;
import storelogoff.model.Reading;
import storelogoff.verify.Bounds;

/**
 * {@code verify} and {@code bench}: exit status, the summary and what it says was run, bounds
 * checked before any work, and counterexamples written to files that replay with {@code run}.
 */
class VerifyCommandTest {

    @Test
    void theModelPassesWithASummaryPerReading() {
        Cli c = Cli.run("verify", "--walks", "10", "--seed", "7", "--cross-check", "200");
        assertThat(c.exit()).as(c.toString()).isZero();
        assertThat(c.out()).contains("every reading (6)", "seed 7", "reading", "states", "transitions/s", "steps/s",
                "All invariants hold under every reading (6). Reproduce with --seed 7.");
        for (String reading : new String[] {"default", "lenient-flags", "abort-stops", "output-complete",
                "output-unchanged", "rem3-literal"}) {
            assertThat(c.out()).contains("\n" + reading + " ");
        }
        // The coverage column (e.g. 30/30r 5/5s) has its legend under the table.
        assertThat(c.out()).containsPattern("\\d+/\\d+r \\d+/\\d+s")
                .contains("coverage: of the reading's table rows, those the random walks fired (r); of the store's states,"
                        + " those they reached (s)");
        assertThat(c.err()).as("progress goes to stderr").contains("default: exhaustive check");
        // The Spring checks column: the 200 sampled transitions + the walk steps compared, with its legend.
        assertThat(c.out()).containsPattern("\\d+/\\d+s +200\\+\\d+\n").contains("Spring checks: explored transitions");
    }

    @Test
    void byDefaultSpringIsComparedOnEachDecision() {
        Cli c = Cli.run("verify", "--reading", "default", "--walks", "20", "--seed", "7");
        assertThat(c.exit()).as(c.toString()).isZero();
        // About 70 decisions within the default bounds, of some 120,000 transitions, and the walks' own.
        assertThat(c.out()).containsPattern(" [\\d,]+\\+[\\d,]+\n");
        String row = c.out().lines().filter(l -> l.startsWith("default ")).findFirst().orElseThrow();
        String[] checks = row.substring(row.lastIndexOf(' ') + 1).split("\\+");
        assertThat(Integer.parseInt(checks[0].replace(",", ""))).as(row).isBetween(20, 1_000);
        assertThat(Integer.parseInt(checks[1].replace(",", ""))).as(row).isPositive();
    }

    @Test
    void oneReadingIsNamedNotCountedAsEvery() {
        Cli c = Cli.run("verify", "--reading", "default", "--walks", "0", "--cross-check", "none");
        assertThat(c.exit()).as(c.toString()).isZero();
        assertThat(c.out()).startsWith("storelogoff verify: reading default; exhaustive within")
                .contains("All invariants hold under reading default.")
                .doesNotContain("every reading", "1 readings");
        // No walks, no coverage: the column says so, and no legend explains a column of dashes.
        assertThat(c.out()).doesNotContain("coverage: of");
    }

    @Test
    void aRepeatedReadingRunsOnceAndIsReported() {
        Cli c = Cli.run("verify", "--reading", "abort-stops", "--reading", "abort-stops", "--reading", "default",
                "--walks", "0", "--cross-check", "none");
        assertThat(c.exit()).as(c.toString()).isZero();
        assertThat(c.err()).contains("storelogoff verify: --reading abort-stops is given more than once; it runs once");
        assertThat(c.out()).contains("readings abort-stops, default;");
        assertThat(c.out().lines().filter(l -> l.startsWith("abort-stops "))).hasSize(1);

        Cli swapped = Cli.run("bench", "--runs", "1", "--threads", "1", "--search-only", "--reading",
                "lenient-flags+abort-stops", "--reading", "abort-stops+lenient-flags");
        assertThat(swapped.err()).contains("storelogoff bench: --reading abort-stops+lenient-flags is given more than once"
                + " (as lenient-flags+abort-stops); it runs once");
        assertThat(swapped.out().lines().filter(l -> l.contains(" states "))).hasSize(1);
    }

    @Test
    void aWrongModelFailsWithItsCounterexampleInAFileThatReplays(@TempDir Path dir) throws IOException {
        // QUIET-1: the mutant logs off while the Outbox holds a message.
        Path out = dir.resolve("cx");
        Cli c = Cli.run("verify", "--mutant", "quiet-ignores-activity", "--reading", "default", "--walks", "0",
                "--out", out.toString());
        assertThat(c.exit()).as(c.toString()).isEqualTo(1);
        Path file = out.resolve("default-quiet-refuses-while-active.scn");
        String replay = "./storelogoff run --mutant quiet-ignores-activity " + file;
        assertThat(c.out()).contains("default: quiet-refuses-while-active violated; counterexample " + file + "\n",
                "  replay: " + replay + "\n", "VIOLATED under reading default: 1 counterexample above.");
        // stdout is the summary only: no scenario text between its lines.
        assertThat(c.out()).doesNotContain("# Counterexample", "\nset ", "\nlogoff ");
        String scenario = Files.readString(file);
        assertThat(scenario).startsWith("# replay: " + replay + "\n")
                .contains("quiet-refuses-while-active (QUIET-1)", "logoff QUIET", "release");

        Cli onMutant = Cli.run(replay.substring("./storelogoff ".length()).replace(" --json", "").split(" "));
        assertThat(onMutant.exit()).as(onMutant.toString()).isZero();
        Cli json = Cli.run("run", "--mutant", "quiet-ignores-activity", "--json", file.toString());
        assertThat(last(json)).contains("\"state\":\"IDLE\"");
        Cli onModel = Cli.run("run", "--json", file.toString());
        assertThat(last(onModel)).as("the real model refuses (QUIET-1)").contains("\"state\":\"REFUSED\"");
    }

    @Test
    void badUsageIsOneLineAndExitTwo() {
        for (String[] args : new String[][] {{"verify", "--clients", "0"}, {"verify", "--cross-check", "some"},
                {"verify", "--mutant", "no-such-mutant"}, {"verify", "--reading", "nonsense"}, {"verify", "--walks", "-1"},
                {"verify", "--bench"}, {"verify", "--runs", "3"}, {"mutants", "--bogus"}, {"bench", "--runs", "0"}}) {
            Cli c = Cli.run(args);
            assertThat(c.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(c.err().lines().count()).as(c.err()).isEqualTo(1);
            assertThat(c.out()).isEmpty();
        }
    }

    /** Bounds are checked before any work: each in its range. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " :: ", value = {
        "verify --clients 9 :: storelogoff verify: Invalid value for option '--clients': expected 1..8, found 9"
            + " (see 'storelogoff verify --help')",
        "verify --refs 16 :: storelogoff verify: Invalid value for option '--refs': expected 1..15, found 16"
            + " (see 'storelogoff verify --help')",
        "verify --messages -1 :: storelogoff verify: Invalid value for option '--messages': expected 0..15, found -1"
            + " (see 'storelogoff verify --help')",
        "verify --threads 0 :: storelogoff verify: Invalid value for option '--threads': expected 1..CORES (the cores"
            + " available), found 0 (see 'storelogoff verify --help')",
        "bench --threads 999 :: storelogoff bench: Invalid value for option '--threads': expected 1..CORES (the cores"
            + " available), found 999 (see 'storelogoff bench --help')",
        "verify --reading output-complete+output-unchanged :: storelogoff verify: Invalid value for option '--reading' (R):"
            + " readings output-complete and output-unchanged contradict each other: both settle what StoreLogoff writes"
            + " to *lpulFlags (LogoffOutput); choose one (see 'storelogoff verify --help')",
        "verify --walks 0 --steps 50 :: storelogoff verify: --steps does nothing with --walks 0 (it is about the random"
            + " walks) (see 'storelogoff verify --help')",
        "verify --walks 0 --coverage :: storelogoff verify: --coverage does nothing with --walks 0 (it is about the"
            + " random walks) (see 'storelogoff verify --help')",
        "verify --walks 0 --cross-check none --seed 3 :: storelogoff verify: --seed does nothing with --walks 0 and"
            + " --cross-check none (it seeds the random walks and the cross-check sample) (see 'storelogoff verify --help')",
        "verify --walks 0 --seed 3 :: storelogoff verify: --seed does nothing with --walks 0 and"
            + " --cross-check decisions (it seeds the random walks and the cross-check sample) (see 'storelogoff verify --help')",
        "bench --curve --clients 3 :: storelogoff bench: --clients does nothing with --curve (its points and checks are"
            + " fixed) (see 'storelogoff bench --help')",
        "bench --curve --reading default :: storelogoff bench: --reading does nothing with --curve (its points and checks"
            + " are fixed) (see 'storelogoff bench --help')",
        "bench --repo . :: storelogoff bench: --repo does nothing without --curve (see 'storelogoff bench --help')",
    })
    void badBoundsAndOptionsAreExitTwoBeforeAnyWork(String args, String message) {
        Cli c = Cli.run(args.split(" "));
        assertThat(c.exit()).as(c.toString()).isEqualTo(2);
        assertThat(c.out()).as("nothing ran").isEmpty();
        assertThat(c.err()).isEqualTo(message.replace("CORES", String.valueOf(Runtime.getRuntime().availableProcessors()))
                + System.lineSeparator());
    }

    /** The largest bounds pack (in two words); a search no heap could hold is exit 3 with the estimate, before any work. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " :: ", value = {
        "verify --clients 8 --refs 15 --messages 15 --arrivals 15 :: storelogoff verify: 8 clients, 15 refs each,"
            + " 15 messages, 15 arrivals mean about 918.2 billion states per reading with symmetry, about 384,821.9 GiB of"
            + " memory with liveness; the explorer's tables hold at most 134.2 million states, whatever the heap: lower the bounds",
        "bench --clients 8 --refs 15 --messages 15 --arrivals 15 --no-symmetry --no-liveness :: storelogoff bench: 8 clients,"
            + " 15 refs each, 15 messages, 15 arrivals mean about 6,434,617 billion states per reading, about 719,124,480.0 GiB"
            + " of memory; the explorer's tables hold at most 134.2 million states, whatever the heap: lower the bounds",
    })
    void aSearchNoHeapHoldsIsExitThreeWithTheEstimate(String args, String message) {
        Cli c = Cli.run(args.split(" "));
        assertThat(c.exit()).as(c.toString()).isEqualTo(3);
        assertThat(c.out()).as("nothing ran").isEmpty();
        assertThat(c.err()).isEqualTo(message + System.lineSeparator());
    }

    @Test
    void aSearchTooBigForTheHeapIsWarnedAboutWithTheEstimate() {
        CommandLine cl = Main.commandLine();
        cl.parseArgs("bench", "--clients", "8", "--refs", "7", "--messages", "1", "--arrivals", "1", "--no-symmetry");
        SearchOptions search = ((BenchCommand) cl.getSubcommands().get("bench").getCommand()).search;
        Bounds bounds = search.bounds();
        assertThat(search.warning(bounds, Reading.ALL, 1L << 30)).isEqualTo("storelogoff bench: warning: 8 clients,"
                + " 7 refs each, 1 messages, 1 arrivals mean about 2.7 billion states per reading, about 1,139.1 GiB of"
                + " memory with liveness; the Java heap holds 1.0 GiB: lower the bounds, add --no-liveness, or raise the"
                + " heap (JAVA_OPTS=-Xmx...)");
        assertThat(search.warning(Bounds.DEFAULT, Reading.ALL, 256L << 20)).as("the defaults fit in 256 MiB").isNull();
    }

    /** Readings run side by side, one per thread, unless that many searches would not fit in the heap together. */
    @Test
    void readingsRunSideBySideWhenTheirSearchesFitTheHeapTogether() {
        CommandLine cl = Main.commandLine();
        cl.parseArgs("verify", "--no-symmetry");
        SearchOptions search = ((VerifyCommand) cl.getSubcommands().get("verify").getCommand()).search;
        assertThat(search.readingsAtOnce(Bounds.DEFAULT, Reading.ALL, 2)).isEqualTo(2);
        assertThat(search.readingsAtOnce(Bounds.DEFAULT, Reading.ALL, 1)).isEqualTo(1);
        assertThat(search.readingsAtOnce(Bounds.DEFAULT, List.of(Reading.DEFAULT), 2)).as("one reading").isEqualTo(1);
        Bounds huge = new Bounds(6, 4, 4, 4, true);
        assertThat(search.readingsAtOnce(huge, Reading.ALL, 2)).as("about 30 GiB each").isEqualTo(1);
    }

    @Test
    void benchIsItsOwnCommand() {
        Cli c = Cli.run("bench", "--runs", "1", "--reading", "default", "--search-only", "--threads", "1");
        assertThat(c.exit()).as(c.toString()).isZero();
        assertThat(c.out()).startsWith("storelogoff bench: direct engine, reading default, 2 clients, 2 refs each,"
                        + " 2 messages, 2 arrivals, no invariants, liveness on, symmetry on, 1 thread; median (min-max) of 1 runs")
                .contains("states/s", "transitions/s");
        assertThat(Cli.run("verify", "--help").out()).doesNotContain("--bench", "--runs", "--search-only");
    }

    private static String last(Cli c) {
        String[] lines = c.outLines();
        return lines[lines.length - 1];
    }
}
