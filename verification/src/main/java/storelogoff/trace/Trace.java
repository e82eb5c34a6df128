package storelogoff.trace;

import storelogoff.scenario.ScenarioOptions;

/**
 * A recorded implementation trace, read one step at a time so that a trace of any length is
 * checked in bounded memory: a scenario whose steps carry what the implementation observed.
 * Its settings come first, so {@link #options()} is known before the first step.
 */
public abstract class Trace implements AutoCloseable {
    private boolean observed;

    /** The file's name, as errors and verdicts show it. */
    public abstract String file();

    /** The settings the steps run under: the file's, then the command line's over them. */
    public abstract ScenarioOptions options();

    /** The line of the file read last. */
    public abstract int line();

    /** The next step, or null after the last one. */
    protected abstract TraceStep read() throws TraceException;

    /**
     * The next step; null after the last.
     *
     * @throws TraceException at the first malformed line, or at the end when no step said what
     *                        the implementation observed
     */
    public final TraceStep next() throws TraceException {
        TraceStep s = read();
        if (s != null) {
            observed |= s.expectation() != null;
        } else if (!observed) {
            throw new TraceException(file(), 0, "expected at least one step with what the implementation observed"
                    + " ('=> ...' or \"expect\"), found none");
        }
        return s;
    }

    @Override
    public abstract void close();
}
