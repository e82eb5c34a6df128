package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.verify.Bounds;
import storelogoff.verify.invariants.Invariants;

/**
 * The state space pinned (issue 11, §5): the explorer's counts and verdict for every row of
 * docs/verification/state-space.md, with the build's rows also compared, as sets of worlds and
 * of edges, with a naive search. The profile's rows run with {@code -Dstorelogoff.manifest=all}
 * ({@code mvn -P manifest verify}).
 */
class StateSpaceManifestTest {
    /** The system property choosing the rows: {@code build} (the default) or {@code all}. */
    static final String PROPERTY = "storelogoff.manifest";
    static final String FILE = "docs/verification/state-space.md";

    /** The issue's SPIN table: bounds to states under default, lenient-flags, abort-stops, lenient-flags+abort-stops. */
    private static final Map<String, List<Integer>> SPIN = Map.of(
            "1/1/1/1", List.of(295, 494, 269, 429),
            "2/2/2/2", List.of(4_187, 7_049, 3_943, 6_439),
            "2/3/3/3", List.of(22_412, 37_692, 21_440, 35_262),
            "3/2/3/3", List.of(35_612, 59_692, 34_640, 57_262),
            "4/3/4/4", List.of(814_668, 1_358_823, 811_880, 1_351_853));
    private static final List<String> SPIN_READINGS = List.of("default", "lenient-flags", "abort-stops",
            "lenient-flags+abort-stops");

    /** One row of the manifest; {@code spin} is -1 where SPIN gives no count. */
    record Row(Reading reading, Bounds bounds, String boundsText, int states, long transitions, long edges,
               boolean holds, int spin, int symmetricStates, boolean build) {
        @Override
        public String toString() {
            return reading.name() + " " + boundsText + (bounds.defaultInbox() ? "" : " no default Inbox");
        }
    }

    @Test
    void manifestHoldsTheIssuesSpinTable() {
        List<Row> rows = rows();
        SPIN.forEach((bounds, counts) -> {
            for (int k = 0; k < SPIN_READINGS.size(); k++) {
                String reading = SPIN_READINGS.get(k);
                int spin = counts.get(k);
                assertThat(rows).as("a row for %s at %s with the default Inbox", reading, bounds).anySatisfy(r -> {
                    assertThat(r.reading().name()).isEqualTo(reading);
                    assertThat(r.boundsText()).isEqualTo(bounds);
                    assertThat(r.bounds().defaultInbox()).isTrue();
                    assertThat(r.spin()).as("SPIN column").isEqualTo(spin);
                    assertThat(r.states()).as("states").isEqualTo(spin);
                });
            }
        });
        assertThat(rows).as("every SPIN count equals the states of its row").allSatisfy(r -> {
            if (r.spin() >= 0) assertThat(r.states()).as("%s", r).isEqualTo(r.spin());
        });
        assertThat(rows).as("default at 4/3/4/4: the issue's transitions").anySatisfy(r -> {
            assertThat(r.toString()).isEqualTo("default 4/3/4/4");
            assertThat(r.transitions()).isEqualTo(43_961_689L);
        });
        for (Reading reading : Reading.ALL) {
            assertThat(rows).as("rows for %s", reading.name()).anyMatch(r -> r.reading().equals(reading) && !r.build());
        }
        assertThat(rows).as("rows every build checks").anyMatch(Row::build);
    }

    @TestFactory
    Stream<DynamicTest> explorerMatchesTheManifest() {
        boolean all = "all".equals(System.getProperty(PROPERTY, "build"));
        return rows().stream().filter(r -> all || r.build()).map(r -> DynamicTest.dynamicTest(r.toString(), () -> check(r)));
    }

    private static void check(Row row) {
        Model model = new Model(row.reading());
        Explorer.Explored explored = new Explorer(model, row.bounds()).invariants(Invariants.all()).liveness(true)
                .crossCheck(CrossCheck.none()).explore();
        ExplorationResult e = explored.result();
        assertThat(List.of((long) e.states(), e.transitions(), e.edges()))
                .as("states, transitions, edges of %s (manifest %s)", row, FILE)
                .containsExactly((long) row.states(), row.transitions(), row.edges());
        assertThat(e.passed()).as("verdict of %s: %s", row, e.summary()).isEqualTo(row.holds());
        ExplorationResult reduced = new Explorer(model, row.bounds()).invariants(Invariants.all()).liveness(true)
                .crossCheck(CrossCheck.none()).symmetry(true).run();
        assertThat(reduced.states()).as("states with symmetry of %s (manifest %s)", row, FILE).isEqualTo(row.symmetricStates());
        assertThat(reduced.passed()).as("verdict with symmetry of %s: %s", row, reduced.summary()).isEqualTo(row.holds());
        if (!row.build()) return;
        ReferenceSearch.Space naive = ReferenceSearch.search(model, row.bounds());
        ReferenceSearch.Space ours = ReferenceSearch.of(explored);
        assertThat(ours.worlds()).as("the explorer's worlds against a naive search, %s", row).isEqualTo(naive.worlds());
        assertThat(ours.edges()).as("the explorer's distinct edges against a naive search, %s", row).isEqualTo(naive.edges());
        assertThat(naive.transitions()).as("transitions of the naive search, %s", row).isEqualTo(row.transitions());
    }

    /** The rows of the manifest's table. */
    static List<Row> rows() {
        String repo = System.getProperty("storelogoff.repo");
        assertThat(repo).as("system property storelogoff.repo (set by surefire)").isNotBlank();
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(repo).resolve(FILE));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + FILE + ": " + e.getMessage(), e);
        }
        List<Row> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines) {
            if (line.startsWith("| reading |")) {
                inTable = true;
                continue;
            }
            if (!inTable || line.startsWith("|---")) continue;
            if (!line.startsWith("|")) break;
            rows.add(parse(line));
        }
        assertThat(rows).as("rows of the table in %s", FILE).isNotEmpty();
        return rows;
    }

    private static Row parse(String line) {
        String[] c = line.substring(1, line.lastIndexOf('|')).split("\\|");
        assertThat(c).as("cells of '%s'", line).hasSize(11);
        for (int i = 0; i < c.length; i++) c[i] = c[i].trim();
        String[] b = c[1].split("/");
        assertThat(b).as("bounds of '%s'", line).hasSize(4);
        assertThat(c[2]).as("default Inbox of '%s'", line).isIn("on", "off");
        assertThat(c[6]).as("verdict of '%s'", line).isIn("holds", "violated");
        assertThat(c[10]).as("checked by, in '%s'", line).isIn("build", "profile");
        Bounds bounds = new Bounds(Integer.parseInt(b[0]), Integer.parseInt(b[1]), Integer.parseInt(b[2]),
                Integer.parseInt(b[3]), c[2].equals("on"));
        return new Row(Reading.byName(c[0]), bounds, c[1], (int) number(c[3]), number(c[4]), number(c[5]),
                c[6].equals("holds"), c[8].equals("-") ? -1 : (int) number(c[8]), (int) number(c[9]), c[10].equals("build"));
    }

    private static long number(String cell) {
        return Long.parseLong(cell.replace(",", ""));
    }
}
