package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.model.StoreState;
import storelogoff.verify.Bounds;
import storelogoff.verify.Verification;
import storelogoff.verify.explore.CrossCheck;
import storelogoff.verify.invariants.Invariants;
import storelogoff.verify.walk.WalkConfig;
import storelogoff.verify.walk.WalkReport;

/**
 * The summary table of {@code verify}, pinned column by column on a run whose numbers all
 * differ: within 1/1/1/1 the states and transitions come from the state-space manifest
 * (docs/verification/state-space.md), the invariants from the suite, the walk steps are walks x
 * steps (13 x 11: the model answers every step, so no walk stops early), and the coverage is
 * that of the same walks run through the API; a wrong model gives a violation count above 0.
 */
class VerifySummaryContractTest {
    private static final String[] ARGS = {"verify", "--reading", "default", "--reading", "abort-stops", "--clients", "1",
        "--refs", "1", "--messages", "1", "--arrivals", "1", "--walks", "13", "--steps", "11", "--walk-clients", "3",
        "--seed", "5", "--cross-check", "none"};
    private static final String HEADER = "reading                states  transitions invariants violations      time"
            + "    transitions/s walk steps     steps/s  coverage Spring checks";

    /** One row of the summary. */
    record Row(String reading, long states, long transitions, int invariants, int violations, double seconds,
               long transitionsPerSecond, long walkSteps, long stepsPerSecond, String coverage, long crossChecked,
               long walkStepsCompared) {
        static Row parse(String line) {
            // The coverage is two words ("11/30r 3/5s") or "-" where no walks ran.
            String[] c = line.trim().split("\\s+");
            assertThat(c.length).as(line).isBetween(11, 12);
            String coverage = String.join(" ", java.util.Arrays.copyOfRange(c, 9, c.length - 1));
            String[] spring = c[c.length - 1].split("\\+");
            assertThat(spring).as("Spring checks: explored + walk steps, %s", line).hasSize(2);
            assertThat(c[5]).as("time in seconds: %s", line).matches("\\d+\\.\\d\\ds");
            return new Row(c[0], number(c[1]), number(c[2]), Integer.parseInt(c[3]), Integer.parseInt(c[4]),
                    Double.parseDouble(c[5].substring(0, c[5].length() - 1)), number(c[6]), number(c[7]), number(c[8]), coverage,
                    number(spring[0]), number(spring[1]));
        }

        private static long number(String s) {
            assertThat(s).matches("\\d{1,3}(,\\d{3})*");
            return Long.parseLong(s.replace(",", ""));
        }
    }

    /** States and transitions of a manifest row: reading, bounds, default Inbox on. */
    static long[] manifest(String reading, String bounds) throws IOException {
        String doc = Files.readString(Path.of(System.getProperty("storelogoff.repo"), "docs", "verification", "state-space.md"));
        Matcher m = Pattern.compile("(?m)^\\| " + Pattern.quote(reading) + " \\| " + Pattern.quote(bounds)
                + " \\| on \\| ([0-9,]+) \\| ([0-9,]+) \\|").matcher(doc);
        assertThat(m.find()).as("manifest row %s %s", reading, bounds).isTrue();
        return new long[] {Long.parseLong(m.group(1).replace(",", "")), Long.parseLong(m.group(2).replace(",", ""))};
    }

