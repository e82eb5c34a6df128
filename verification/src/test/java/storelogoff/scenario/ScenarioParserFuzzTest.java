package storelogoff.scenario;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

import storelogoff.fuzz.Fuzzing;

/**
 * Fuzzes the scenario reader: any text is a scenario that runs, or a ScenarioException (exit 2)
 * naming the file and line; never another exception, never a hang. Seeds:
 * ScenarioParserFuzzTestInputs/ beside this class in the test resources.
 */
class ScenarioParserFuzzTest {
    private static final String FILE = "fuzz.scn";

    @Timeout(Fuzzing.HANG_SECONDS)
    @FuzzTest(maxDuration = Fuzzing.DURATION)
    void readsOrSaysWhereAndWhat(byte[] input) {
        String text = new String(input, UTF_8);
        ScenarioFile scenario;
        try {
            scenario = ScenarioParser.parse(FILE, text, Overrides.NONE);
        } catch (ScenarioException e) {
            Fuzzing.assertOneLineNamingTheFile(FILE, e.getMessage());
            assertThat(e.line()).as("a line of the file").isBetween(0, text.split("\n", -1).length);
            return;
        }
        assertThat(ScenarioRunner.run(scenario, Engine.DIRECT)).hasSize(scenario.steps().size());
    }
}
