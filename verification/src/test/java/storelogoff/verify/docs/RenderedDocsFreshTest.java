package storelogoff.verify.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The generated docs that render in milliseconds (every one but the kill matrix) match the
 * committed files. {@link GeneratedDocsFreshTest} checks them all; this one needs no kill matrix,
 * so it stays cheap and free of {@link KillMatrixDoc#kills()}'s per-JVM cache, which PIT, running
 * many mutants in one JVM, would read stale (docs/verification/pit.md). The kill matrix's rows are
 * recomputed by {@code KillMatrixRecomputedTest}, its layout by {@code KillMatrixDocTest}.
 */
class RenderedDocsFreshTest {

    @Test
    void everyDocButTheKillMatrixIsCurrent() {
        Path repo = Path.of(System.getProperty("storelogoff.repo"));
        List<GeneratedDoc> docs = GeneratedDocs.all(repo).stream().filter(d -> !(d instanceof KillMatrixDoc)).toList();
        assertThat(docs).extracting(GeneratedDoc::path)
                .contains("docs/state-machine.md", "docs/traceability.md").doesNotContain(new KillMatrixDoc().path());
        assertThat(GeneratedDocs.stale(repo, docs)).as("run %s and commit the result", GeneratedDocs.REGENERATE).isEmpty();
    }
}