    @Test
    void everyColumnOfEveryReadingHasItsOwnValue() throws IOException {
        Cli c = Cli.run(ARGS);
        assertThat(c.exit()).as("%s", c).isZero();
        List<String> lines = c.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("storelogoff verify: readings default, abort-stops; exhaustive within 1 clients,"
                + " 1 refs each, 1 messages, 1 arrivals; 13 random walks of up to 11 steps with 3 clients; seed 5");
        assertThat(lines.get(1)).isEmpty();
        assertThat(lines.get(2)).isEqualTo(HEADER);
        assertThat(lines.get(5)).isEqualTo("coverage: of the reading's table rows, those the random walks fired (r);"
                + " of the store's states, those they reached (s); - where no walks ran");
        assertThat(lines.get(6)).startsWith("Spring checks: explored transitions + walk steps replayed through the Spring machine");
        assertThat(lines.get(7)).isEqualTo("All invariants hold under readings default, abort-stops. Reproduce with --seed 5.");
        assertThat(lines).hasSize(8);

        Bounds bounds = new Bounds(1, 1, 1, 1, true);
        Verification.Plan plan = new Verification.Plan(bounds, CrossCheck.none(), true, new WalkConfig(13, 11, 3, 5, true), 1);
        List<Reading> readings = List.of(Reading.DEFAULT, Reading.ABORT_STOPS);
        for (int i = 0; i < readings.size(); i++) {
            Reading r = readings.get(i);
            Row row = Row.parse(lines.get(3 + i));
            assertThat(lines.get(3 + i)).as("the reading's name, padded").startsWith(r.name() + " ".repeat(19 - r.name().length()));
            long[] manifest = manifest(r.name(), "1/1/1/1");
            Verification.Verdict api = Verification.run(new Model(r), plan, new Verification.Listener() {
                @Override
                public void phase(String name) {}

                @Override
                public void progress(int states, long transitions, int queue, int depth, long elapsedNanos) {}
            });
            WalkReport w = api.walks();
            int rows = new Model(r).transitions().size();
            int fired = rows - w.coverage().neverFired().size();
            int reached = StoreState.values().length - w.coverage().neverReached().size();

            assertThat(row.reading()).isEqualTo(r.name());
            assertThat(row.states()).as("states").isEqualTo(manifest[0]);
            assertThat(row.transitions()).as("transitions").isEqualTo(manifest[1]);
            assertThat(row.invariants()).as("invariants and liveness properties")
                    .isEqualTo(Invariants.forReading(r).size() + api.exhaustive().liveness().size())
                    .isEqualTo(api.exhaustive().invariants() + api.exhaustive().liveness().size());
            assertThat(row.violations()).as("violations").isZero();
            assertThat(row.walkSteps()).as("walk steps").isEqualTo(13 * 11).isEqualTo(w.steps());
            assertThat(row.crossChecked()).as("explored transitions compared with Spring (--cross-check none)").isZero();
            assertThat(row.walkStepsCompared()).as("walk steps compared with Spring").isEqualTo(w.compared())
                    .isLessThan(row.walkSteps());
            assertThat(row.coverage()).as("coverage").isEqualTo(fired + "/" + rows + "r " + reached + "/" + StoreState.values().length + "s");
            assertThat(row.seconds()).isPositive();
            assertThat(row.transitionsPerSecond()).isPositive();
            assertThat(row.stepsPerSecond()).isPositive();
            // The counts of the row all differ, so that no two columns can be swapped unnoticed.
            List<Long> counts = List.of(row.states(), row.transitions(), (long) row.invariants(), row.walkSteps(), (long) fired,
                    (long) rows, (long) reached, (long) StoreState.values().length, row.walkStepsCompared());
            Set<Long> distinct = new HashSet<>(counts);
            assertThat(distinct).as("distinct counts %s", counts).hasSameSizeAs(counts);
        }
    }

    @Test
    void aWrongModelCountsItsViolation(@org.junit.jupiter.api.io.TempDir Path dir) {
        String[] args = {"verify", "--mutant", "quiet-ignores-activity", "--reading", "default", "--clients", "1", "--refs", "1",
            "--messages", "1", "--arrivals", "1", "--walks", "7", "--steps", "11", "--seed", "5", "--cross-check", "none", "--out", dir.toString()};
        Cli c = Cli.run(args);
        assertThat(c.exit()).as("%s", c).isEqualTo(1);
        List<String> lines = c.out().lines().toList();
        assertThat(lines.get(3)).isEqualTo(HEADER);
        Row row = Row.parse(lines.get(4));
        assertThat(row.reading()).isEqualTo("default");
        assertThat(row.violations()).as("violations").isEqualTo(1);
        // The search stops at the first violation, before the walks.
        assertThat(row.states()).isBetween(2L, 294L);
        assertThat(row.transitions()).isGreaterThan(row.states());
        assertThat(row.invariants()).isGreaterThan(1).isNotEqualTo((int) row.states());
        assertThat(row.walkSteps()).isZero();
        assertThat(row.stepsPerSecond()).isZero();
        assertThat(row.coverage()).isEqualTo("-");
        assertThat(c.out()).doesNotContain("coverage: of").contains("VIOLATED under reading default: 1 counterexample above.");
    }
}
