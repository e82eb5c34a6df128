package storelogoff.verify.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * A generated part of a hand-written file: the lines between a line containing
 * {@code BEGIN GENERATED name} and one containing {@code END GENERATED name} (in whatever
 * comment the file's language has). The marker lines and everything outside them are the
 * author's; {@link #render()} is the file with only the region replaced, so the staleness test
 * and {@code ./storelogoff docs} treat the region like a generated doc.
 */
public final class GeneratedRegion implements GeneratedDoc {
    private final Path repoRoot;
    private final String path;
    private final String name;
    private final Supplier<String> content;

    /** {@code content} is the region's text: whole lines, each ending in {@code \n}. */
    public GeneratedRegion(Path repoRoot, String path, String name, Supplier<String> content) {
        this.repoRoot = repoRoot;
        this.path = path;
        this.name = name;
        this.content = content;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String render() {
        String text = read();
        String begin = "BEGIN GENERATED " + name, end = "END GENERATED " + name;
        int b = text.indexOf(begin), e = text.indexOf(end);
        if (b < 0 || e < b) {
            throw new IllegalStateException(path + " has no region '" + begin + "' ... '" + end + "'");
        }
        int from = text.indexOf('\n', b) + 1;
        int to = text.lastIndexOf('\n', e) + 1;
        return text.substring(0, from) + content.get() + text.substring(to);
    }

    private String read() {
        try {
            return Files.readString(repoRoot.resolve(path), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ", which holds a generated region", e);
        }
    }
}
