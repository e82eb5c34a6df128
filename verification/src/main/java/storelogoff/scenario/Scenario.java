package storelogoff.scenario;

import java.util.List;

/** A parsed scenario file: where it came from, the options it runs under, and its steps in order. */
public record Scenario(String file, ScenarioOptions options, List<ScenarioStep> steps) {
    public Scenario {
        steps = List.copyOf(steps);
    }
}
