package storelogoff.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import storelogoff.model.Event;
import storelogoff.scenario.Excerpt;

/**
 * What an implementation observed at one step, field by field, in canonical form
 * (docs/trace-format.md, "Traces"). Fields not given are not compared.
 */
public record Expectation(Map<Field, String> values) {
    public Expectation {
        values = Collections.unmodifiableMap(new EnumMap<>(values));
    }

    /**
     * Parses the text after {@code =>}: order-free tokens, each {@code FIELD=VALUE}, except one
     * bare token, the result. E.g. {@code S_OK out=LOGOFF_COMPLETE transports=none}.
     */
    static Expectation parse(String text, Event event) throws Malformed {
        Map<Field, String> values = new EnumMap<>(Field.class);
        for (String token : text.strip().split("\\s+")) {
            int eq = token.indexOf('=');
            if (eq < 0 && values.containsKey(Field.RESULT)) {
                throw new Malformed("expected FIELD=VALUE (fields: " + Field.NAMES + ") after the result, found " + Excerpt.quoted(token));
            }
            String key = eq < 0 ? Field.RESULT.key : token.substring(0, eq);
            put(values, key, eq < 0 ? token : token.substring(eq + 1), event);
        }
        return new Expectation(values);
    }

    /**
     * An expectation from field names and values as text, as a trace or a conformance adapter
     * gives them; the first bad name or value is the exception's message.
     */
    public static Expectation of(Map<String, String> fields, Event event) throws Malformed {
        Map<Field, String> values = new EnumMap<>(Field.class);
        for (Map.Entry<String, String> e : fields.entrySet()) put(values, e.getKey(), e.getValue(), event);
        return new Expectation(values);
    }

    /** Adds one field given as text: checks the name, that it is new, and its value. */
    static void put(Map<Field, String> values, String key, String text, Event event) throws Malformed {
        Field f = Field.byKey(key);
        if (f == null) throw new Malformed("expected a field (" + Field.NAMES + "), found " + Excerpt.quoted(key));
        if (values.containsKey(f)) throw new Malformed("expected each field once, found '" + f.key + "' twice");
        String value = f.canonical(text, event);
        if (value == null) {
            throw new Malformed("expected " + f.expected(event) + " for '" + f.key + "', found "
                    + (text.isEmpty() ? "nothing" : Excerpt.quoted(text)));
        }
        values.put(f, value);
    }

    /** Every given field against the model's value, in field order. */
    List<FieldCheck> compare(Modelled m) {
        List<FieldCheck> checks = new ArrayList<>();
        values.forEach((f, expected) -> checks.add(new FieldCheck(f, expected, f.modelled(m))));
        return checks;
    }
}
