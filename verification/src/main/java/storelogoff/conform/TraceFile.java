package storelogoff.conform;

import java.util.List;
import java.util.Map;

import storelogoff.model.Step;
import storelogoff.scenario.ScenarioOptions;
import storelogoff.trace.Expectation;
import storelogoff.trace.Field;

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
        StringBuilder b = new StringBuilder();
        b.append("# storelogoff conform, ").append(c.id()).append('\n');
        b.append("# implementation: ").append(implementation.replace('\n', ' ')).append('\n');
        ScenarioOptions o = c.options();
        b.append("set reading ").append(o.reading().name()).append('\n');
        b.append("set clients ").append(o.clients()).append('\n');
        b.append("set default-inbox ").append(o.defaultInbox() ? "on" : "off").append('\n');
        int width = 0;
        for (Step s : c.steps()) width = Math.max(width, s.toScenarioLine().length());
        for (int i = 0; i < answers.size(); i++) {
            String step = c.steps().get(i).toScenarioLine();
            b.append(step).append(" ".repeat(width - step.length())).append("  =>");
            for (Map.Entry<Field, String> e : answers.get(i).values().entrySet()) {
                b.append(' ');
                if (e.getKey() != Field.RESULT) b.append(e.getKey().key).append('=');
                b.append(e.getValue());
            }
            b.append('\n');
        }
        return b.toString();
    }
}
