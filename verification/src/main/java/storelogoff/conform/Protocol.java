package storelogoff.conform;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import storelogoff.model.Event;
import storelogoff.model.Step;
import storelogoff.trace.Expectation;
import storelogoff.scenario.ObservedField;
import storelogoff.scenario.ScenarioWriter;

/**
 * The conformance protocol, version {@value #VERSION}: JSON Lines between the kit and an adapter
 * process (docs/conformance/protocol.md). The kit writes {@code reset} and step messages; the
 * adapter writes its hello, then one answer per message. Every message read is validated, and
 * a problem is described naming the message it answers and the member at fault.
 *
 * <p>Field names and values are the trace vocabulary ({@link ObservedField}): an answer's
 * {@code observed} object is what a JSON Lines trace's {@code expect} holds.
 */
final class Protocol {
    static final int VERSION = 1;
    /** Messages end with a newline of their own: no separator between root values. */
    private static final JsonFactory JSON = new JsonFactory().setRootValueSeparator(null);
    private static final String STEP_KEYWORDS = Arrays.stream(Event.values()).map(e -> e.keyword).collect(Collectors.joining(", "));
    private static final String FIELD_KEYS = Arrays.stream(ObservedField.values()).map(f -> f.key).collect(Collectors.joining(", "));

    private Protocol() {}

    /** {@code WHERE step N (STEP)}: how failures name a step; N is 1-based. */
    static String at(String where, int index, Step step) {
        return where + " step " + (index + 1) + " (" + ScenarioWriter.line(step) + ")";
    }

    // ---- Writing: the kit's messages ----

    static JsonGenerator generator(Writer out) throws IOException {
        return JSON.createGenerator(out);
    }

    /** {@code {"n":N,"reset":{"clients":C,"defaultInbox":B}}} */
    static void writeReset(JsonGenerator g, long n, int clients, boolean defaultInbox) throws IOException {
        g.writeStartObject();
        g.writeNumberField("n", n);
        g.writeObjectFieldStart("reset");
        g.writeNumberField("clients", clients);
        g.writeBooleanField("defaultInbox", defaultInbox);
        g.writeEndObject();
        g.writeEndObject();
        g.writeRaw('\n');
    }

    /** {@code {"n":N,"step":"logoff","client":C,"flags":F}}: client on client calls only, flags (a number or null) on logoff only. */
    static void writeStep(JsonGenerator g, long n, Step s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("n", n);
        g.writeStringField("step", s.event().keyword);
        if (s.event().isClientCall()) g.writeNumberField("client", s.client());
        if (s.event() == Event.LOGOFF) {
            if (s.nullFlags()) g.writeNullField("flags");
            else g.writeNumberField("flags", Integer.toUnsignedLong(s.flags()));
        }
        g.writeEndObject();
        g.writeRaw('\n');
    }

    // ---- Reading: the adapter's messages ----

    /** The hello line, checked; the problem as the exception's message. */
    static Hello readHello(String line) throws BadMessage {
        Map<String, Object> m = object(line, "the hello");
        Object protocol = m.get("protocol");
        if (protocol == null) throw new BadMessage("expected a hello with \"protocol\": " + VERSION + " as its first line, found " + shorten(line));
        if (!(protocol instanceof Long v) || v != VERSION) {
            throw new BadMessage("the adapter speaks protocol " + protocol + "; this kit speaks protocol " + VERSION);
        }
        for (String key : m.keySet()) {
            if (!Set.of("protocol", "implementation", "steps", "fields").contains(key)) {
                throw new BadMessage("the hello has \"" + key + "\"; expected protocol, implementation, steps, fields");
            }
        }
        if (!(m.get("implementation") instanceof String name) || name.isBlank()) {
            throw new BadMessage("the hello's \"implementation\" must name the implementation, found " + kind(m.get("implementation")));
        }
        EnumSet<Event> steps = EnumSet.noneOf(Event.class);
        for (Object o : list(m, "steps")) {
            Event e = o instanceof String s ? Event.byKeyword(s) : null;
            if (e == null) throw new BadMessage("the hello's \"steps\" lists " + kind(o) + ", which is not a step (" + STEP_KEYWORDS + ")");
            steps.add(e);
        }
        EnumSet<ObservedField> fields = EnumSet.noneOf(ObservedField.class);
        for (Object o : list(m, "fields")) {
            ObservedField f = o instanceof String s ? ObservedField.byName(s) : null;
            if (f == null) throw new BadMessage("the hello's \"fields\" lists " + kind(o) + ", which is not a field (" + FIELD_KEYS + ")");
            fields.add(f);
        }
        try {
            return new Hello(name, steps, fields);
        } catch (IllegalArgumentException e) {
            throw new BadMessage("the hello is incomplete: " + e.getMessage());
        }
    }

