package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import storelogoff.model.Reading;
import storelogoff.verify.Bounds;
import storelogoff.verify.explore.Explorer;
import storelogoff.verify.explore.StateSpaceEstimate;

/**
 * The search options' checks at their edges: the estimate in words at each unit's threshold,
 * the heap a search needs to the byte (without symmetry the estimate is a whole number), the
 * readings run side by side only when their searches fit together, and the refusal of a search
 * no heap holds, which is judged on the estimate's lower end.
 */
class SearchOptionsTest {
    private static final Bounds SMALL = new Bounds(2, 2, 2, 2, true);

    private static SearchOptions options(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "verify";
        System.arraycopy(args, 0, all, 1, args.length);
        CommandLine cl = Main.commandLine(all);
        cl.parseArgs(all);
        return Cli.command(cl, VerifyCommand.class).search;
    }

    /** The heap one search within {@code b} under {@code r} needs, as the options count it. */
    private static long need(Bounds b, Reading r, boolean liveness) {
        double bytes = StateSpaceEstimate.bytes(StateSpaceEstimate.states(b, r, false), liveness);
        assertThat(bytes).as("a whole number of bytes").isEqualTo(Math.rint(bytes));
        return (long) bytes;
    }

    @Test
    void countsAndSizesInWordsChangeUnitAtTheirThresholds() {
        assertThat(SearchOptions.count(7)).isEqualTo("7");
        assertThat(SearchOptions.count(999_999)).isEqualTo("999,999");
        assertThat(SearchOptions.count(1e6)).isEqualTo("1.0 million");
        assertThat(SearchOptions.count(2.46e8)).isEqualTo("246.0 million");
        assertThat(SearchOptions.count(1e9)).isEqualTo("1.0 billion");
        assertThat(SearchOptions.count(2.46e11)).isEqualTo("246.0 billion");
        assertThat(SearchOptions.count(1e12)).isEqualTo("1,000 billion");
        assertThat(SearchOptions.size(512L << 20)).isEqualTo("512 MiB");
        assertThat(SearchOptions.size((1L << 30) - (1L << 20))).isEqualTo("1,023 MiB");
        assertThat(SearchOptions.size(1L << 30)).isEqualTo("1.0 GiB");
        assertThat(SearchOptions.size(3L << 29)).isEqualTo("1.5 GiB");
    }

    @Test
    void theWarningComesWhenTheHeapIsOneByteShortOfTheEstimate() {
        for (boolean liveness : new boolean[] {true, false}) {
            SearchOptions search = liveness ? options("--no-symmetry") : options("--no-symmetry", "--no-liveness");
            long need = need(SMALL, Reading.DEFAULT, liveness) + SearchOptions.BASE_BYTES;
            assertThat(search.warning(SMALL, List.of(Reading.DEFAULT), need)).as("liveness %s", liveness).isNull();
            assertThat(search.warning(SMALL, List.of(Reading.DEFAULT), need - 1)).as("liveness %s", liveness)
                    .startsWith("storelogoff verify: warning: 2 clients, 2 refs each, 2 messages, 2 arrivals mean about ");
        }
    }

    @Test
    void theWarningIsOneLineOnStderrOnlyWhenTheSearchLikelyDoesNotFit() {
        SearchOptions search = options("--no-symmetry");
        long need = need(SMALL, Reading.DEFAULT, true) + SearchOptions.BASE_BYTES;
        StringWriter err = new StringWriter();
        search.warnIfTooBig(SMALL, List.of(Reading.DEFAULT), new PrintWriter(err), need);
        assertThat(err.toString()).isEmpty();
        search.warnIfTooBig(SMALL, List.of(Reading.DEFAULT), new PrintWriter(err), 1L << 20);
        assertThat(err.toString()).isEqualTo(search.warning(SMALL, List.of(Reading.DEFAULT), 1L << 20) + System.lineSeparator())
                .contains("; the Java heap holds 1 MiB: lower the bounds, add --no-liveness, or raise the heap");
    }

    @Test
    void readingsRunSideBySideOnlyWhenAllTheirSearchesFitTheHeapToTheByte() {
        List<Reading> two = List.of(Reading.DEFAULT, Reading.ABORT_STOPS);
        for (boolean liveness : new boolean[] {true, false}) {
            SearchOptions search = liveness ? options("--no-symmetry") : options("--no-symmetry", "--no-liveness");
            long need = 2 * need(SMALL, Reading.DEFAULT, liveness) + SearchOptions.BASE_BYTES;
            assertThat(search.readingsAtOnce(SMALL, two, 2, need)).as("liveness %s", liveness).isEqualTo(2);
            assertThat(search.readingsAtOnce(SMALL, two, 2, need - 1)).as("liveness %s", liveness).isEqualTo(1);
            assertThat(search.readingsAtOnce(SMALL, two, 1, need)).as("one thread").isEqualTo(1);
        }
    }

    /**
     * At 3/10/14/14 the estimate with symmetry is between 4/3 and twice the explorer's capacity:
     * its lower end (half of it) fits, so the search may run; without symmetry the estimate's
     * lower end is three quarters of it, far beyond the capacity.
     */
    @Test
    void aSearchIsRefusedOnlyWhenTheEstimatesLowerEndExceedsTheCapacity() {
        Bounds b = new Bounds(3, 10, 14, 14, true);
        double withSymmetry = StateSpaceEstimate.states(b, Reading.DEFAULT, true);
        assertThat(withSymmetry / Explorer.capacity(b)).as("estimate over capacity").isBetween(1.4, 1.9);
        assertThatCode(() -> options().refuseIfNoHeapHolds(b, List.of(Reading.DEFAULT))).doesNotThrowAnyException();
        assertThatThrownBy(() -> options("--no-symmetry").refuseIfNoHeapHolds(b, List.of(Reading.DEFAULT)))
                .isInstanceOf(Crashes.Unavailable.class)
                .hasMessageStartingWith("3 clients, 10 refs each, 14 messages, 14 arrivals mean about ")
                .hasMessageEndingWith("; the explorer's tables hold at most " + SearchOptions.count(Explorer.capacity(b))
                        + " states, whatever the heap: lower the bounds");
    }

    @Test
    void eachBoundOutOfItsRangeIsRefusedWithTheRange() {
        for (String[] bad : List.of(new String[] {"--clients", "9", "1..8"}, new String[] {"--refs", "16", "1..15"},
                new String[] {"--messages", "16", "0..15"}, new String[] {"--arrivals", "16", "0..15"},
                new String[] {"--arrivals", "-1", "0..15"})) {
            Cli c = Cli.run("verify", bad[0], bad[1]);
            assertThat(c.exit()).as("%s", c).isEqualTo(2);
            assertThat(c.err()).isEqualTo("storelogoff verify: Invalid value for option '" + bad[0] + "': expected " + bad[2]
                    + ", found " + bad[1] + " (see 'storelogoff verify --help')" + System.lineSeparator());
        }
    }

    /** Out of memory, verify and bench say which bounds to lower. */
    @Test
    void theSearchCommandsNameTheBoundsToLowerWhenMemoryRunsOut() {
        for (Crashes.Hint command : List.<Crashes.Hint>of(new VerifyCommand(), new BenchCommand())) {
            assertThat(command.smallerRun()).isEqualTo(SearchOptions.SMALLER_RUN);
            assertThat(Crashes.line(new OutOfMemoryError(), command.smallerRun(), true))
                    .contains(": lower the bounds (--clients, --refs, --messages, --arrivals), add --no-liveness, or give Java a larger heap");
        }
    }
}
