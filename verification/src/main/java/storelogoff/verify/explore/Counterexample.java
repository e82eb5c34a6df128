package storelogoff.verify.explore;

import java.util.List;

import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.verify.Bounds;

/**
 * A shortest sequence of steps from the initial world that breaks a property, as found by the
 * explorer. For a cycle (a liveness violation), the steps from {@code loopStart} on repeat
 * forever; otherwise {@code loopStart} is -1.
 *
 * @param property the invariant or liveness property id, e.g. {@code deterministic}
 * @param clauses  the clause ids the property checks
 * @param message  what was violated, with the values
 */
public record Counterexample(Reading reading, Bounds bounds, List<Step> steps, String property,
                             List<String> clauses, String message, int loopStart) {

    public Counterexample {
        steps = List.copyOf(steps);
        clauses = List.copyOf(clauses);
        if (loopStart < -1 || loopStart > steps.size()) {
            throw new IllegalArgumentException("loopStart " + loopStart + " outside 0.." + steps.size());
        }
    }

    public Counterexample(Reading reading, Bounds bounds, List<Step> steps, String property,
                          List<String> clauses, String message) {
        this(reading, bounds, steps, property, clauses, message, -1);
    }

    public boolean isCycle() {
        return loopStart >= 0;
    }

    /** The counterexample as a scenario file that replays it: header comment, settings, one step a line. */
    public String toScenario() {
        StringBuilder b = new StringBuilder();
        b.append("# Counterexample found by the explorer: ").append(property);
        if (!clauses.isEmpty()) b.append(" (").append(String.join(", ", clauses)).append(')');
        b.append('\n');
        for (String line : message.split("\n")) b.append("# ").append(line).append('\n');
        b.append("# reading ").append(reading.name()).append("; bounds: ").append(bounds).append('\n');
        b.append("# ").append(steps.size()).append(steps.size() == 1 ? " step" : " steps")
                .append(isCycle() ? ", the last " + (steps.size() - loopStart) + " repeat forever" : "")
                .append('\n');
        b.append("set reading ").append(reading.name()).append('\n');
        b.append("set clients ").append(bounds.clients()).append('\n');
        if (!bounds.defaultInbox()) b.append("set default-inbox off\n");
        for (int i = 0; i < steps.size(); i++) {
            if (i == loopStart) b.append("# the cycle starts here\n");
            b.append(steps.get(i).toScenarioLine()).append('\n');
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return property + ": " + message + " after " + steps;
    }
}
