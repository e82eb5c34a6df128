package storelogoff.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import storelogoff.model.Event;
import storelogoff.model.Observation;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.scenario.Excerpt;
import storelogoff.scenario.ObservedField;

/**
 * What an implementation observed at one step, field by field, in canonical form
 * (docs/trace-format.md, "Traces"), in field order. Fields not given are not compared.
 *
 * @param given each field given, with the name the trace used for it
 */
public record Expectation(List<Given> given) {

    /** One field as a trace gave it: the field, the name used (its key or an alias), the canonical value. */
    public record Given(ObservedField field, String name, String value) {}

    public Expectation {
        given = given.stream().sorted(Comparator.comparing(Given::field)).toList();
    }

    /**
     * Parses the text after {@code =>}: order-free tokens, each {@code FIELD=VALUE}, except one
     * bare token, the result. E.g. {@code S_OK out=LOGOFF_COMPLETE transports=none}.
     */
    static Expectation parse(String text, Event event) throws Malformed {
        Builder b = new Builder(event);
        for (String token : text.strip().split("\\s+")) {
            int eq = token.indexOf('=');
            if (eq < 0 && b.has(ObservedField.RESULT)) {
                throw new Malformed("expected FIELD=VALUE (fields: " + ObservedField.names() + ") after the result, found "
                        + Excerpt.quoted(token));
            }
            if (eq < 0) b.text(ObservedField.RESULT.key, token);
            else b.text(token.substring(0, eq), token.substring(eq + 1));
        }
        return b.build();
    }

    /**
     * An expectation from field names and values as text, as a trace or a conformance adapter
     * gives them; the first bad name or value is the exception's message.
     */
    public static Expectation of(Map<String, String> fields, Event event) throws Malformed {
        Builder b = new Builder(event);
        for (Map.Entry<String, String> e : fields.entrySet()) b.text(e.getKey(), e.getValue());
        return b.build();
    }

    /** Values already in canonical form, each named by its field's key (a conformance adapter's answer). */
    public static Expectation canonical(Map<ObservedField, String> values) {
        List<Given> given = new ArrayList<>(values.size());
        values.forEach((f, v) -> given.add(new Given(f, f.key, v)));
        return new Expectation(given);
    }

    /**
     * The fields as a trace suffix writes them, what {@link #parse} reads back: the result bare,
     * then {@code KEY=VALUE} for each other field, in field order.
     */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (Given g : given) {
            if (b.length() > 0) b.append(' ');
            if (g.field != ObservedField.RESULT) b.append(g.field.key).append('=');
            b.append(g.value);
        }
        return b.toString();
    }

    /** Every given field against the model's value ({@link ObservedField#modelled}), in field order: only those given are computed. */
    List<FieldCheck> compare(Step step, Observation observed, World before, World after) {
        List<FieldCheck> checks = new ArrayList<>(given.size());
        for (Given g : given) checks.add(new FieldCheck(g.field, g.name, g.value, g.field.modelled(step, observed, before, after)));
        return checks;
    }

    /** Collects the fields of one step, given as text or as JSON, checking each name, that it is new, and its value. */
    static final class Builder {
        private final Event event;
        private final List<Given> given = new ArrayList<>();

        Builder(Event event) {
            this.event = event;
        }

        boolean has(ObservedField f) {
            return given.stream().anyMatch(g -> g.field == f);
        }

        /** A field given as text, {@code name=text}; a group's name (transportsCall) stands for all its fields. */
        Builder text(String name, String text) throws Malformed {
            List<ObservedField> group = group(name);
            if (!group.isEmpty()) {
                if (!text.strip().equalsIgnoreCase(ObservedField.NONE)) {
                    throw new Malformed("expected none for '" + name + "' (or its fields " + keys(group) + "), found "
                            + (text.isEmpty() ? "nothing" : Excerpt.quoted(text)));
                }
                for (ObservedField f : group) add(f, name, ObservedField.NONE);
                return this;
            }
            List<ObservedField> fields = fields(name);
            for (ObservedField f : fields) {
                String value = f.canonical(text, event);
                if (value != null) return add(f, name, value);
            }
            throw new Malformed("expected " + expected(fields) + " for '" + name + "', found " + (text.isEmpty() ? "nothing" : Excerpt.quoted(text)));
        }

        /** A field given as a JSON value; a group's name takes null (none) or an object of its members. */
        Builder json(String name, Object value) throws Malformed {
            List<ObservedField> group = group(name);
            if (!group.isEmpty()) {
                if (value == null) {
                    for (ObservedField f : group) add(f, name, ObservedField.NONE);
                    return this;
                }
                if (!(value instanceof Map<?, ?> members)) {
                    throw new Malformed("expected null or an object of " + keys(group) + " for \"" + name + "\", found " + JsonLinesReader.kind(value));
                }
                for (Map.Entry<?, ?> m : members.entrySet()) json(name + "." + m.getKey(), m.getValue());
                return this;
            }
            String text = value instanceof Map ? null : ObservedField.jsonText(value);
            boolean flags = fields(name).stream().anyMatch(f -> f.type == ObservedField.Type.FLAGS || f.type == ObservedField.Type.FLAG_LIST);
            if (text == null || value instanceof List && !flags) {
                throw new Malformed("expected a string, number, true, false or null" + (flags ? ", or an array of flags," : "")
                        + " for \"" + name + "\", found " + JsonLinesReader.kind(value));
            }
            return text(name, text);
        }

        Expectation build() {
            return new Expectation(given);
        }

        private Builder add(ObservedField f, String name, String value) throws Malformed {
            if (has(f)) throw new Malformed("expected each field once, found '" + name + "' twice");
            given.add(new Given(f, name, value));
            return this;
        }

        private static List<ObservedField> fields(String name) throws Malformed {
            List<ObservedField> fields = ObservedField.named(name);
            if (fields.isEmpty()) throw new Malformed("expected a field (" + ObservedField.names() + "), found " + Excerpt.quoted(name));
            return fields;
        }

        /** The fields of the JSON object named {@code name}, when it has more than one (transportsCall); else none. */
        private static List<ObservedField> group(String name) {
            return ObservedField.ALL.stream().filter(f -> f.group().equalsIgnoreCase(name) && !f.key.equalsIgnoreCase(name)).toList();
        }

        private String expected(List<ObservedField> fields) {
            return String.join(" or ", fields.stream().map(f -> f.expected(event)).toList());
        }

        private static String keys(List<ObservedField> fields) {
            return String.join(", ", fields.stream().map(f -> f.member()).toList());
        }
    }
}
