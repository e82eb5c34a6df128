package storelogoff.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import storelogoff.model.Event;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.scenario.Excerpt;
import storelogoff.scenario.FlagSyntax;
import storelogoff.scenario.Overrides;
import storelogoff.scenario.ScenarioException;
import storelogoff.scenario.ScenarioOptions;
import storelogoff.scenario.ScenarioParser;
import storelogoff.scenario.TextLines;

/**
 * Reads a JSON Lines trace, one object per line, so that a provider written in C++ or C# can
 * log its trace without our scenario syntax (docs/trace-format.md). Lines are read one at a
 * time ({@link TextLines}) and each becomes a step as it is read; the settings line comes first:
 *
 * <pre>
 * {"set": {"reading": "lenient-flags", "clients": 2, "defaultInbox": true}}
 * {"step": "logoff", "client": 1, "flags": "NO_WAIT", "expect": {"result": "S_OK", "out": "LOGOFF_COMPLETE"}}
 * {"step": "release", "expect": {"result": "S_OK", "transports": "LOGOFF_NO_WAIT"}}
 * </pre>
 *
 * <p>A step may also be written as {@code run --json} prints it, so that the record of a run is a
 * trace: {@code {"line": 4, "event": "c2 logoff NO_WAIT", "result": "S_OK", "outFlags": [], ...}},
 * the step as a scenario line and the observed fields beside it.
 */
final class JsonLinesReader extends Trace {
    private static final Set<String> STEP_KEYS = Set.of("step", "client", "flags", "expect");
    /** The members of a step as {@code run --json} prints it that are not observed fields. */
    private static final String LINE = "line", EVENT = "event";
    private static final String FLAGS_CHOICES = "flag names (e.g. \"NO_WAIT\"), a number or null (a NULL lpulFlags)";

    private final TextLines lines;
    private final ScenarioOptions options;
    /** The first step, read with the settings line before it. */
    private TraceStep pending;

    /** Reads up to the first step: the settings line, if any, comes first. */
    JsonLinesReader(TextLines lines, Overrides overrides) throws TraceException {
        this.lines = lines;
        Map<?, ?> first = nextObject();
        Overrides set = null;
        if (first != null && first.containsKey("set")) {
            Map<?, ?> settings = first;
            set = at(() -> settings(settings));
            first = nextObject();
        }
        options = options(set, overrides);
        if (first != null) pending = stepOf(first);
    }

    @Override
    public String file() {
        return lines.file();
    }

    @Override
    public ScenarioOptions options() {
        return options;
    }

    @Override
    public int line() {
        return lines.line();
    }

    @Override
    protected TraceStep read() throws TraceException {
        if (pending != null) {
            TraceStep s = pending;
            pending = null;
            return s;
        }
        Map<?, ?> object = nextObject();
        return object == null ? null : stepOf(object);
    }

    /** The step on the current line, which is not the first: a settings line is out of place. */
    private TraceStep stepOf(Map<?, ?> object) throws TraceException {
        if (object.containsKey("set")) {
            throw new TraceException(file(), lines.line(), "expected a step: a \"set\" line may only come first, once");
        }
        return at(() -> step(object, options, lines.line()));
    }

    @Override
    public void close() {
        lines.close();
    }

    /** The object on the next non-blank line; null at the end of the file. */
    private Map<?, ?> nextObject() throws TraceException {
        String text;
        try {
            do {
                text = lines.next();
            } while (text != null && text.isBlank());
        } catch (ScenarioException e) {
            throw new TraceException(e.file(), e.line(), e.detail());
        }
        if (text == null) return null;
        Object value;
        try {
            value = Json.parse(text);
        } catch (Json.SyntaxError e) {
            throw new TraceException(file(), lines.line(), e.column, e.getMessage());
        }
        Object parsed = value;
        return at(() -> {
            if (!(parsed instanceof Map<?, ?> object)) throw new Malformed("expected an object {...}, found " + kind(parsed));
            return object;
        });
    }

    /** Part of a line read: what is malformed in it is reported at the current line. */
    private interface LinePart<T> {
        T read() throws Malformed;
    }

    private <T> T at(LinePart<T> part) throws TraceException {
        try {
            return part.read();
        } catch (Malformed m) {
            throw new TraceException(file(), lines.line(), m.getMessage());
        }
    }

    /** The file's settings, then the command line's over them. */
    private static ScenarioOptions options(Overrides set, Overrides overrides) {
        return overrides.applyTo((set == null ? Overrides.NONE : set).applyTo(ScenarioOptions.DEFAULT));
    }

    /** {@code {"set": {"reading": R, "clients": N, "defaultInbox": B}}}, every member optional. */
    private static Overrides settings(Map<?, ?> line) throws Malformed {
        if (line.size() != 1) throw new Malformed("expected only \"set\" on a settings line, found " + Excerpt.of(String.valueOf(line.keySet())));
        if (!(line.get("set") instanceof Map<?, ?> set)) {
            throw new Malformed("expected an object for \"set\", found " + kind(line.get("set")));
        }
        Reading reading = null;
        Integer clients = null;
        Boolean inbox = null;
        for (Map.Entry<?, ?> e : set.entrySet()) {
            Object v = e.getValue();
            switch ((String) e.getKey()) {
                case "reading" -> {
                    try {
                        reading = Reading.byName(v instanceof String s ? s : "");
                    } catch (Reading.Contradiction bad) {
                        throw new Malformed(bad.getMessage());
                    } catch (IllegalArgumentException bad) {
                        throw new Malformed("expected a reading (" + String.join(", ", Reading.names())
                                + "; several joined with +) for \"reading\", found " + kind(v));
                    }
                }
                case "clients" -> {
                    if (!(v instanceof Long n) || n < 1 || n > ScenarioOptions.MAX_CLIENTS) {
                        throw new Malformed("expected a number of clients from 1 to " + ScenarioOptions.MAX_CLIENTS
                                + " for \"clients\", found " + kind(v));
                    }
                    clients = n.intValue();
                }
                case "defaultInbox" -> {
                    if (!(v instanceof Boolean b)) throw new Malformed("expected true or false for \"defaultInbox\", found " + kind(v));
                    inbox = b;
                }
                default -> throw new Malformed("expected a setting (reading, clients, defaultInbox), found " + kind(e.getKey()));
            }
        }
        return new Overrides(reading, clients, inbox);
    }

