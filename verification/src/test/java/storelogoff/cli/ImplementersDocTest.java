package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import storelogoff.conform.CppAdapters;
import storelogoff.model.HResult;
import storelogoff.model.LogoffFlag;

/**
 * docs/implementers.md runs: its code is the example adapters' and the reference store's own,
 * its table of values is the model's, its dependency block is this build's, and its
 * {@code ./storelogoff conform} commands print what it shows (the timing line aside).
 */
class ImplementersDocTest {
    private static final Path REPO = CppAdapters.REPO;
    private static final String DOC = "docs/implementers.md";
    private static final Pattern TIMING = Pattern.compile(
            "adapter +[\\d,]+ steps in [\\d.]+ s of adapter time \\([\\d,]+ steps/s\\); [\\d.]+ s in all");

    @TempDir
    Path dir;

    private static String doc() throws IOException {
        return Files.readString(REPO.resolve(DOC));
    }

    /** The fenced blocks of the doc in language {@code lang}. */
    private static List<String> blocks(String lang) throws IOException {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)```" + lang + "\n(.*?)```").matcher(doc());
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @Test
    void theCodeIsQuotedFromTheSources() throws IOException {
        String cpp = Files.readString(REPO.resolve("docs/examples/adapters/sample_store.cpp"));
        List<String> cppBlocks = blocks("cpp");
        assertThat(cppBlocks).hasSize(2);
        for (String b : cppBlocks) assertThat(cpp).as("sample_store.cpp").contains(b);

        String store = Files.readString(REPO.resolve("verification/src/main/java/storelogoff/conform/reference/ReferenceStore.java"));
        String factory = Files.readString(REPO.resolve("verification/src/test/java/storelogoff/conform/ReferenceStoreConformanceTest.java"));
        List<String> javaBlocks = blocks("java");
        assertThat(javaBlocks).hasSize(2);
        assertThat(store).as("ReferenceStore.java").contains(javaBlocks.get(0));
        assertThat(factory).as("ReferenceStoreConformanceTest.java").contains(javaBlocks.get(1));
        assertThat(doc()).contains("`ULONG flagsForTransports_ = LOGOFF_ABORT;`");
        assertThat(cpp).contains("ULONG flagsForTransports_ = LOGOFF_ABORT;");
    }

    @Test
    void theValuesAreTheModels() throws IOException {
        Map<String, String> table = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\| ([A-Z_]+) \\| (0x[0-9A-F]{8}) \\|").matcher(doc());
        while (m.find()) table.put(m.group(1), m.group(2));
        Map<String, String> model = new LinkedHashMap<>();
        for (HResult h : HResult.values()) model.put(h.name(), h.hex());
        for (LogoffFlag f : LogoffFlag.values()) model.put(f.mapiName(), String.format("0x%08X", f.value));
        assertThat(table).isEqualTo(model);
    }

    @Test
    void theDependencyBlockIsThisBuilds() throws IOException {
        String xml = blocks("xml").get(0);
        String parent = Files.readString(REPO.resolve("pom.xml"));
        String module = Files.readString(REPO.resolve("verification/pom.xml"));
        assertThat(xml).contains("<groupId>" + tag(parent, "groupId") + "</groupId>")
                .contains("<artifactId>" + tag(module.substring(module.indexOf("</parent>")), "artifactId") + "</artifactId>")
                .contains("<version>" + tag(parent, "version") + "</version>");
    }

    private static String tag(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">([^<]+)</" + name + ">").matcher(xml);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void theConformCommandsPrintWhatTheDocShows() throws Exception {
        List<String> consoles = blocks("console");
        assertThat(consoles).hasSize(2);
        for (String block : consoles) {
            List<String> lines = block.lines().toList();
            String command = lines.get(0);
            assertThat(command).startsWith("$ ./storelogoff conform ");
            List<String> args = new ArrayList<>(Arrays.asList(command.substring("$ ./storelogoff ".length()).split(" ")));
            Path saved = dir.resolve("saved-" + consoles.indexOf(block));
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "./sample_store" -> args.set(i, CppAdapters.binary("sample_store").toString());
                    case "--junit-xml", "--save" -> {
                        args.set(i + 1, (args.get(i).equals("--save") ? saved : dir.resolve(args.get(i + 1))).toString());
                        i++;
                    }
                    default -> { }
                }
            }
            if (!args.contains("--save")) args.addAll(1, List.of("--save", saved.toString()));
            Cli r = Cli.run(args.toArray(new String[0]));
            String docSave = command.contains("--save ") ? command.replaceAll(".*--save (\\S+).*", "$1") : "";
            List<String> out = r.out().replace(saved.toString(), docSave).lines().toList();
            List<String> expected = lines.subList(1, lines.size());
            assertThat(out).as("%s\n%s", command, r).hasSameSizeAs(expected);
            for (int i = 0; i < out.size(); i++) {
                if (expected.get(i).startsWith("adapter ")) {
                    assertThat(out.get(i)).matches(TIMING);
                } else {
                    assertThat(out.get(i)).as("line %d of '%s'", i + 2, command).isEqualTo(expected.get(i));
                }
            }
        }
    }
}
