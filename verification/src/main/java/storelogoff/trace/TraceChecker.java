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

    /** Told every {@link #EVERY} steps read, so that a long check can show progress. */
    public interface Listener {
        void read(long steps, int line);
    }

    /** How many steps pass between two calls of the {@link Listener}. */
    public static final int EVERY = 1 << 14;

    public static Verdict check(Trace trace, Engine engine) throws TraceException {
        return check(trace, engine, (steps, line) -> { });
    }

    /**
     * Replays {@code trace} up to its first divergence, then reads the rest without replaying it:
     * a trace malformed anywhere gets no verdict, only its first error.
     *
     * @throws TraceException at the first malformed line
     */
    public static Verdict check(Trace trace, Engine engine, Listener listener) throws TraceException {
        ScenarioOptions o = trace.options();
        Replay replay = new Replay(o, engine);
        long read = 0;
        Divergence divergence = null;
        for (TraceStep s = trace.next(); s != null; s = trace.next()) {
            if (++read % EVERY == 0) listener.read(read, trace.line());
            if (divergence == null) divergence = replay.step(s.line(), s.step(), s.expectation());
        }
        return new Verdict(trace.file(), o, engine, replay.replayed(), replay.compared(), divergence);
    }
}
