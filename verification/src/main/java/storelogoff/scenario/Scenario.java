package storelogoff.scenario;

import java.util.List;

import storelogoff.model.Step;
import storelogoff.model.World;

/**
 * A replayable run: the options it runs under and its steps, from the initial world (OPEN,
 * client 1 holds one reference; {@link World#initial}). What {@link ScenarioWriter} writes and
 * {@link ScenarioParser} reads back ({@link ScenarioFile#scenario()}).
 */
public record Scenario(ScenarioOptions options, List<Step> steps) {

    public Scenario {
        steps = List.copyOf(steps);
    }

    public World initialWorld() {
        return options.initialWorld();
    }

    public Scenario withSteps(List<Step> newSteps) {
        return new Scenario(options, newSteps);
    }

    public Scenario withOptions(ScenarioOptions newOptions) {
        return new Scenario(newOptions, steps);
    }
}
