package storelogoff.verify.explore;

import org.junit.jupiter.api.Test;
import storelogoff.model.Model;
import storelogoff.verify.invariants.Invariants;

class TmpSymCountsTest {
    @Test
    void print() throws Exception {
        StringBuilder b = new StringBuilder();
        for (StateSpaceManifestTest.Row r : StateSpaceManifestTest.rows()) {
            ExplorationResult e = new Explorer(new Model(r.reading()), r.bounds()).invariants(Invariants.all()).liveness(true)
                    .crossCheck(CrossCheck.none()).symmetry(true).explore().result();
            b.append(r).append('\t').append(e.states()).append('\t').append(e.transitions()).append('\t').append(e.edges()).append('\t').append(e.passed()).append('\t').append(e.exploreNanos() / 1e9).append('\n');
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/scale-runs/symcounts.txt"), b);
    }
}
