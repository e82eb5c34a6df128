package storelogoff.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import storelogoff.model.HResult;

/**
 * Every scenario in docs/examples shows what its comments say. Conventions checked here
 * (docs/trace-format.md): the file opens with comments; {@code # expect-final-state: STATE}
 * gives the state after the last step; a step whose result is neither OK nor S_OK names that
 * result in its trailing comment, and a result named in a trailing comment is the one the step gets.
 */
class ExamplesTest {
    private static final Pattern FINAL_STATE = Pattern.compile("(?m)^#\\s*expect-final-state:\\s*(\\S+)\\s*$");
    private static final Pattern RESULT_NAME = Pattern.compile("\\b(DISABLED|S_OK|MAPI_E_[A-Z_]+)\\b");

    static Path examples() {
        String repo = Objects.requireNonNull(System.getProperty("storelogoff.repo"),
                "system property storelogoff.repo (the repository root) is not set");
        return Path.of(repo, "docs", "examples");
    }

    static Stream<Path> exampleFiles() throws IOException {
        try (Stream<Path> files = Files.list(examples())) {
            return files.filter(p -> p.toString().endsWith(".scn")).sorted().toList().stream();
        }
    }

    /** One example per clause group (the list in README.md and docs/trace-format.md). */
    @Test
    void everyClauseGroupHasItsExample() throws IOException {
        assertThat(exampleFiles().map(p -> p.getFileName().toString())).contains(
                "quiet-refused-while-sending.scn", "abort-refused.scn", "abort-idle.scn", "no-wait-drains-outbox.scn",
                "orderly-leaves-outbox.scn", "purge-flushes.scn", "last-flag-wins.scn", "no-logoff-means-abort.scn",
                "refcount-defers-transports.scn", "bad-flags.scn", "output-flags.scn", "shared-store.scn",
                "released-is-terminal.scn");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleFiles")
    void exampleShowsWhatItsCommentsSay(Path file) throws Exception {
        String text = Files.readString(file);
        assertThat(text).as("%s opens with comments saying what it shows", file).startsWith("#");
        Matcher declared = FINAL_STATE.matcher(text);
        assertThat(declared.find()).as("%s declares '# expect-final-state: STATE'", file).isTrue();

        ScenarioFile scenario = ScenarioParser.parse(file, Overrides.NONE);
        assertThat(scenario.steps()).as("%s has steps", file).isNotEmpty();
        List<StepReport> reports = ScenarioRunner.run(scenario, Engine.SPRING);
        assertThat(ScenarioRunner.run(scenario, Engine.DIRECT)).as("%s: direct engine agrees with Spring", file)
                .isEqualTo(reports);

        assertThat(reports.get(reports.size() - 1).observed().get(ObservedField.STATE))
                .as("%s: state after the last step (expect-final-state)", file).isEqualTo(declared.group(1));

        String[] lines = text.split("\r?\n", -1);
        List<String> mismatches = new ArrayList<>();
        for (StepReport r : reports) {
            String line = lines[r.line() - 1];
            String comment = line.contains("#") ? line.substring(line.indexOf('#') + 1) : "";
            Matcher named = RESULT_NAME.matcher(comment);
            String expected = named.find() ? named.group(1) : null;
            String result = r.observed().get(ObservedField.RESULT);
            boolean plain = result.equals("OK") || result.equals(HResult.S_OK.name());
            if (expected == null ? !plain : !expected.equals(result)) {
                mismatches.add("line " + r.line() + " '" + ScenarioWriter.line(r.step()) + "' got " + result
                        + (expected == null ? " but its comment names no result" : ", its comment says " + expected));
            }
        }
        assertThat(mismatches).as("%s: results named in trailing comments", file).isEmpty();
    }
}
