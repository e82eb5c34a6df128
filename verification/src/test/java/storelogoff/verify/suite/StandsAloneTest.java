package storelogoff.verify.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import storelogoff.verify.Clauses;

/**
 * The repository stands alone: a clone with nothing beside it builds, tests and documents
 * itself. The reference folder that lay beside the repository while the project was written
 * must not be read or linked by any tracked file; the spec lives in {@code docs/spec/}.
 */
class StandsAloneTest {
    private static final Path REPO = Path.of(Objects.requireNonNull(System.getProperty("storelogoff.repo"),
            "system property storelogoff.repo (the repository root) is not set"));

    /** The folder's name, kept apart from the paths below so that this file does not name them itself. */
    private static final String FOLDER = "shared";
    private static final List<String> FORBIDDEN = List.of("../" + FOLDER, FOLDER + "/research", FOLDER + "/spec");

    @Test
    void noTrackedFileNamesTheFolderBesideTheRepository() throws IOException {
        List<Path> files = trackedFiles();
        assertThat(files).as("tracked files of %s", REPO).isNotEmpty();
        List<String> hits = new ArrayList<>();
        for (Path file : files) hits.addAll(mentions(REPO.relativize(file).toString().replace('\\', '/'), file));
        assertThat(hits).as("tracked files that name the folder beside the repository (the spec is in docs/spec/)").isEmpty();
    }

    @Test
    void theCheckCatchesEachForm() {
        for (String form : FORBIDDEN) {
            assertThat(mentions("x.md", "see " + form + "/clauses.md\n")).as(form).containsExactly("x.md:1: see " + form + "/clauses.md");
        }
        assertThat(mentions("x.md", "a shared store\nshared-store.md\n")).isEmpty();
    }

    @Test
    void theSpecIsInTheRepository() {
        assertThat(REPO.resolve(Clauses.PATH)).isRegularFile();
        assertThat(REPO.resolve(Clauses.PAGE)).isRegularFile();
        assertThat(Clauses.load(REPO).ids()).as("clause ids in %s", Clauses.PATH).hasSizeGreaterThan(20);
    }

    /** "path:line: text" for every line of {@code file} that names a forbidden path. */
    private static List<String> mentions(String name, Path file) {
        try {
            // ISO-8859-1 reads any byte sequence, so binary files pass through without an error.
            return mentions(name, new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<String> mentions(String name, String text) {
        List<String> hits = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (FORBIDDEN.stream().anyMatch(line::contains)) hits.add(name + ":" + (i + 1) + ": " + line.strip());
        }
        return hits;
    }

    /** The files git tracks; without git (an exported tree), every file outside build output and .git. */
    private static List<Path> trackedFiles() throws IOException {
        if (Files.exists(REPO.resolve(".git"))) {
            List<Path> tracked = gitLsFiles();
            if (tracked != null) return tracked;
        }
        try (Stream<Path> walk = Files.walk(REPO)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        for (Path part : REPO.relativize(p)) {
                            String s = part.toString();
                            if (s.equals(".git") || s.equals("target")) return false;
                        }
                        return true;
                    })
                    .sorted().toList();
        }
    }

    /** {@code git ls-files}, or null when git cannot be run here. */
    private static List<Path> gitLsFiles() throws IOException {
        Process git;
        try {
            git = new ProcessBuilder("git", "-C", REPO.toString(), "ls-files", "-z")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException noGit) {
            return null;
        }
        byte[] out = git.getInputStream().readAllBytes();
        try {
            if (!git.waitFor(60, TimeUnit.SECONDS) || git.exitValue() != 0) return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        List<Path> files = new ArrayList<>();
        for (String name : new String(out, StandardCharsets.UTF_8).split("\0")) {
            // A file deleted in the work tree but not yet committed is still listed: skip it.
            if (!name.isEmpty() && Files.isRegularFile(REPO.resolve(name))) files.add(REPO.resolve(name));
        }
        return files;
    }
}
