package storelogoff.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON reader of JSON Lines traces: every kind of value, column-exact syntax errors, and its limits. */
class JsonTest {
    private static final String VALUE = "expected a value (object, array, string, number, true, false or null)";
    private static final String NUMBER = "expected a number (e.g. 12, -3, 0.5, 1e6; no leading zero)";

    @Test
    void readsEveryKindOfValue() throws Exception {
        Object v = Json.parse(" {\"s\": \"a\\\"b\\\\c\\/\\n\\t\\u00e9\", \"n\": -12, \"big\": 4294967295, \"d\": 1.5e2,"
                + " \"t\": true, \"f\": false, \"z\": null, \"a\": [1, \"x\", [], {}], \"o\": {\"k\": 0}} ");
        assertThat(v).isInstanceOf(Map.class);
        Map<?, ?> m = (Map<?, ?>) v;
        assertThat(List.<Object>copyOf(m.keySet())).as("members in file order").containsExactly("s", "n", "big", "d", "t", "f", "z", "a", "o");
        assertThat(m.get("s")).isEqualTo("a\"b\\c/\n\té");
        assertThat(m.get("n")).isEqualTo(-12L);
        assertThat(m.get("big")).isEqualTo(4294967295L);
        assertThat(m.get("d")).isEqualTo(150.0);
        assertThat(m.get("t")).isEqualTo(true);
        assertThat(m.get("f")).isEqualTo(false);
        assertThat(m.containsKey("z")).isTrue();
        assertThat(m.get("z")).isNull();
        assertThat(m.get("a")).isEqualTo(Arrays.asList(1L, "x", List.of(), Map.of()));
        assertThat(m.get("o")).isEqualTo(Map.of("k", 0L));
    }

    @Test
    void numbersBeyondALongStayWholeAndExact() throws Exception {
        Map<?, ?> m = (Map<?, ?>) Json.parse("{\"n\": 123456789012345678901234567890, \"x\": 1e400}");
        assertThat(m.get("n")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(m.get("x")).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"a\": 1|8|expected ',' or '}' after a member, found end of line",
        "{\"a\" 1}|6|expected ':' after the member name, found '1'",
        "{a: 1}|2|expected a member name in double quotes, found 'a'",
        "{\"step\": NO}|10|" + VALUE + ", found 'NO'",
        "{\"a\": 1} x|10|expected end of line after the value, found 'x'",
        "{\"a\": 1, \"a\": 2}|10|expected each member name once, found \"a\" again",
        "{\"a\": {\"b\": 1, \"b\": 1}}|16|expected each member name once, found \"b\" again",
        "[1 2]|4|expected ',' or ']' after an array element, found '2'",
        "\"abc|5|expected '\"' to close the string, found end of line",
        "\"\\x\"|3|expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX) after '\\', found 'x'",
        "\"\\|3|expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX) after '\\', found end of line",
        "\"\\u12\"|6|expected four hex digits after \\u, found '\"'",
        "\"\\u1|5|expected four hex digits after \\u, found end of line",
        "-|1|" + NUMBER + ", found '-'",
        "{\"a\": 01}|7|" + NUMBER + ", found '01'",
        "{\"a\": 1.}|7|" + NUMBER + ", found '1.'",
        "{\"a\": 1.5e}|7|" + NUMBER + ", found '1.5e'",
        "{\"a\": -x}|7|" + NUMBER + ", found '-x'",
        "{\"a\": +1}|7|" + NUMBER + ", found '+1'",
        "{\"a\": .5}|7|" + VALUE + ", found '.'",
        "{\"a\": NaN}|7|" + VALUE + ", found 'NaN'",
        "{\"a\": True}|7|" + VALUE + ", found 'True'",
        "tru|1|" + VALUE + ", found 'tru'",
        "`   `|4|expected a value, found end of line",
        "{|2|expected a member name in double quotes, found end of line",
        "{]|2|expected a member name in double quotes, found ']'",
        "{'a': 1}|2|expected a member name in double quotes, found '''",
        "{\"a\":1,]|8|expected a member name in double quotes, found ']'",
        "{\"a|4|expected '\"' to close the member name, found end of line",
        "{\"a\"|5|expected ':' after the member name, found end of line",
        "{\"a\":|6|" + VALUE + ", found end of line",
        "{\"a\":}|6|" + VALUE + ", found '}'",
        "{\"a\":1]|7|expected ',' or '}' after a member, found ']'",
        "[|2|" + VALUE + ", found end of line",
        "[1,|4|" + VALUE + ", found end of line",
        "[,|2|" + VALUE + ", found ','",
        "[}|2|" + VALUE + ", found '}'",
        "[1|3|expected ',' or ']' after an array element, found end of line",
        "[1}|3|expected ',' or ']' after an array element, found '}'",
        "]|1|" + VALUE + ", found ']'",
        "{\"a\": 1 /*x*/}|9|expected no comment (JSON has none), found '/'",
        "{\"a\": 1} {}|10|expected end of line after the value, found '{'",
        "{\"a\": 1}]|9|expected end of line after the value, found ']'",
        "123abc|4|expected end of line after the value, found 'abc'",
        "1 2|3|expected end of line after the value, found '2'",
        "\"abc\" x|7|expected end of line after the value, found 'x'",
        "true x|6|expected end of line after the value, found 'x'",
    })
    void syntaxErrorsNameTheColumnAndWhatWasExpected(String text, int column, String message) {
        assertSyntaxError(text, column, message);
    }

