package storelogoff.scenario;

import java.util.List;

/**
 * A parsed scenario file: where it came from, the options it runs under, and its steps with
 * their lines and any trace suffixes ({@code => ...}).
 */
public record ScenarioFile(String file, ScenarioOptions options, List<ScenarioStep> steps) {
    public ScenarioFile {
        steps = List.copyOf(steps);
    }

    /** The scenario the file holds: its options and steps, without lines or expectations. */
    public Scenario scenario() {
        return new Scenario(options, steps.stream().map(ScenarioStep::step).toList());
    }
}
