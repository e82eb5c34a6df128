package storelogoff.verify.mutants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import storelogoff.verify.Bounds;
import storelogoff.verify.docs.KillMatrixDoc;

/**
 * The committed kill matrix (docs/verification/kill-matrix.md) is what the verification does to
 * each mutant, recomputed here without the per-JVM cache of {@link KillMatrixDoc#kills()}: every
 * named mutant under every reading it applies to must get the committed row (verdict, the
 * killers with the conjunct each names, the counterexample's length, and whether the exhaustive
 * check, liveness or the walks found it). A change to an invariant, the explorer, the walks or
 * a mutant's edit shows as a changed row. The named mutants only: about a twelfth of the
 * matrix, so that the build stays fast; {@code KillMatrixTest} judges the whole matrix.
 */
class KillMatrixRecomputedTest {

    @Test
    void everyNamedMutantGetsItsCommittedRow() throws IOException {
        List<Kill> kills = KillMatrix.run(Bounds.DEFAULT, NamedMutants.all(), 2);
        assertThat(kills).as("named mutants, each under every reading it applies to")
                .hasSizeGreaterThan(NamedMutants.all().size());

        Set<String> committed = Set.copyOf(everyMutantRows(Files.readString(
                Path.of(System.getProperty("storelogoff.repo"), "docs/verification/kill-matrix.md"), StandardCharsets.UTF_8)));
        List<String> recomputed = everyMutantRows(KillMatrixDoc.render(kills));
        assertThat(recomputed).hasSameSizeAs(kills);
        assertThat(recomputed.stream().filter(row -> !committed.contains(row)).collect(Collectors.toList()))
                .as("rows that differ from the committed kill matrix (regenerate it with ./storelogoff docs if intended)")
                .isEmpty();
    }

    /** The rows of the "Every mutant" table. */
    private static List<String> everyMutantRows(String doc) {
        String text = doc.replace("\r\n", "\n");
        return text.substring(text.indexOf("\n## Every mutant\n")).lines().filter(l -> l.startsWith("| `")).toList();
    }
}
