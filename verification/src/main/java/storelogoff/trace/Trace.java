package storelogoff.trace;

import java.util.List;

import storelogoff.scenario.ScenarioOptions;

/** A recorded implementation trace: a scenario whose steps carry what the implementation observed. */
public record Trace(String file, ScenarioOptions options, List<TraceStep> steps) {
    public Trace {
        steps = List.copyOf(steps);
    }
}
