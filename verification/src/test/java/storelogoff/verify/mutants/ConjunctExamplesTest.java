package storelogoff.verify.mutants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import storelogoff.model.Reading;
import storelogoff.verify.Bounds;
import storelogoff.verify.Conjunct;
import storelogoff.verify.Invariant;
import storelogoff.verify.invariants.Invariants;

/**
 * Each conjunct's example in the committed kill matrix (issue 11, §2) still breaks that conjunct
 * first, recomputed without the per-JVM cache: the generated examples are judged here, the named
 * ones by {@link KillMatrixRecomputedTest}, whose rows name their conjuncts. Every conjunct of
 * every invariant has a row, with an example or a wrong step.
 */
class ConjunctExamplesTest {

    @Test
    void everyGeneratedExampleBreaksItsConjunct() throws IOException {
        List<String[]> rows = conjunctRows();
        Set<String> listed = new TreeSet<>();
        for (String[] row : rows) listed.add(Kill.conjunctId(row[0], row[1]));
        Set<String> declared = new TreeSet<>();
        for (Invariant inv : Invariants.all()) for (Conjunct c : inv.conjuncts()) declared.add(Kill.conjunctId(inv.id(), c.id()));
        assertThat(listed).as("conjuncts with a row in the kill matrix").isEqualTo(declared);

        List<String> missed = new ArrayList<>();
        int judged = 0;
        for (String[] row : rows) {
            String example = row[2];
            if (!example.contains("@")) continue;
            Reading reading = Reading.byName(example.substring(example.indexOf('@') + 1));
            Kill k = KillMatrix.judge(KillMatrix.byId(example), reading, Bounds.DEFAULT, Invariants.all());
            judged++;
            String conjunct = Kill.conjunctId(row[0], row[1]);
            if (!k.conjuncts().contains(conjunct)) missed.add(example + " does not break " + conjunct + ": " + k);
        }
        assertThat(judged).as("generated examples").isPositive();
        assertThat(missed).isEmpty();
    }

    /** Invariant, conjunct and example (empty when a wrong step is the example) of each row of "Kills per conjunct". */
    private static List<String[]> conjunctRows() throws IOException {
        String doc = Files.readString(Path.of(System.getProperty("storelogoff.repo"), "docs/verification/kill-matrix.md"),
                StandardCharsets.UTF_8).replace("\r\n", "\n");
        String section = doc.substring(doc.indexOf("\n## Kills per conjunct\n"), doc.indexOf("\n## ", doc.indexOf("\n## Kills per conjunct\n") + 5));
        List<String[]> rows = new ArrayList<>();
        for (String line : section.lines().filter(l -> l.startsWith("| `")).toList()) {
            String[] cells = line.split("\\|");
            rows.add(new String[] {unquote(cells[1]), unquote(cells[2]), unquote(cells[5])});
        }
        return rows;
    }

    private static String unquote(String cell) {
        return cell.trim().replace("`", "");
    }
}
