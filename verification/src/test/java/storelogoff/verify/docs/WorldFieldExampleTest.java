package storelogoff.verify.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.verify.Bounds;
import storelogoff.verify.explore.CrossCheck;
import storelogoff.verify.explore.Explorer;
import storelogoff.verify.invariants.Invariants;

/**
 * docs/extending.md, section 5 (a world field), done for real: its code blocks are applied to
 * copies of the files they name, the generated regions are regenerated, the result is compiled
 * against the rest of the build and explored. So the worked example, and its claim that a
 * world field is its declaration, the action using it and its invariant, stay true.
 */
class WorldFieldExampleTest {
    private static final Path REPO = Path.of(System.getProperty("storelogoff.repo"));
    private static final Bounds BOUNDS = new Bounds(2, 2, 2, 2, true);
    /** A fenced block that edits a file: {@code ```java edit=PATH after='LINE'|replace='LINE'|new}. */
    private static final Pattern EDIT = Pattern.compile(
            "```java edit=(\\S+) (?:(after|replace)=(?:'([^']*)'|\"([^\"]*)\")|(new))\\n(.*?)```", Pattern.DOTALL);

    private record Edit(String path, String how, String anchor, String text) {}

    /** Driver run on the example's classes: regenerates the regions under the root it is given. */
    private static final String REGENERATE = """
            package example;
            public final class Regenerate implements java.util.function.Function<java.nio.file.Path, java.util.List<String>> {
                public java.util.List<String> apply(java.nio.file.Path root) {
                    return storelogoff.verify.docs.GeneratedDocs.write(root, storelogoff.verify.docs.GeneratedDocs.all(root)
                            .stream().filter(d -> d instanceof storelogoff.verify.docs.GeneratedRegion).toList());
                }
            }
            """;

    /** Driver run on the example's classes: the model explored, then the example's mutant. */
    private static final String EXPLORE = """
            package example;
            import storelogoff.model.*;
            import storelogoff.verify.Bounds;
            import storelogoff.verify.explore.*;
            import storelogoff.verify.invariants.Invariants;
            import storelogoff.verify.mutants.*;
            public final class Explore implements java.util.function.Supplier<String> {
                public String get() {
                    Bounds b = new Bounds(2, 2, 2, 2, true);
                    ExplorationResult ok = new Explorer(new Model(Reading.DEFAULT), b).invariants(Invariants.all())
                            .crossCheck(CrossCheck.none()).threads(1).run();
                    Mutant m = NamedMutants.all().stream().filter(x -> x.id().equals("purge-flushes-twice")).findFirst().orElseThrow();
                    ExplorationResult bad = new Explorer(m.model(Reading.DEFAULT), b).invariants(Invariants.all())
                            .crossCheck(CrossCheck.none()).liveness(false).threads(1).run();
                    return ok.passed() + " " + ok.states() + " "
                            + Invariants.all().stream().anyMatch(i -> i.id().equals("flush-queues-once")) + " "
                            + bad.counterexamples().stream().map(Counterexample::property).toList();
                }
            }
            """;

    @Test
    void theWorldFieldExampleCompilesHoldsAndItsMutantIsKilled(@TempDir Path tmp) throws Exception {
        String section = section(Files.readString(REPO.resolve("docs/extending.md"), StandardCharsets.UTF_8));
        List<Edit> edits = edits(section);
        assertThat(edits).as("edit blocks in docs/extending.md section 5").hasSizeGreaterThanOrEqualTo(6);

        Path root = Files.createDirectories(tmp.resolve("repo"));
        Set<String> touched = new LinkedHashSet<>();
        for (Edit e : edits) touched.add(e.path);
        List<String> hosts = new ArrayList<>();
        for (GeneratedDoc d : GeneratedDocs.all(REPO)) if (d instanceof GeneratedRegion r) hosts.add(r.path());
        Set<String> copies = new LinkedHashSet<>(touched);
        copies.addAll(hosts);
        for (String p : copies) copy(p, root);
        for (Edit e : edits) apply(root, e);

        // Stage 1: the new declaration, with the regions not yet regenerated, regenerates them.
        Path stage1 = Files.createDirectories(tmp.resolve("stage1"));
        compile(root, List.of("model/src/main/java/storelogoff/model/WorldField.java",
                "model/src/main/java/storelogoff/model/World.java"), Map.of("example/Regenerate.java", REGENERATE), stage1);
        Map<String, String> before = texts(root, hosts);
        @SuppressWarnings("unchecked")
        Function<Path, List<String>> regenerate = (Function<Path, List<String>>) load(stage1, "example.Regenerate");
        List<String> regenerated = regenerate.apply(root);
        assertThat(regenerated).as("regions regenerated").isNotEmpty();
        for (String p : hosts) {
            if (!before.get(p).equals(Files.readString(root.resolve(p)))) touched.add(p);
        }

        // Stage 2: everything the example touches, compiled against the build, then explored.
        Path stage2 = Files.createDirectories(tmp.resolve("stage2"));
        List<String> sources = touched.stream().filter(p -> p.endsWith(".java")).toList();
        compile(root, sources, Map.of("example/Explore.java", EXPLORE), stage2);
        String outcome = ((Supplier<?>) load(stage2, "example.Explore")).get().toString();
        int states = new Explorer(new Model(Reading.DEFAULT), BOUNDS).invariants(Invariants.all())
                .crossCheck(CrossCheck.none()).threads(1).run().states();
        assertThat(outcome).as("passed, states, the invariant registered, what kills the mutant")
                .isEqualTo("true " + states + " true [flush-queues-once]");

        // The doc's table of files touched: exactly the files edited and regenerated, plus generated docs.
        Set<String> listed = listedFiles(section);
        Set<String> docs = new LinkedHashSet<>();
        for (GeneratedDoc d : GeneratedDocs.all(REPO)) if (!(d instanceof GeneratedRegion)) docs.add(d.path());
        assertThat(listed).as("files the doc lists, besides generated docs")
                .filteredOn(p -> !docs.contains(p)).containsExactlyInAnyOrderElementsOf(touched);
    }

