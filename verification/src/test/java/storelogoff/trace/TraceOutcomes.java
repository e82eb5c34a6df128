package storelogoff.trace;

import static org.assertj.core.api.Assertions.assertThat;

import storelogoff.fuzz.Fuzzing;
import storelogoff.scenario.Engine;
import storelogoff.scenario.Overrides;

/** The documented outcomes of reading and checking a trace, asserted for the fuzz tests. */
final class TraceOutcomes {
    private TraceOutcomes() {}

    /** Reads {@code text} as {@code file}; a trace read is checked and reported. The error, or null. */
    static TraceException readAndCheck(String file, String text) {
        Trace trace;
        try {
            trace = TraceReader.read(file, text, Overrides.NONE);
        } catch (TraceException e) {
            Fuzzing.assertNamesTheFile(file, e.getMessage());
            assertThat(e.line()).as("a line of the file").isBetween(0, text.split("\n", -1).length);
            return e;
        }
        Verdict verdict = TraceChecker.check(trace, Engine.DIRECT);
        assertThat(verdict.replayed()).isBetween(0, trace.steps().size());
        assertThat(VerdictReport.lines(verdict)).isNotEmpty();
        return null;
    }
}
