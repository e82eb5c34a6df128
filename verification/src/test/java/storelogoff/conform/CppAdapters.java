package storelogoff.conform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The C++ example adapters of docs/examples/adapters, compiled with g++ into
 * verification/target/conform-adapters (again when a source is newer). g++ is required: the
 * build fails, saying so, when it is missing (.ci/run installs it).
 */
public final class CppAdapters {
    public static final Path REPO = Path.of(Objects.requireNonNull(System.getProperty("storelogoff.repo"),
            "system property storelogoff.repo (the repository root) is not set"));
    public static final Path SOURCES = REPO.resolve("docs/examples/adapters");
    private static final Path OUT = REPO.resolve("verification/target/conform-adapters");

    private CppAdapters() {}

    /** The binary built from {@code docs/examples/adapters/NAME.cpp}. */
    public static synchronized Path binary(String name) throws IOException, InterruptedException {
        Path source = SOURCES.resolve(name + ".cpp");
        Path binary = OUT.resolve(name);
        if (Files.exists(binary) && newestSource().compareTo(Files.getLastModifiedTime(binary)) <= 0) return binary;
        Files.createDirectories(OUT);
        List<String> command = List.of("g++", "-std=c++17", "-O2", "-Wall", "-Wextra", "-Werror", "-pthread", "-o",
                binary.toString(), source.toString());
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("g++ is needed to build the example adapters in " + SOURCES
                    + " (apt-get install g++; .ci/run installs it): " + e.getMessage(), e);
        }
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + log);
        }
        return binary;
    }

    private static FileTime newestSource() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            FileTime newest = FileTime.fromMillis(0);
            for (Path f : (Iterable<Path>) files::iterator) {
                FileTime t = Files.getLastModifiedTime(f);
                if (t.compareTo(newest) > 0) newest = t;
            }
            return newest;
        }
    }
}