    @Test
    void controlCharactersMustBeEscaped() {
        assertSyntaxError("\"a\tb\"", 3, "expected a control character to be escaped (e.g. \\t) in a string, found '\t'");
        assertSyntaxError("{\"a\":\u0000}", 6, "expected spaces or tabs between the parts of the line, found '\u0000'");
    }

    /** Hostile lines end in a SyntaxError long before they could exhaust the stack or the heap. */
    @Test
    void nestingIsBounded() throws Exception {
        String deepest = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
        assertThat(Json.parse(deepest)).isInstanceOf(List.class);
        String message = "expected objects and arrays nested at most 32 deep, found deeper";
        assertSyntaxError("[" + deepest + "]", Json.MAX_DEPTH + 1, message);
        assertSyntaxError("[".repeat(5000), Json.MAX_DEPTH + 1, message);
        assertSyntaxError("{\"a\":".repeat(5000), 5 * Json.MAX_DEPTH + 1, message);
    }

    @Test
    void stringsNamesNumbersAndLinesAreBounded() throws Exception {
        assertThat(Json.parse("\"" + "x".repeat(Json.MAX_STRING) + "\"")).isEqualTo("x".repeat(Json.MAX_STRING));
        assertSyntaxError("{\"a\": \"" + "x".repeat(Json.MAX_STRING + 1) + "\"}", 7,
                "expected a string of at most 1000 characters, found a longer one");
        assertSyntaxError("{\"a\": " + "1".repeat(5000) + "}", 7,
                "expected a number of at most 100 characters, found a longer one");
        assertSyntaxError("[1, -" + "1".repeat(Json.MAX_NUMBER + 1) + "]", 5,
                "expected a number of at most 100 characters, found a longer one");
        assertSyntaxError("{\"" + "n".repeat(Json.MAX_NAME + 1) + "\": 1}", 0,
                "expected member names of at most 100 characters, found a longer one");
        String tenMegabytes = "{\"a\": \"" + "x".repeat(10 << 20) + "\"}";
        assertSyntaxError(tenMegabytes, 7, "expected a string of at most 1000 characters, found a longer one");
        assertSyntaxError(" ".repeat(Json.MAX_LINE) + "1", 0, "expected a line of at most 100000 characters, found 100001");
        assertSyntaxError("[" + "1,".repeat(Json.MAX_LINE) + "1]", 0,
                "expected a line of at most 100000 characters, found " + (2 * Json.MAX_LINE + 3));
        assertSyntaxError(" ".repeat(Json.MAX_LINE - 5) + "[1 2]", Json.MAX_LINE - 1,
                "expected ',' or ']' after an array element, found '2'");
    }

    private static void assertSyntaxError(String text, int column, String message) {
        assertThatThrownBy(() -> Json.parse(text)).isInstanceOfSatisfying(Json.SyntaxError.class, e -> {
            assertThat(e.column).as("column in %.40s", text).isEqualTo(column);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }
}
