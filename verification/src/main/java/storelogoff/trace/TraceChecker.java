package storelogoff.trace;

import storelogoff.scenario.Engine;
import storelogoff.scenario.ScenarioOptions;

/**
 * Conformance of a recorded implementation trace: replays its steps through the model under
 * the trace's reading ({@link Replay}) and stops at the first step where an observed field
 * differs from the model's, with the clauses at stake.
 */
public final class TraceChecker {
    private TraceChecker() {}

    public static Verdict check(Trace trace, Engine engine) {
        ScenarioOptions o = trace.options();
        Replay replay = new Replay(o, engine);
        for (TraceStep s : trace.steps()) {
            Divergence d = replay.step(s.line(), s.step(), s.expectation());
            if (d != null) return new Verdict(trace.file(), o, engine, replay.replayed(), replay.compared(), d);
        }
        return new Verdict(trace.file(), o, engine, replay.replayed(), replay.compared(), null);
    }
}
