package storelogoff.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checkout the tool belongs to, for commands that read or write files of the repository
 * ({@code docs}). It must not depend on the working directory, so it is looked up, in order:
 * the system property {@link #PROPERTY} (which the {@code ./storelogoff} launcher and the
 * build's tests set), then the folders above the tool's own jar or classes, then the working
 * directory and the folders above it.
 */
final class RepositoryRoot {
    /** The system property naming the repository root. */
    static final String PROPERTY = "storelogoff.repo";

    private RepositoryRoot() {}

    /** Whether {@code dir} looks like the root of this repository. */
    static boolean isRoot(Path dir) {
        return Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("model"));
    }

    /** The root found from this process: its system property, its code location, its working directory. */
    static Optional<Path> find() {
        return find(System.getProperty(PROPERTY), codeLocation(), Path.of("").toAbsolutePath());
    }

    /** The first root among {@code property}, the folders above {@code code}, and {@code cwd} and the folders above it. */
    static Optional<Path> find(String property, Path code, Path cwd) {
        List<Path> candidates = new ArrayList<>();
        if (property != null && !property.isBlank()) candidates.add(Path.of(property));
        if (code != null) for (Path p = code.toAbsolutePath().getParent(); p != null; p = p.getParent()) candidates.add(p);
        if (cwd != null) for (Path p = cwd.toAbsolutePath(); p != null; p = p.getParent()) candidates.add(p);
        return candidates.stream().filter(RepositoryRoot::isRoot).findFirst().map(p -> p.toAbsolutePath().normalize());
    }

    /** The jar or classes folder this class was loaded from, or null when the platform does not say. */
    private static Path codeLocation() {
        try {
            var source = RepositoryRoot.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}
