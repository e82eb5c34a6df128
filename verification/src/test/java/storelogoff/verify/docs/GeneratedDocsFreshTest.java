package storelogoff.verify.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The committed generated docs match the model: a change to the model must regenerate them. */
class GeneratedDocsFreshTest {

    @Test
    void committedGeneratedDocsAreUpToDate() {
        String repo = System.getProperty("storelogoff.repo");
        assertThat(repo).as("system property storelogoff.repo (set by surefire)").isNotBlank();
        assertThat(GeneratedDocs.stale(Path.of(repo)))
                .as("generated docs differ from the model; run %s and commit the result", GeneratedDocs.REGENERATE)
                .isEmpty();
    }
}
