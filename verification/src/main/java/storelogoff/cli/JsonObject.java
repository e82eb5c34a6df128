package storelogoff.cli;

import java.util.List;

/**
 * A JSON object written field by field, in the order given: enough for one line per step
 * without a JSON library. Values: null, String, Number, Boolean, List of those, JsonObject.
 */
final class JsonObject {
    private final StringBuilder text = new StringBuilder("{");

    JsonObject put(String name, Object value) {
        if (text.length() > 1) text.append(',');
        string(text, name);
        text.append(':');
        value(text, value);
        return this;
    }

    @Override
    public String toString() {
        return text + "}";
    }

    private static void value(StringBuilder b, Object v) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String s) {
            string(b, s);
        } else if (v instanceof Number || v instanceof Boolean || v instanceof JsonObject) {
            b.append(v);
        } else if (v instanceof List<?> list) {
            b.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) b.append(',');
                value(b, list.get(i));
            }
            b.append(']');
        } else {
            throw new IllegalArgumentException("no JSON form for " + v.getClass().getName());
        }
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        b.append('"');
    }
}
