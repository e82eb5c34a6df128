package storelogoff.conform;

import java.util.List;

import storelogoff.model.Step;
import storelogoff.scenario.ScenarioOptions;

/**
 * One scenario the kit runs on the implementation: its suite, a name (the row, the pair of rows,
 * the readings it tells apart, the walk), how it runs (clients, default Inbox, the reading it is
 * judged by) and its steps from the initial world.
 */
public record Case(Suite suite, String name, ScenarioOptions options, List<Step> steps) {
    public Case {
        steps = List.copyOf(steps);
    }

    /** {@code rows: SaveLogoffFlag}. */
    public String id() {
        return suite.key() + ": " + name;
    }

    public Case withSteps(String newName, ScenarioOptions o, List<Step> newSteps) {
        return new Case(suite, newName, o, newSteps);
    }
}
