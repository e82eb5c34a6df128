package storelogoff.verify.explore;

import java.util.List;

import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.scenario.ScenarioOptions;
import storelogoff.scenario.ScenarioWriter;
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
        // A cycle repeats at least one step: its loop starts before the last step's end.
        if (loopStart < -1 || loopStart >= steps.size()) {
            throw new IllegalArgumentException("loopStart " + loopStart + " outside -1.." + (steps.size() - 1));
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
        ScenarioWriter w = new ScenarioWriter()
                .comment("Counterexample found by the explorer: " + property
                        + (clauses.isEmpty() ? "" : " (" + String.join(", ", clauses) + ")"))
                .comment(message)
                .comment("reading " + reading.name() + "; bounds: " + bounds)
                .comment(steps.size() + (steps.size() == 1 ? " step" : " steps")
                        + (isCycle() ? ", the last " + (steps.size() - loopStart) + " repeat forever" : ""))
                .options(new ScenarioOptions(reading, bounds.clients(), bounds.defaultInbox()));
        for (int i = 0; i < steps.size(); i++) {
            if (i == loopStart) w.comment("the cycle starts here");
            w.step(steps.get(i));
        }
        return w.toString();
    }

    @Override
    public String toString() {
        return property + ": " + message + " after " + ScenarioWriter.lines(steps);
    }
}
