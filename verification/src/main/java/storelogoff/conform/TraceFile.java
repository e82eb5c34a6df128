package storelogoff.conform;

import java.util.List;

import storelogoff.model.Step;
import storelogoff.scenario.ScenarioWriter;
import storelogoff.trace.Expectation;

/**
 * A case with the implementation's answers as a trace (docs/trace-format.md): the same object
 * the kit checks, and the text it saves ({@link ScenarioWriter}), which {@code storelogoff check}
 * replays to the same verdict. The header has a fixed number of lines, so step {@code i} is on
 * line {@code HEADER + i + 1} in both.
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
        ScenarioWriter w = new ScenarioWriter()
                .comment("storelogoff conform, " + c.id())
                .comment("implementation: " + implementation.replace('\n', ' ').replace('\r', ' '))
                .everyOption(c.options());
        int width = 0;
        for (Step s : c.steps()) width = Math.max(width, ScenarioWriter.line(s).length());
        for (int i = 0; i < answers.size(); i++) w.step(c.steps().get(i), width, answers.get(i).text());
        return w.toString();
    }
}
