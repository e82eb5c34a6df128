package storelogoff.verify.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link GeneratedDocs#write} and {@link GeneratedDocs#stale} on made-up docs: a missing file and
 * a differing one are written (or stale), a current one is not, a checkout's CRLF line ends count
 * as current, and each doc's path is told before it renders, in order.
 */
class GeneratedDocsWriteTest {
    private record Doc(String path, String text) implements GeneratedDoc {
        @Override
        public String render() {
            return text;
        }
    }

    private static final List<GeneratedDoc> DOCS = List.of(new Doc("a/missing.md", "one\n"),
            new Doc("differs.md", "two\n"), new Doc("current.md", "three\nlines\n"));

    private static void checkout(Path root) throws IOException {
        Files.writeString(root.resolve("differs.md"), "old\n");
        Files.writeString(root.resolve("current.md"), "three\r\nlines\r\n");
    }

    @Test
    void writeRewritesWhatDiffersAndTellsEachPathFirst(@TempDir Path root) throws IOException {
        checkout(root);
        List<String> told = new ArrayList<>();
        assertThat(GeneratedDocs.write(root, DOCS, told::add)).containsExactly("a/missing.md", "differs.md");
        assertThat(told).containsExactly("a/missing.md", "differs.md", "current.md");
        assertThat(Files.readString(root.resolve("a/missing.md"))).isEqualTo("one\n");
        assertThat(Files.readString(root.resolve("differs.md"))).isEqualTo("two\n");
        assertThat(Files.readString(root.resolve("current.md"))).as("a current file is left alone").isEqualTo("three\r\nlines\r\n");
        assertThat(GeneratedDocs.write(root, DOCS)).as("written once, current after").isEmpty();
    }

    @Test
    void staleNamesWhatDiffersAndTellsEachPathFirst(@TempDir Path root) throws IOException {
        checkout(root);
        List<String> told = new ArrayList<>();
        assertThat(GeneratedDocs.stale(root, DOCS, told::add)).containsExactly("a/missing.md", "differs.md");
        assertThat(told).containsExactly("a/missing.md", "differs.md", "current.md");
        assertThat(Files.exists(root.resolve("a/missing.md"))).as("stale writes nothing").isFalse();
        GeneratedDocs.write(root, DOCS);
        assertThat(GeneratedDocs.stale(root, DOCS)).isEmpty();
    }
}
