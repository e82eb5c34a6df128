package storelogoff.verify.walk;

import java.util.List;

import storelogoff.scenario.Scenario;
import storelogoff.scenario.ScenarioWriter;

/**
 * The first violation a run found, and its shrunk form.
 *
 * @param seed            the run's seed
 * @param walk            the 1-based number of the failing walk
 * @param original        the walk up to and including the failing step
 * @param found           what the walk saw
 * @param shrunk          the minimal scenario
 * @param violation       what the shrunk scenario violates
 * @param shrunkBy        the oracle that judged the candidates ("direct model" or "engine")
 * @param candidates      how many candidates the oracle ran
 * @param replaysOnEngine whether the shrunk scenario fails the same way on the engine the walk used
 */
public record Failure(long seed, int walk, Scenario original, Violation found, Scenario shrunk, Violation violation,
                      String shrunkBy, int candidates, boolean replaysOnEngine) {

    /** The replayable scenario file, its header saying what failed and where it came from. */
    public String scenarioText() {
        return ScenarioWriter.write(shrunk, List.of(
                "invariant: " + violation.id(),
                "message: " + oneLine(violation.message()),
                "fails at step " + (violation.index() + 1) + ": " + ScenarioWriter.line(violation.step()),
                "reading: " + shrunk.options().reading().name(),
                "seed: " + seed + " (walk " + walk + ")",
                "shrunk: " + original.steps().size() + " steps -> " + shrunk.steps().size() + " steps ("
                        + shrunkBy + ", " + candidates + " candidates)"
                        + (replaysOnEngine ? "" : "; NOT reproduced on the engine")));
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    @Override
    public String toString() {
        return "walk " + walk + " (seed " + seed + "): " + found + "\n" + scenarioText();
    }
}
