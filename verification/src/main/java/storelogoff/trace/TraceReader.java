package storelogoff.trace;

import java.nio.file.Path;

import storelogoff.scenario.Overrides;
import storelogoff.scenario.ScenarioException;
import storelogoff.scenario.ScenarioOptions;
import storelogoff.scenario.ScenarioParser;
import storelogoff.scenario.ScenarioStep;
import storelogoff.scenario.TextLines;

/**
 * Opens a trace file, to be read one step at a time: a scenario with {@code => ...} suffixes,
 * or JSON Lines (a name ending in {@code .jsonl}, or a first non-blank character {@code {}).
 * The first malformed line stops the read.
 */
public final class TraceReader {
    private TraceReader() {}

    /** Opens {@code file} and reads its settings; errors name it as given. */
    public static Trace open(Path file, Overrides overrides) throws TraceException {
        try {
            return open(TextLines.open(file, "trace"), overrides);
        } catch (ScenarioException e) {
            throw new TraceException(e.file(), e.line(), e.detail());
        }
    }

    /** A trace read from {@code text}; {@code file} is the name errors carry and decides the format. */
    public static Trace open(String file, String text, Overrides overrides) throws TraceException {
        return open(TextLines.of(file, "trace", text), overrides);
    }

    private static Trace open(TextLines lines, Overrides overrides) throws TraceException {
        try {
            boolean json = lines.file().endsWith(".jsonl") || lines.firstNonBlank() == '{';
            return json ? new JsonLinesReader(lines, overrides) : new TextTrace(ScenarioParser.open(lines, overrides));
        } catch (ScenarioException e) {
            lines.close();
            throw new TraceException(e.file(), e.line(), e.detail());
        } catch (TraceException | RuntimeException e) {
            lines.close();
            throw e;
        }
    }

    /** A scenario file whose {@code =>} suffixes are expectations. */
    private static final class TextTrace extends Trace {
        private final ScenarioParser scenario;

        TextTrace(ScenarioParser scenario) {
            this.scenario = scenario;
        }

        @Override
        public String file() {
            return scenario.file();
        }

        @Override
        public ScenarioOptions options() {
            return scenario.options();
        }

        @Override
        public int line() {
            return scenario.line();
        }

        @Override
        protected TraceStep read() throws TraceException {
            ScenarioStep s;
            try {
                s = scenario.next();
            } catch (ScenarioException e) {
                throw new TraceException(e.file(), e.line(), e.detail());
            }
            if (s == null) return null;
            Expectation expected = null;
            if (s.expectation() != null) {
                try {
                    expected = Expectation.parse(s.expectation(), s.step().event());
                } catch (Malformed m) {
                    throw new TraceException(file(), s.line(), m.getMessage());
                }
            }
            return new TraceStep(s.line(), s.step(), expected);
        }

        @Override
        public void close() {
            scenario.close();
        }
    }
}
