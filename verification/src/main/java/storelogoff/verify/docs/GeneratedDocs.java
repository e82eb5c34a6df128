package storelogoff.verify.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The registry of generated docs: writes them, and tells which committed ones are stale. */
public final class GeneratedDocs {

    /** The command that regenerates every doc listed in {@link #all()}. */
    public static final String REGENERATE = "./storelogoff docs";

    private GeneratedDocs() {}

    /** Every generated doc and region. Add new ones here. Some read repository files, hence the root. */
    public static List<GeneratedDoc> all(Path repoRoot) {
        List<GeneratedDoc> all = new ArrayList<>(List.of(new StateMachineDoc(), new TraceabilityDoc(repoRoot), new KillMatrixDoc()));
        all.addAll(WorldFieldCode.regions(repoRoot));
        all.add(ObservedFieldsDoc.region(repoRoot));
        return List.copyOf(all);
    }

    /** Writes every doc under {@code repoRoot}; returns the paths whose content changed. */
    public static List<String> write(Path repoRoot, List<GeneratedDoc> docs) {
        return write(repoRoot, docs, path -> {});
    }

    /** As {@link #write(Path, List)}, telling {@code rendering} each doc's path before it renders (some take seconds). */
    public static List<String> write(Path repoRoot, List<GeneratedDoc> docs, Consumer<String> rendering) {
        List<String> changed = new ArrayList<>();
        for (GeneratedDoc doc : docs) {
            rendering.accept(doc.path());
            String text = doc.render();
            Path file = repoRoot.resolve(doc.path());
            if (text.equals(read(file))) continue;
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
            changed.add(doc.path());
        }
        return changed;
    }

    public static List<String> write(Path repoRoot) {
        return write(repoRoot, all(repoRoot));
    }

    /** The paths whose file under {@code repoRoot} is missing or differs from what the model renders. */
    public static List<String> stale(Path repoRoot, List<GeneratedDoc> docs) {
        return stale(repoRoot, docs, path -> {});
    }

    /** As {@link #stale(Path, List)}, telling {@code rendering} each doc's path before it renders. */
    public static List<String> stale(Path repoRoot, List<GeneratedDoc> docs, Consumer<String> rendering) {
        List<String> stale = new ArrayList<>();
        for (GeneratedDoc doc : docs) {
            rendering.accept(doc.path());
            if (!doc.render().equals(read(repoRoot.resolve(doc.path())))) stale.add(doc.path());
        }
        return stale;
    }

    public static List<String> stale(Path repoRoot) {
        return stale(repoRoot, all(repoRoot));
    }

    /** The file's text with {@code \n} line ends (a checkout may add {@code \r}), or null when missing. */
    private static String read(Path file) {
        if (!Files.isRegularFile(file)) return null;
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