    /** {@code {"step": KEYWORD, "client": N, "flags": F, "expect": {...}}}, or a step as {@code run --json} prints it. */
    private static TraceStep step(Map<?, ?> object, ScenarioOptions options, int line) throws Malformed {
        if (object.containsKey(EVENT) && !object.containsKey("step")) return recorded(object, options, line);
        for (Object key : object.keySet()) {
            if (!STEP_KEYS.contains(key)) {
                throw new Malformed("expected a member of a step (step, client, flags, expect), \"set\", or a step as run --json"
                        + " prints it (\"event\" and the observed fields), found " + kind(key));
            }
        }
        Object keyword = object.get("step");
        Event event = keyword instanceof String s ? Event.byKeyword(s) : null;
        if (event == null) {
            throw new Malformed("expected \"step\": one of " + stepKeywords() + ", found " + kind(keyword));
        }
        int client = client(object.get("client"), event, options.clients());
        Step step;
        if (event != Event.LOGOFF) {
            if (object.get("flags") != null) {
                throw new Malformed("expected no \"flags\" on '" + event.keyword + "' (only logoff takes flags), found " + kind(object.get("flags")));
            }
            step = Step.call(event, client);
        } else if (!object.containsKey("flags")) {
            throw new Malformed("expected \"flags\" on a logoff step: " + FLAGS_CHOICES);
        } else {
            Object f = object.get("flags");
            Integer flags = f instanceof String s ? FlagSyntax.flags(s)
                    : f instanceof Long n && n >= 0 && n <= 0xFFFF_FFFFL ? Integer.valueOf(n.intValue()) : null;
            if (f != null && flags == null) throw new Malformed("expected " + FLAGS_CHOICES + " for \"flags\", found " + kind(f));
            step = f == null ? Step.logoffNull(client) : Step.logoff(client, flags);
        }
        return new TraceStep(line, step, expectation(object, event));
    }

    /** The caller of a client call, 1 when not given; transport and spooler events have none. */
    private static int client(Object v, Event event, int clients) throws Malformed {
        if (!event.isClientCall()) {
            if (v != null) throw new Malformed("expected no \"client\" on '" + event.keyword + "' (a transport or spooler event), found " + kind(v));
            return 0;
        }
        if (v == null) return 1;
        if (!(v instanceof Long n) || n < 1 || n > clients) {
            throw new Malformed("expected a client from 1 to " + clients + " (this trace has " + clients
                    + (clients == 1 ? " client" : " clients") + ") for \"client\", found " + kind(v));
        }
        return n.intValue();
    }

    /** {@code "expect"}: field names as in the text form; numbers, true/false (yes/no), arrays of flags and null (none) allowed. */
    private static Expectation expectation(Map<?, ?> object, Event event) throws Malformed {
        if (!object.containsKey("expect")) return null;
        if (!(object.get("expect") instanceof Map<?, ?> expect)) {
            throw new Malformed("expected an object of observed fields for \"expect\", found " + kind(object.get("expect")));
        }
        Expectation.Builder b = new Expectation.Builder(event);
        for (Map.Entry<?, ?> e : expect.entrySet()) b.json((String) e.getKey(), e.getValue());
        return b.build();
    }

    /** A step as {@code run --json} prints it: {@code "line"}, {@code "event"} (a scenario line), then the observed fields. */
    private static TraceStep recorded(Map<?, ?> object, ScenarioOptions options, int line) throws Malformed {
        Object text = object.get(EVENT);
        if (!(text instanceof String event)) throw new Malformed("expected a scenario step (e.g. \"c2 logoff NO_WAIT\") for \"event\", found " + kind(text));
        Step step;
        try {
            step = ScenarioParser.step(event, options.clients());
        } catch (ScenarioException e) {
            throw new Malformed(e.detail() + " in \"event\"");
        }
        if (object.containsKey(LINE) && !(object.get(LINE) instanceof Long)) {
            throw new Malformed("expected the scenario's line number for \"line\", found " + kind(object.get(LINE)));
        }
        Expectation.Builder b = new Expectation.Builder(step.event());
        for (Map.Entry<?, ?> e : object.entrySet()) {
            if (!e.getKey().equals(LINE) && !e.getKey().equals(EVENT)) b.json((String) e.getKey(), e.getValue());
        }
        // Only "line" and "event": a step replayed but not compared, like a text step without '=>'.
        Expectation expected = b.build();
        return new TraceStep(line, step, expected.given().isEmpty() ? null : expected);
    }

    private static String stepKeywords() {
        List<String> k = new ArrayList<>();
        for (Event e : Event.values()) k.add(e.keyword);
        return String.join(", ", k);
    }

    /** A JSON value as error messages show it. */
    static String kind(Object v) {
        if (v == null) return "null";
        if (v instanceof String s) return "\"" + Excerpt.of(s) + "\"";
        if (v instanceof Map) return "an object";
        if (v instanceof List) return "an array";
        return String.valueOf(v);
    }
}
