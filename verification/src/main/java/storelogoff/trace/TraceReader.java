package storelogoff.trace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import storelogoff.scenario.FlagSyntax;
import storelogoff.scenario.Overrides;
import storelogoff.scenario.ScenarioException;
import storelogoff.scenario.ScenarioFile;
import storelogoff.scenario.ScenarioParser;
import storelogoff.scenario.ScenarioStep;

/**
 * Reads a trace file, the whole of it before anything is replayed: a scenario with
 * {@code => ...} suffixes, or JSON Lines (a name ending in {@code .jsonl}, or a first
 * non-blank character {@code {}). The first malformed line stops the read.
 */
public final class TraceReader {
    private TraceReader() {}

    public static Trace read(Path file, Overrides overrides) throws TraceException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TraceException(file.toString(), 0, "cannot read the trace: " + FlagSyntax.readError(e));
        }
        return read(file.toString(), text, overrides);
    }

    /** Reads {@code text}; {@code file} is the name errors carry and decides the format. */
    public static Trace read(String file, String text, Overrides overrides) throws TraceException {
        Trace trace = isJsonLines(file, text) ? JsonLinesReader.read(file, text, overrides) : scenario(file, text, overrides);
        if (trace.steps().stream().allMatch(s -> s.expectation() == null)) {
            throw new TraceException(file, 0, "expected at least one step with what the implementation observed"
                    + " ('=> ...' or \"expect\"), found none");
        }
        return trace;
    }

    static boolean isJsonLines(String file, String text) {
        return file.endsWith(".jsonl") || text.stripLeading().startsWith("{");
    }

    /** A scenario file whose {@code =>} suffixes are expectations. */
    private static Trace scenario(String file, String text, Overrides overrides) throws TraceException {
        try {
            ScenarioFile scenario = ScenarioParser.parse(file, text, overrides);
            return new Trace(file, scenario.options(), steps(file, scenario));
        } catch (ScenarioException e) {
            // The first malformed line is the one reported: look at the expectations above this one first.
            String above = Arrays.stream(text.split("\\r?\\n", -1)).limit(Math.max(0, e.line() - 1))
                    .collect(Collectors.joining("\n"));
            try {
                steps(file, ScenarioParser.parse(file, above, overrides));
            } catch (ScenarioException cannotHappen) {
                // The lines above the first scenario error parse; e stays the error to report.
            }
            throw new TraceException(file, e.line(), e.detail());
        }
    }

    private static List<TraceStep> steps(String file, ScenarioFile scenario) throws TraceException {
        List<TraceStep> steps = new ArrayList<>();
        for (ScenarioStep s : scenario.steps()) {
            Expectation expected = null;
            if (s.expectation() != null) {
                try {
                    expected = Expectation.parse(s.expectation(), s.step().event());
                } catch (Malformed m) {
                    throw new TraceException(file, s.line(), m.getMessage());
                }
            }
            steps.add(new TraceStep(s.line(), s.step(), expected));
        }
        return steps;
    }
}
