package storelogoff.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small JSON reader for one line of a JSON Lines trace (RFC 8259 values): objects become
 * {@code LinkedHashMap<String, Object>} in member order, arrays {@code List<Object>}, strings
 * {@code String}, whole numbers {@code Long}, other numbers {@code Double}, then {@code Boolean}
 * and {@code null}. Enough for a trace without adding a dependency.
 */
final class Json {
    /** Where and what: {@code column} is 1-based. */
    static final class SyntaxError extends Exception {
        final int column;

        SyntaxError(int column, String detail) {
            super(detail);
            this.column = column;
        }
    }

    private final String text;
    private int at;

    private Json(String text) {
        this.text = text;
    }

    /** The one value {@code text} holds, with nothing but white space around it. */
    static Object parse(String text) throws SyntaxError {
        Json j = new Json(text);
        Object v = j.value();
        j.space();
        if (j.at < text.length()) throw j.error("expected end of line after the value");
        return v;
    }

    private Object value() throws SyntaxError {
        space();
        if (at >= text.length()) throw error("expected a value");
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> word("true", Boolean.TRUE);
            case 'f' -> word("false", Boolean.FALSE);
            case 'n' -> word("null", null);
            default -> {
                if (c == '-' || c >= '0' && c <= '9') yield number();
                throw error("expected a value (object, array, string, number, true, false or null)");
            }
        };
    }

    private Map<String, Object> object() throws SyntaxError {
        Map<String, Object> members = new LinkedHashMap<>();
        at++; // '{'
        space();
        if (peek() == '}') {
            at++;
            return members;
        }
        while (true) {
            space();
            if (peek() != '"') throw error("expected a member name in double quotes");
            int nameAt = at;
            String name = string();
            if (members.containsKey(name)) {
                throw new SyntaxError(nameAt + 1, "expected each member name once, found \"" + name + "\" again");
            }
            space();
            if (peek() != ':') throw error("expected ':' after the member name");
            at++;
            members.put(name, value());
            space();
            char c = peek();
            at++;
            if (c == '}') return members;
            if (c != ',') {
                at--;
                throw error("expected ',' or '}' after a member");
            }
        }
    }

    private List<Object> array() throws SyntaxError {
        List<Object> items = new ArrayList<>();
        at++; // '['
        space();
        if (peek() == ']') {
            at++;
            return items;
        }
        while (true) {
            items.add(value());
            space();
            char c = peek();
            at++;
            if (c == ']') return items;
            if (c != ',') {
                at--;
                throw error("expected ',' or ']' after an array element");
            }
        }
    }

    private String string() throws SyntaxError {
        StringBuilder b = new StringBuilder();
        at++; // '"'
        while (true) {
            if (at >= text.length()) throw error("expected '\"' to close the string");
            char c = text.charAt(at);
            if (c == '"') {
                at++;
                return b.toString();
            }
            if (c < 0x20) throw error("expected a control character to be escaped (e.g. \\t) in a string");
            if (c != '\\') {
                b.append(c);
                at++;
                continue;
            }
            at++;
            char e = peek();
            switch (e) {
                case '"', '\\', '/' -> b.append(e);
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (at + 5 > text.length() || !text.substring(at + 1, at + 5).matches("[0-9a-fA-F]{4}")) {
                        throw error("expected four hex digits after \\u");
                    }
                    b.append((char) Integer.parseInt(text.substring(at + 1, at + 5), 16));
                    at += 4;
                }
                default -> throw error("expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX) after '\\'");
            }
            at++;
        }
    }

    private static final Pattern NUMBER =
            Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private Object number() throws SyntaxError {
        Matcher m = NUMBER.matcher(text).region(at, text.length());
        if (!m.lookingAt()) throw error("expected a number");
        String n = m.group();
        at = m.end();
        if (m.group(2) == null && m.group(3) == null) {
            try {
                return Long.parseLong(n);
            } catch (NumberFormatException tooLong) {
                // Beyond a long: fall through to a double, which callers reject where they want a count.
            }
        }
        return Double.parseDouble(n);
    }

    private Object word(String word, Object value) throws SyntaxError {
        if (!text.startsWith(word, at)) throw error("expected a value (object, array, string, number, true, false or null)");
        at += word.length();
        return value;
    }

    private void space() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) at++;
    }

    /** The character at the cursor, or 0 at the end. */
    private char peek() {
        return at < text.length() ? text.charAt(at) : 0;
    }

    /** {@code expected ..., found 'x'} (or end of line) at the cursor. */
    private SyntaxError error(String expected) {
        String found = at >= text.length() ? "end of line" : "'" + foundText() + "'";
        return new SyntaxError(at + 1, expected + ", found " + found);
    }

    private String foundText() {
        int end = at + 1;
        while (end < text.length() && end - at < 12 && Character.isLetterOrDigit(text.charAt(end))
                && Character.isLetterOrDigit(text.charAt(at))) end++;
        return text.substring(at, end);
    }
}
