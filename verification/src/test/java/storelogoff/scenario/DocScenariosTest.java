package storelogoff.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code ```scenario} block in docs/ (reference pages, decision records) is a real
 * scenario: it parses and runs, and the Spring machine and the direct engine agree on every
 * step. The docs cannot quietly drift from the model.
 */
class DocScenariosTest {
    private static final Path DOCS = Path.of(System.getProperty("storelogoff.repo"), "docs");

    @TestFactory
    Stream<DynamicTest> everyScenarioBlockRuns() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(DOCS)) {
            for (Path md : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                List<String> lines = Files.readAllLines(md);
                for (int i = 0; i < lines.size(); i++) {
                    if (!lines.get(i).trim().equals("```scenario")) continue;
                    int start = i + 1;
                    StringBuilder text = new StringBuilder();
                    // Blank lines keep the block's line numbers equal to the file's.
                    text.append("\n".repeat(start));
                    for (i = start; i < lines.size() && !lines.get(i).trim().equals("```"); i++) {
                        text.append(lines.get(i)).append('\n');
                    }
                    String name = DOCS.getParent().relativize(md) + ":" + (start + 1);
                    String block = text.toString();
                    tests.add(DynamicTest.dynamicTest(name, () -> runs(name, block)));
                }
            }
        }
        assertThat(tests).as("docs hold scenario blocks").isNotEmpty();
        return tests.stream();
    }

    private static void runs(String name, String text) throws ScenarioException {
        ScenarioFile s = ScenarioParser.parse(name, text, Overrides.NONE);
        assertThat(s.steps()).as("%s has steps", name).isNotEmpty();
        assertThat(ScenarioRunner.run(s, Engine.SPRING)).as("%s: Spring and the direct engine agree", name)
                .isEqualTo(ScenarioRunner.run(s, Engine.DIRECT));
    }
}
