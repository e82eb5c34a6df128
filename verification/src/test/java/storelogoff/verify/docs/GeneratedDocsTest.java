package storelogoff.verify.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedDocsTest {

    private record Fixed(String path, String text) implements GeneratedDoc {
        @Override
        public String render() {
            return text;
        }
    }

    @Test
    void writeThenNothingIsStaleUntilAFileChangesOrGoes(@TempDir Path root) throws IOException {
        List<GeneratedDoc> docs = List.of(new Fixed("docs/a.md", "a\n"), new Fixed("docs/sub/b.md", "b\n"));
        assertThat(GeneratedDocs.stale(root, docs)).as("before writing").containsExactly("docs/a.md", "docs/sub/b.md");
        assertThat(GeneratedDocs.write(root, docs)).containsExactly("docs/a.md", "docs/sub/b.md");
        assertThat(GeneratedDocs.stale(root, docs)).isEmpty();
        assertThat(GeneratedDocs.write(root, docs)).as("second write changes nothing").isEmpty();

        Files.writeString(root.resolve("docs/a.md"), "edited by hand\n");
        Files.delete(root.resolve("docs/sub/b.md"));
        assertThat(GeneratedDocs.stale(root, docs)).containsExactly("docs/a.md", "docs/sub/b.md");
    }

    @Test
    void windowsLineEndsInACheckoutAreNotStale(@TempDir Path root) throws IOException {
        List<GeneratedDoc> docs = List.of(new Fixed("x.md", "one\ntwo\n"));
        Files.writeString(root.resolve("x.md"), "one\r\ntwo\r\n");
        assertThat(GeneratedDocs.stale(root, docs)).isEmpty();
    }

    @Test
    void aRegionReplacesOnlyTheLinesBetweenItsMarkers(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("A.java"), "class A {\n    // hand\n    // BEGIN GENERATED x: do not edit\n"
                + "    old();\n    // END GENERATED x\n    // hand too\n}\n");
        GeneratedRegion region = new GeneratedRegion(root, "A.java", "x", () -> "    fresh();\n");
        assertThat(region.render()).isEqualTo("class A {\n    // hand\n    // BEGIN GENERATED x: do not edit\n"
                + "    fresh();\n    // END GENERATED x\n    // hand too\n}\n");
        assertThat(GeneratedDocs.stale(root, List.of(region))).containsExactly("A.java");
        GeneratedDocs.write(root, List.of(region));
        assertThat(GeneratedDocs.stale(root, List.of(region))).isEmpty();

        GeneratedRegion missing = new GeneratedRegion(root, "A.java", "y", () -> "");
        assertThatThrownBy(missing::render).hasMessageContaining("A.java has no region 'BEGIN GENERATED y'");
    }

    @Test
    void theRegistryHasTheStateMachineDocWithDistinctPaths() {
        List<String> paths = GeneratedDocs.all(Path.of(".")).stream().map(GeneratedDoc::path).toList();
        assertThat(paths).contains("docs/state-machine.md").doesNotHaveDuplicates();
        assertThat(paths).allSatisfy(p -> assertThat(p).doesNotStartWith("/").doesNotContain("\\"));
    }
}
