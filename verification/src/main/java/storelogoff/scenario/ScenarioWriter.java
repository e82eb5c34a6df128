package storelogoff.scenario;

import java.util.List;

import storelogoff.model.Event;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Step;

/**
 * Writes scenario text (format: docs/trace-format.md), the inverse of {@link ScenarioParser}:
 * every scenario the tool prints (counterexamples, shrunk walks, reading differences) and every
 * step a message shows goes through here, so what is printed reads back as what ran.
 *
 * <pre>
 * # comment lines
 * set reading default    # the options: reading and clients always, default-inbox when off
 * set clients 2
 * c2 logoff NO_WAIT      # one step a line
 * </pre>
 */
public final class ScenarioWriter {
    private final StringBuilder text = new StringBuilder();

    /**
     * One step as a scenario line: {@code [cN ]keyword[ FLAGS]}, client 1 implied, one input flag
     * by name, several known bits joined with {@code |}, a value with an unknown bit in hex,
     * zero as {@code 0}, a NULL pointer as {@code null}.
     */
    public static String line(Step s) {
        StringBuilder b = new StringBuilder();
        if (s.event().isClientCall() && s.client() != 1) b.append('c').append(s.client()).append(' ');
        b.append(s.event().keyword);
        if (s.event() == Event.LOGOFF) b.append(' ').append(s.nullFlags() ? "null" : flags(s.flags()));
        return b.toString();
    }

    /** The steps as scenario lines, joined with {@code , } (for messages). */
    public static String lines(List<Step> steps) {
        return String.join(", ", steps.stream().map(ScenarioWriter::line).toList());
    }

    /** A whole scenario: the comment lines, the options, then one step a line. */
    public static String write(Scenario scenario, List<String> comments) {
        ScenarioWriter w = new ScenarioWriter();
        comments.forEach(w::comment);
        return w.options(scenario.options()).steps(scenario.steps()).toString();
    }

    /** {@code text} as comment lines, one per line of it. */
    public ScenarioWriter comment(String text) {
        for (String l : text.split("\n", -1)) this.text.append(l.isEmpty() ? "#" : "# " + l).append('\n');
        return this;
    }

    /** The {@code set} directives for {@code o}: reading and clients, and default-inbox when it is off (on is the default). */
    public ScenarioWriter options(ScenarioOptions o) {
        text.append("set reading ").append(o.reading().name()).append('\n');
        text.append("set clients ").append(o.clients()).append('\n');
        if (!o.defaultInbox()) text.append("set default-inbox off\n");
        return this;
    }

    /**
     * Every {@code set} directive, default-inbox too: a header of fixed length, so that a step's
     * line is known before the file is written (the conformance kit's traces).
     */
    public ScenarioWriter everyOption(ScenarioOptions o) {
        options(o);
        if (o.defaultInbox()) text.append("set default-inbox on\n");
        return this;
    }

    /** A step with a trace suffix, {@code STEP => OBSERVED}, the step padded to {@code width} so that suffixes line up. */
    public ScenarioWriter step(Step s, int width, String observed) {
        String l = line(s);
        text.append(l).append(" ".repeat(Math.max(0, width - l.length()))).append("  => ").append(observed).append('\n');
        return this;
    }

    public ScenarioWriter step(Step s) {
        text.append(line(s)).append('\n');
        return this;
    }

    public ScenarioWriter steps(List<Step> steps) {
        steps.forEach(this::step);
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** FLAGS: one input flag's name, known bits joined with '|', 0, or the value in hex when a bit is unknown. */
    private static String flags(int flags) {
        LogoffFlag single = LogoffFlag.singleInput(flags);
        if (single != null) return single.name();
        if (flags == 0) return "0";
        int rest = flags;
        StringBuilder names = new StringBuilder();
        for (LogoffFlag f : LogoffFlag.values()) {
            if ((flags & f.value) == 0) continue;
            names.append(names.length() > 0 ? "|" : "").append(f.name());
            rest &= ~f.value;
        }
        return rest == 0 ? names.toString() : String.format("0x%X", flags);
    }
}
