package storelogoff.scenario;

import storelogoff.model.Step;

/**
 * What one scenario step did, as {@code run} prints it: the step, the line it came from, and
 * what it showed (docs/trace-format.md).
 */
public record StepReport(int line, Step step, Observed observed) {
}
