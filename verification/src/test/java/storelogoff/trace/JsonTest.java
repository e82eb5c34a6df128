package storelogoff.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The JSON reader of JSON Lines traces: every kind of value, and column-exact syntax errors. */
class JsonTest {

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

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"a\": 1|8|expected ',' or '}' after a member, found end of line",
        "{\"a\" 1}|6|expected ':' after the member name, found '1'",
        "{a: 1}|2|expected a member name in double quotes, found 'a'",
        "{\"step\": NO}|10|expected a value (object, array, string, number, true, false or null), found 'NO'",
        "{\"a\": 1} x|10|expected end of line after the value, found 'x'",
        "{\"a\": 1, \"a\": 2}|10|expected each member name once, found \"a\" again",
        "[1 2]|4|expected ',' or ']' after an array element, found '2'",
        "\"abc|5|expected '\"' to close the string, found end of line",
        "\"\\x\"|3|expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX) after '\\', found 'x'",
        "\"\\u12\"|3|expected four hex digits after \\u, found 'u12'",
        "-|1|expected a number, found '-'",
        "tru|1|expected a value (object, array, string, number, true, false or null), found 'tru'",
        "`   `|4|expected a value, found end of line",
    })
    void syntaxErrorsNameTheColumnAndWhatWasExpected(String text, int column, String message) {
        assertThatThrownBy(() -> Json.parse(text))
                .isInstanceOfSatisfying(Json.SyntaxError.class, e -> {
                    assertThat(e.column).as("column in %s", text).isEqualTo(column);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    @Test
    void controlCharactersMustBeEscaped() {
        assertThatThrownBy(() -> Json.parse("\"a\tb\""))
                .hasMessage("expected a control character to be escaped (e.g. \\t) in a string, found '\t'");
    }
}
