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
        int lines = text.split("\n", -1).length;
        try (Trace trace = TraceReader.open(file, text, Overrides.NONE)) {
            Verdict verdict = TraceChecker.check(trace, Engine.DIRECT);
            assertThat(verdict.replayed()).isBetween(0, lines);
            assertThat(VerdictReport.lines(verdict)).isNotEmpty();
            return null;
        } catch (TraceException e) {
            Fuzzing.assertOneLineNamingTheFile(file, e.getMessage());
            assertThat(e.line()).as("a line of the file").isBetween(0, lines);
            return e;
        }
    }
}