    private static String section(String doc) {
        int from = doc.indexOf("## 5. A world field");
        assertThat(from).as("section '5. A world field' in docs/extending.md").isNotNegative();
        int to = doc.indexOf("\n## ", from + 1);
        return doc.substring(from, to < 0 ? doc.length() : to);
    }

    private static List<Edit> edits(String section) {
        List<Edit> out = new ArrayList<>();
        Matcher m = EDIT.matcher(section);
        while (m.find()) {
            String how = m.group(5) != null ? "new" : m.group(2);
            String anchor = m.group(3) != null ? m.group(3) : m.group(4);
            out.add(new Edit(m.group(1), how, anchor, m.group(6)));
        }
        return out;
    }

    /** The backticked paths in the first column of the section's table of files. */
    private static Set<String> listedFiles(String section) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : section.split("\n")) {
            if (!line.startsWith("| `")) continue;
            Matcher m = Pattern.compile("`([^`]+)`").matcher(line.substring(0, line.indexOf('|', 1)));
            while (m.find()) out.add(m.group(1));
        }
        return out;
    }

    private static void apply(Path root, Edit e) throws IOException {
        Path file = root.resolve(e.path);
        if (e.how.equals("new")) {
            assertThat(file).as("%s is new in the example", e.path).doesNotExist();
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.text);
            return;
        }
        List<String> lines = new ArrayList<>(Arrays.asList(Files.readString(file).split("\n", -1)));
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(e.anchor)) at.add(i);
        assertThat(at).as("lines of %s containing the anchor '%s'", e.path, e.anchor).hasSize(1);
        String block = e.text.endsWith("\n") ? e.text.substring(0, e.text.length() - 1) : e.text;
        int i = at.get(0);
        if (e.how.equals("replace")) lines.remove(i);
        else i++;
        lines.add(i, block);
        Files.writeString(file, String.join("\n", lines));
    }

    private static void compile(Path root, List<String> sources, Map<String, String> drivers, Path out)
            throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp", classPath(), "-proc:none", "-nowarn"));
        for (String s : sources) args.add(root.resolve(s).toString());
        Path driverDir = Files.createDirectories(out.resolveSibling(out.getFileName() + "-src"));
        for (Map.Entry<String, String> d : drivers.entrySet()) {
            Path f = driverDir.resolve(d.getKey());
            Files.createDirectories(f.getParent());
            Files.writeString(f, d.getValue());
            args.add(f.toString());
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, errors, errors, args.toArray(String[]::new));
        assertThat(status).as("javac on the example: %s", errors.toString(StandardCharsets.UTF_8)).isZero();
    }

    /** A fresh class loader that sees the example's classes before the build's. */
    private static Object load(Path classes, String name) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        for (String p : classPath().split(File.pathSeparator)) urls.add(Path.of(p).toUri().toURL());
        URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        return loader.loadClass(name).getConstructor().newInstance();
    }

    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static void copy(String path, Path root) throws IOException {
        Path from = REPO.resolve(path);
        if (!Files.exists(from)) return; // a new file of the example
        Path to = root.resolve(path);
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    private static Map<String, String> texts(Path root, List<String> paths) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : paths) out.put(p, Files.readString(root.resolve(p)));
        return out;
    }
}
