package storelogoff.conform;

import java.util.List;
import java.util.Map;

import storelogoff.model.Step;
import storelogoff.scenario.ObservedField;
import storelogoff.scenario.ScenarioOptions;
import storelogoff.scenario.ScenarioWriter;
import storelogoff.trace.Expectation;

/**
 * A case with the implementation's answers as a trace (docs/trace-format.md): the same object
 * the kit checks, and the text it saves, which {@code storelogoff check} replays to the same
 * verdict. The header has a fixed number of lines, so step {@code i} is on line
 * {@code HEADER + i + 1} in both.
 */
final class TraceFile {
    static final int HEADER = 5;

    private TraceFile() {}

    /** The line of the {@code i}-th step (from 0) in the saved file. */
    static int line(int i) {
        return HEADER + i + 1;
    }

    /** The trace as a file: two comment lines, the settings, then one step a line with {@code => what it observed}. */
    static String text(Case c, String implementation, List<Expectation> answers) {
        ScenarioWriter w = new ScenarioWriter().comment("storelogoff conform, " + c.id())
                .comment("implementation: " + implementation.replace('\n', ' ')).allOptions(c.options());
        int width = 0;
        for (Step s : c.steps()) width = Math.max(width, ScenarioWriter.line(s).length());
        for (int i = 0; i < answers.size(); i++) {
            StringBuilder observed = new StringBuilder();
            for (Expectation.Given g : answers.get(i).given()) {
                if (observed.length() > 0) observed.append(' ');
                if (g.field() != ObservedField.RESULT) observed.append(g.field().key).append('=');
                observed.append(g.value());
            }
            w.step(c.steps().get(i), width, observed.toString());
        }
        return w.toString();
    }
}
