package storelogoff.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * One line of a JSON Lines trace as plain values, read with Jackson's streaming parser: objects
 * become {@code LinkedHashMap<String, Object>} in member order, arrays {@code List<Object>},
 * strings {@code String}, whole numbers {@code Long} ({@code BigInteger} beyond a long), other
 * numbers {@code Double}, then {@code Boolean} and {@code null}.
 *
 * <p>Jackson finds the syntax errors (RFC 8259, nothing lenient). On top of that a line holds
 * one value, names each member once, and stays within {@link #LIMITS}, far above what a trace
 * needs and far below what could exhaust the stack or the heap. Every error is said the way the
 * other readers say theirs, {@code expected ..., found ...}, at a 1-based column.
 */
final class Json {
    /** A trace line nests 2 deep and holds names of at most 18 and strings of about 100 characters. */
    static final int MAX_LINE = 100_000;
    static final int MAX_DEPTH = 32;
    static final int MAX_STRING = 1_000;
    static final int MAX_NAME = 100;
    static final int MAX_NUMBER = 100;

    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxDocumentLength(MAX_LINE).maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING)
            .maxNameLength(MAX_NAME).maxNumberLength(MAX_NUMBER).build();

    private static final JsonFactory FACTORY = JsonFactory.builder().streamReadConstraints(LIMITS).build();

    static final String VALUE = "expected a value (object, array, string, number, true, false or null)";
    private static final String NAME = "expected a member name in double quotes";
    private static final String AFTER_MEMBER = "expected ',' or '}' after a member";
    private static final String AFTER_ELEMENT = "expected ',' or ']' after an array element";
    private static final String NUMBER = "expected a number (e.g. 12, -3, 0.5, 1e6; no leading zero)";
    private static final String ESCAPE = "expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX) after '\\'";
    private static final String HEX = "expected four hex digits after \\u";
    private static final String END = "expected end of line after the value";
    /** Jackson's own words, for an error this class has no words for yet; the fuzz tests fail on it. */
    static final String UNTRANSLATED = "expected JSON (";

    /** Where and what: {@code column} is 1-based, 0 for the line as a whole. */
    static final class SyntaxError extends Exception {
        final int column;

        SyntaxError(int column, String detail) {
            super(detail);
            this.column = column;
        }
    }

    private Json() {}

    /** The one value {@code text} holds, with nothing but white space around it. */
    static Object parse(String text) throws SyntaxError {
        try (JsonParser p = FACTORY.createParser(text)) {
            return read(p, text);
        } catch (StreamConstraintsException tooLong) {
            // createParser measures a short line before reading it (a long one as it reads).
            throw lineTooLong(text);
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from a string", e);
        }
    }

    private static Object read(JsonParser p, String text) throws IOException, SyntaxError {
        try {
            JsonToken first = p.nextToken();
            if (first == null) throw new SyntaxError(text.length() + 1, "expected a value, found end of line");
            Object value = value(p, first);
            int after = p.currentLocation().getColumnNr() - 1;
            if (nextOrFailure(p)) {
                int at = skipSpace(text, after);
                throw new SyntaxError(at + 1, END + ", found " + found(text, at));
            }
            return value;
        } catch (StreamConstraintsException e) {
            throw beyondLimit(e, p, text);
        } catch (JsonProcessingException e) {
            throw complaint(e, text);
        }
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException, SyntaxError {
        return switch (t) {
            case START_OBJECT -> object(p);
            case START_ARRAY -> array(p);
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? p.getBigIntegerValue() : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IllegalStateException("Jackson gave " + t + " where a value starts");
        };
    }

    private static Map<String, Object> object(JsonParser p) throws IOException, SyntaxError {
        Map<String, Object> members = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String name = p.currentName();
            if (members.containsKey(name)) {
                throw new SyntaxError(p.currentTokenLocation().getColumnNr(),
                        "expected each member name once, found \"" + name + "\" again");
            }
            members.put(name, value(p, p.nextToken()));
        }
        return members;
    }

    private static List<Object> array(JsonParser p) throws IOException, SyntaxError {
        List<Object> items = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) items.add(value(p, t));
        return items;
    }

    /** Anything after the value: another token, or something Jackson cannot even read. */
    private static boolean nextOrFailure(JsonParser p) throws IOException {
        try {
            return p.nextToken() != null;
        } catch (JsonProcessingException e) {
            return true;
        }
    }

    /** A limit of {@link #LIMITS} exceeded, at the column where the offending part starts where that is known. */
    private static SyntaxError beyondLimit(StreamConstraintsException e, JsonParser p, String text) {
        String jackson = e.getOriginalMessage();
        int past = p.currentLocation().getColumnNr() - 1; // the index just past what Jackson read
        if (jackson.contains("Document length")) return lineTooLong(text);
        if (jackson.contains("nesting depth")) {
            return new SyntaxError(past /* the column of the bracket one too deep */, "expected objects and arrays nested at most " + MAX_DEPTH + " deep, found deeper");
        }
        if (jackson.contains("String value length")) {
            return new SyntaxError(p.currentTokenLocation().getColumnNr(),
                    "expected a string of at most " + MAX_STRING + " characters, found a longer one");
        }
        if (jackson.contains("Number value length")) {
            return new SyntaxError(numberStart(text, past - 1) + 1,
                    "expected a number of at most " + MAX_NUMBER + " characters, found a longer one");
        }
        if (jackson.contains("Name length")) {
            return new SyntaxError(0, "expected member names of at most " + MAX_NAME + " characters, found a longer one");
        }
        return new SyntaxError(0, UNTRANSLATED + jackson + ")");
    }

    private static SyntaxError lineTooLong(String text) {
        return new SyntaxError(0, "expected a line of at most " + MAX_LINE + " characters, found " + text.length());
    }

    private static final Pattern CODE = Pattern.compile("code (\\d+)\\)");

    /** Jackson's syntax error, said as {@code expected ..., found ...}. */
    private static SyntaxError complaint(JsonProcessingException e, String text) {
        String jackson = e.getOriginalMessage();
        int at = e.getLocation() == null ? text.length() : Math.min(e.getLocation().getColumnNr() - 1, text.length());
        if (jackson.contains("numeric value") || jackson.contains("Number value") || jackson.contains("following sign")
                || jackson.contains("number exponent")) {
            int start = numberStart(text, at < text.length() ? at : at - 1);
            return new SyntaxError(start + 1, NUMBER + ", found " + found(text, start, numberEnd(text, start)));
        }
        if (jackson.contains("end-of-input")) {
            return new SyntaxError(text.length() + 1, atEnd(jackson, text) + ", found end of line");
        }
        if (jackson.startsWith("Unrecognized token") || jackson.startsWith("Non-standard token")) {
            at = wordStart(text, at);
            return new SyntaxError(at + 1, VALUE + ", found " + found(text, at));
        }
        // Jackson names the character it stopped at, sometimes with the column just past it.
        Matcher code = CODE.matcher(jackson);
        if (code.find() && at > 0 && (at == text.length() || text.charAt(at) != (char) Integer.parseInt(code.group(1)))
                && text.charAt(at - 1) == (char) Integer.parseInt(code.group(1))) at--;
        return new SyntaxError(at + 1, midLine(jackson, text.substring(0, at).stripTrailing()) + ", found " + found(text, at));
    }

    /** What was expected where the line ended early; the last character before the end says where. */
    private static String atEnd(String jackson, String text) {
        String before = text.stripTrailing();
        char last = before.isEmpty() ? 0 : before.charAt(before.length() - 1);
        if (jackson.contains("closing quote for a string value") || jackson.contains("String value")) {
            return "expected '\"' to close the string";
        }
        if (jackson.contains("in field name")) return "expected '\"' to close the member name";
        if (jackson.contains("character escape sequence")) {
            int escape = text.lastIndexOf('\\');
            return escape + 1 < text.length() && text.charAt(escape + 1) == 'u' ? HEX : ESCAPE;
        }
        if (jackson.contains("close marker for Object")) return last == '{' ? NAME : AFTER_MEMBER;
        if (jackson.contains("close marker for Array")) return last == '[' ? VALUE : AFTER_ELEMENT;
        if (jackson.contains("Object entries")) return last == ':' ? VALUE : last == ',' ? NAME : "expected ':' after the member name";
        if (jackson.contains("Array entries")) return VALUE;
        return UNTRANSLATED + jackson + ")";
    }

    /** What was expected at a character that cannot stand where it does; {@code before} is the line up to it. */
    private static String midLine(String jackson, String before) {
        char last = before.isEmpty() ? 0 : before.charAt(before.length() - 1);
        if (jackson.contains("was expecting a colon")) return "expected ':' after the member name";
        if (jackson.contains("double-quote to start field name")) return NAME;
        if (jackson.contains("separate Object entries")) return AFTER_MEMBER;
        if (jackson.contains("separate Array entries")) return AFTER_ELEMENT;
        if (jackson.contains("expected a valid value") || jackson.contains("expected a value")) return VALUE;
        if (jackson.contains("expected '}'")) return last == '{' ? NAME : AFTER_MEMBER;
        if (jackson.contains("expected ']'")) return last == '[' ? VALUE : AFTER_ELEMENT;
        if (jackson.contains("no open")) return VALUE;
        if (jackson.contains("Illegal unquoted character")) return "expected a control character to be escaped (e.g. \\t) in a string";
        if (jackson.contains("Unrecognized character escape")) return ESCAPE;
        if (jackson.contains("hex-digit")) return HEX;
        if (jackson.contains("only regular white space")) return "expected spaces or tabs between the parts of the line";
        if (jackson.contains("comment")) return "expected no comment (JSON has none)";
        if (jackson.contains("separating root-level values")) return END;
        return UNTRANSLATED + jackson + ")";
    }

    /** {@code 'x'}, a run of up to 12 letters and digits, or end of line. */
    private static String found(String text, int at) {
        if (at >= text.length()) return "end of line";
        int end = at + 1;
        while (end < text.length() && end - at < 12 && Character.isLetterOrDigit(text.charAt(end))
                && Character.isLetterOrDigit(text.charAt(at))) end++;
        return found(text, at, end);
    }

    private static String found(String text, int from, int to) {
        return from >= text.length() ? "end of line" : "'" + text.substring(from, Math.min(to, from + 12)) + "'";
    }

    private static boolean inNumber(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == '+' || c == '-';
    }

    /** The start of the number-like run that holds {@code at}, or ends just before it. */
    private static int numberStart(String text, int at) {
        int start = Math.max(0, Math.min(at, text.length() - 1));
        if (start > 0 && !inNumber(text.charAt(start))) start--;
        while (start > 0 && inNumber(text.charAt(start - 1))) start--;
        return start;
    }

    private static int numberEnd(String text, int start) {
        int end = start;
        while (end < text.length() && inNumber(text.charAt(end))) end++;
        return Math.max(end, start + 1);
    }

    /** The start of the word that holds {@code at}, or ends just before it. */
    private static int wordStart(String text, int at) {
        int start = Math.min(at, text.length());
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) start--;
        return start;
    }

    private static int skipSpace(String text, int at) {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) at++;
        return at;
    }
}
