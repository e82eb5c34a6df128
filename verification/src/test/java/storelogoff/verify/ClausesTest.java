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

/** The clause catalogue read from a repository (made-up ids: a real one here would count as a test of it in the traceability page). */
class ClausesTest {

    @Test
    void readsEveryRowOfTheCatalogueAndTellsUnknownIds(@TempDir Path repo) throws IOException {
        Files.createDirectories(repo.resolve("docs/spec"));
        Files.writeString(repo.resolve(Clauses.PATH), String.join("\n",
                "# clauses", "| id | seed | clause |", "|---|---|---|",
                "| ONE-1 | c-1 | The first clause. |",
                "|  TWO-2 |  | The second clause.  |", "not a row"));
        Clauses c = Clauses.load(repo);
        assertThat(c.ids()).containsExactly("ONE-1", "TWO-2");
        assertThat(c.text("TWO-2")).isEqualTo("The second clause.");
        assertThat(c.text("ONE-2")).isNull();
        assertThat(c.unknown(List.of("ONE-1", "ONE-2", "TWO-2", "THREE-3"))).containsExactly("ONE-2", "THREE-3");
        assertThat(c).hasToString("[ONE-1, TWO-2]");
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
