package storelogoff.verify.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.scenario.Scenario;
import storelogoff.scenario.ScenarioOptions;
import storelogoff.scenario.ScenarioWriter;

/** A walk failure as the user reads it: every header line of the shrunk scenario, each value distinct. */
class FailureTextTest {
    private static final Scenario ORIGINAL = new Scenario(new ScenarioOptions(Reading.ABORT_STOPS, 3, false), List.of(
            Step.call(Event.ADDREF, 2), Step.call(Event.SUBMIT, 2), Step.of(Event.SEND_START), Step.call(Event.RELEASE, 1),
            Step.logoff(2, 1)));
    private static final Scenario SHRUNK = new Scenario(new ScenarioOptions(Reading.ABORT_STOPS, 2, true), List.of(
            Step.call(Event.ADDREF, 2), Step.logoff(2, 1)));
    private static final Violation FOUND = new Violation("quiet-refuses-while-active", "found\nat walk", 4, Step.logoff(2, 1),
            "before", "after");
    private static final Violation SHRUNK_VIOLATION = new Violation("quiet-refuses-while-active", "two\nlines\rhere", 1,
            Step.logoff(2, 1), "b", "a");

    @Test
    void theScenarioHeaderSaysWhatFailedWhereAndHowItWasShrunk() {
        Failure f = new Failure(77L, 5, ORIGINAL, FOUND, SHRUNK, SHRUNK_VIOLATION, "engine", 12, false);
        assertThat(f.scenarioText()).isEqualTo(ScenarioWriter.write(SHRUNK, List.of(
                "invariant: quiet-refuses-while-active",
                "message: two lines here",
                "fails at step 2: " + ScenarioWriter.line(Step.logoff(2, 1)),
                "reading: abort-stops",
                "seed: 77 (walk 5)",
                "shrunk: 5 steps -> 2 steps (engine, 12 candidates); NOT reproduced on the engine")));
        Failure replays = new Failure(77L, 5, ORIGINAL, FOUND, SHRUNK, SHRUNK_VIOLATION, "direct model", 12, true);
        assertThat(replays.scenarioText()).contains("shrunk: 5 steps -> 2 steps (direct model, 12 candidates)\n")
                .doesNotContain("NOT reproduced");
        assertThat(replays.toString()).isEqualTo("walk 5 (seed 77): " + FOUND + "\n" + replays.scenarioText());
    }

    @Test
    void aViolationSaysItsOneBasedStep() {
        assertThat(FOUND).hasToString("quiet-refuses-while-active at step 5 (" + ScenarioWriter.line(Step.logoff(2, 1))
                + "): found\nat walk");
    }

    @Test
    void aRunThatTookNoTimeHasNoSpeed() {
        WalkConfig cfg = new WalkConfig(1, 1, 1, 3L, false);
        assertThat(new WalkReport(Reading.DEFAULT, cfg, 1, 10, 0, 0, null, 0, 0, null).stepsPerSecond()).isZero();
        assertThat(new WalkReport(Reading.DEFAULT, cfg, 1, 10, 2_000_000_000L, 0, null, 0, 0, null).stepsPerSecond())
                .isEqualTo(5.0);
    }
}
