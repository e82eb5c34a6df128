package storelogoff.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clause catalogue read from a repository, and clause ids cited in text. */
class ClausesTest {

    @Test
    void citedIdsExpandRangesInTheOrderMet() {
        assertThat(Clauses.cited("QUIET-1, ABORT-2..4 and SIG-1; QUIET-1 again, IMPL-10..10"))
                .containsExactly("QUIET-1", "ABORT-2", "ABORT-3", "ABORT-4", "SIG-1", "IMPL-10");
        assertThat(Clauses.cited("XQUIET-1 QUIET- quiet-1")).isEmpty();
    }

    @Test
    void readsEveryRowOfTheCatalogueAndTellsUnknownIds(@TempDir Path repo) throws IOException {
        Files.createDirectories(repo.resolve("docs/spec"));
        Files.writeString(repo.resolve(Clauses.PATH), String.join("\n",
                "# clauses", "| id | seed | clause |", "|---|---|---|",
                "| SIG-1 | c-1 | Enables the orderly logoff. |",
                "|  QUIET-2 |  | Fails when active.  |", "not a row"));
        Clauses c = Clauses.load(repo);
        assertThat(c.ids()).containsExactly("SIG-1", "QUIET-2");
        assertThat(c.text("QUIET-2")).isEqualTo("Fails when active.");
        assertThat(c.text("SIG-2")).isNull();
        assertThat(c.unknown(List.of("SIG-1", "SIG-2", "QUIET-2", "OUT-9"))).containsExactly("SIG-2", "OUT-9");
        assertThat(c).hasToString("[SIG-1, QUIET-2]");
    }

    @Test
    void aCatalogueWithoutRowsOrWithoutAFileIsAnError(@TempDir Path repo) throws IOException {
        assertThatThrownBy(() -> Clauses.load(repo)).isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("cannot read the clause catalogue ");
        Files.createDirectories(repo.resolve("docs/spec"));
        Files.writeString(repo.resolve(Clauses.PATH), "# no rows\n");
        assertThatThrownBy(() -> Clauses.load(repo)).isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith(" holds no clause rows");
    }
}