    /** An answer to message {@code n}: {@code {"n":N,"ready":true}} to a reset, or an error. */
    static void readReady(String line, long n) throws BadMessage {
        Map<String, Object> m = answer(line, n);
        if (!Boolean.TRUE.equals(m.get("ready")) || m.size() != 2) {
            throw new BadMessage("expected {\"n\":" + n + ",\"ready\":true}, found " + shorten(line));
        }
    }

    /**
     * An answer to step message {@code n}: {@code {"n":N,"observed":{FIELD: VALUE, ...}}} with
     * exactly the hello's fields, each value valid for its field. Read as a stream into an
     * {@link Answer}, which turns typed values (numbers, null, true/false) into each field's
     * canonical text; a string goes through the field's own reading of trace text.
     */
    static Expectation readObserved(String line, long n, Event event, Set<ObservedField> promised, Answer answer) throws BadMessage {
        answer.clear();
        boolean sawN = false, sawObserved = false;
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new BadMessage("expected an answer (a JSON object), found " + shorten(line));
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String member = p.currentName();
                JsonToken v = p.nextToken();
                switch (member) {
                    case "n" -> {
                        if (v != JsonToken.VALUE_NUMBER_INT) throw new BadMessage("expected \"n\": " + n + " in the answer, found " + shorten(line));
                        long k = p.getLongValue();
                        if (k != n) throw new BadMessage("the answer is for message " + k + ", not for this one (" + n + ")");
                        sawN = true;
                    }
                    case "observed" -> {
                        if (v != JsonToken.START_OBJECT) throw new BadMessage("expected an object for \"observed\", found " + shorten(line));
                        for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
                            String key = p.currentName();
                            observe(answer, key, p.nextToken(), p, event, promised);
                        }
                        sawObserved = true;
                    }
                    case "error" -> throw new BadMessage("the adapter reports an error: " + p.getText());
                    default -> throw new BadMessage("the answer has \"" + member + "\"; expected n and observed");
                }
            }
            if (p.nextToken() != null) throw new BadMessage("expected one JSON object on the line, found more: " + shorten(line));
        } catch (JsonProcessingException e) {
            throw new BadMessage("expected an answer (a JSON object), found " + shorten(line) + " ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
        } catch (IOException e) {
            throw new BadMessage("cannot read the answer: " + e.getMessage());
        }
        if (!sawN) throw new BadMessage("expected \"n\": " + n + " in the answer, found " + shorten(line));
        if (!sawObserved) throw new BadMessage("expected {\"n\":" + n + ",\"observed\":{...}}, found " + shorten(line));
        for (ObservedField f : promised) {
            if (answer.get(f) == null) throw new BadMessage("the answer lacks '" + f.key + "' (the hello lists it)");
        }
        return answer.expectation();
    }

    /** One member of {@code observed}: checked against the hello, then given to the answer by its JSON type. */
    private static void observe(Answer answer, String key, JsonToken v, JsonParser p, Event event, Set<ObservedField> promised)
            throws IOException, BadMessage {
        ObservedField f = ObservedField.byName(key);
        if (f == null) throw new BadMessage("the answer gives '" + key + "', which is not a field (" + FIELD_KEYS + ")");
        if (!promised.contains(f)) throw new BadMessage("the answer gives '" + key + "', which the hello does not list");
        if (answer.get(f) != null) throw new BadMessage("the answer gives '" + key + "' twice");
        ObservedField.Type kind = f.type;
        try {
            switch (v) {
                case VALUE_STRING -> {
                    String text = p.getText();
                    String canonical = f.canonical(text, event);
                    if (canonical == null) throw new BadMessage("expected " + f.expected(event) + " for '" + key + "', found '" + text + "'");
                    answer.text(f, canonical);
                }
                case VALUE_NULL -> {
                    if (kind != ObservedField.Type.FLAGS && kind != ObservedField.Type.FLAG_LIST) throw new BadMessage("expected " + f.expected(event) + " for '" + key + "', found null");
                    answer.none(f);
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    if (kind != ObservedField.Type.YES_NO) throw new BadMessage("expected " + f.expected(event) + " for '" + key + "', found " + p.getText());
                    answer.yes(f, v == JsonToken.VALUE_TRUE);
                }
                case VALUE_NUMBER_INT -> {
                    long x = p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? -1 : p.getLongValue();
                    String bad = "expected " + f.expected(event) + " for '" + key + "', found " + p.getText();
                    switch (kind) {
                        case FLAGS, FLAG_LIST -> {
                            if (x < 0 || x > 0xFFFF_FFFFL) throw new BadMessage(bad);
                            answer.flags(f, (int) x);
                        }
                        case COUNT -> {
                            if (x < 0 || x > 999_999_999L) throw new BadMessage(bad);
                            answer.count(f, (int) x);
                        }
                        case RESULT -> {
                            if (!event.isClientCall() || x < Integer.MIN_VALUE || x > 0xFFFF_FFFFL) throw new BadMessage(bad);
                            answer.result((int) x);
                        }
                        default -> throw new BadMessage(bad);
                    }
                }
                case START_ARRAY -> {
                    // A list of flags, as run --json writes outFlags: names or numbers, [] for 0.
                    if (kind != ObservedField.Type.FLAGS && kind != ObservedField.Type.FLAG_LIST) {
                        throw new BadMessage("expected " + f.expected(event) + " for '" + key + "', found an array");
                    }
                    StringBuilder text = new StringBuilder();
                    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                        if (e != JsonToken.VALUE_STRING && e != JsonToken.VALUE_NUMBER_INT) {
                            throw new BadMessage("expected flag names or numbers in the array for '" + key + "', found " + p.getText());
                        }
                        text.append(text.length() > 0 ? "|" : "").append(p.getText());
                    }
                    String canonical = f.canonical(text.length() == 0 ? "0" : text.toString(), event);
                    if (canonical == null) throw new BadMessage("expected " + f.expected(event) + " for '" + key + "', found an array of other values");
                    answer.text(f, canonical);
                }
                default -> throw new BadMessage("expected a string, number, true, false or null for '" + key + "', found "
                        + (v == JsonToken.START_ARRAY ? "an array" : v == JsonToken.START_OBJECT ? "an object" : p.getText()));
            }
        } catch (IllegalArgumentException e) {
            throw new BadMessage(e.getMessage());
        }
    }

    /** An answer's object: "n" must be {@code n}; an "error" member is the adapter's own failure. */
    private static Map<String, Object> answer(String line, long n) throws BadMessage {
        Map<String, Object> m = object(line, "an answer");
        Object got = m.get("n");
        if (!(got instanceof Long k)) throw new BadMessage("expected \"n\": " + n + " in the answer, found " + shorten(line));
        if (k != n) throw new BadMessage("the answer is for message " + k + ", not for this one (" + n + ")");
        if (m.containsKey("error")) throw new BadMessage("the adapter reports an error: " + m.get("error"));
        return m;
    }

    /** One JSON object on one line, members in order; nested objects as maps, arrays as lists. */
    private static Map<String, Object> object(String line, String what) throws BadMessage {
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new BadMessage("expected " + what + " (a JSON object), found " + shorten(line));
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) value(p);
            if (p.nextToken() != null) throw new BadMessage("expected one JSON object on the line, found more: " + shorten(line));
            return m;
        } catch (JsonProcessingException e) {
            throw new BadMessage("expected " + what + " (a JSON object), found " + shorten(line) + " (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
        } catch (IOException e) {
            throw new BadMessage("cannot read " + what + ": " + e.getMessage());
        }
    }

    private static Object value(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String key = p.currentName();
                    p.nextToken();
                    m.put(key, value(p));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) l.add(value(p));
                return l;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT -> {
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getDecimalValue() : p.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return p.getDecimalValue();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            default -> {
                return null;
            }
        }
    }

    private static List<?> list(Map<String, Object> m, String key) throws BadMessage {
        if (!(m.get(key) instanceof List<?> l)) throw new BadMessage("the hello's \"" + key + "\" must be an array of names, found " + kind(m.get(key)));
        return l;
    }

    /** A JSON value as messages show it. */
    static String kind(Object v) {
        if (v == null) return "null";
        if (v instanceof String s) return "\"" + s + "\"";
        if (v instanceof Map) return "an object";
        if (v instanceof List) return "an array";
        return String.valueOf(v);
    }

    /** A line as messages quote it: at most 80 characters. */
    static String shorten(String line) {
        String l = line.strip();
        return "'" + (l.length() > 80 ? l.substring(0, 77) + "..." : l) + "'";
    }
}
