package storelogoff.scenario;

import storelogoff.model.Step;

/**
 * One step of a scenario with the line it came from. {@code expectation} is the raw text after
 * {@code =>} (the trace the {@code check} command compares against), or null when the line has none.
 */
public record ScenarioStep(int line, Step step, String expectation) {
}
