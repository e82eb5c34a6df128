package storelogoff.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of the JSON reader's error positions: the first and last digit and letter of a
 * malformed number, a word at the end of the line, a character Jackson names at or just past
 * its column, and a number too long with more after it.
 */
class JsonEdgesTest {
    private static final String NUMBER = "expected a number (e.g. 12, -3, 0.5, 1e6; no leading zero)";
    private static final String VALUE = "expected a value (object, array, string, number, true, false or null)";

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"a\": 09}|7|" + NUMBER + ", found '09'",
        "{\"a\": 00}|7|" + NUMBER + ", found '00'",
        "{\"a\": -a}|7|" + NUMBER + ", found '-a'",
        "{\"a\": -z}|7|" + NUMBER + ", found '-z'",
        "{\"a\": -A}|7|" + NUMBER + ", found '-A'",
        "{\"a\": -Z}|7|" + NUMBER + ", found '-Z'",
        "[1, Z]|5|" + VALUE + ", found 'Z'",
        "[1, zz9]|5|" + VALUE + ", found 'zz9'",
        "[nulx]|2|" + VALUE + ", found 'nulx'",
        "{\"a\": abcdefghijklmnop}|7|" + VALUE + ", found 'abcdefghijkl'",
        // Jackson's column is just past the '-': the number starts one back.
        "[1,-]|4|" + NUMBER + ", found '-'",
        // Jackson's column is on the second ',' (not just past it): it stays there.
        "[1,,2]|4|" + VALUE + ", found ','",
        "{\"a\": 1,,}|9|expected a member name in double quotes, found ','",
        "`{\"a\":1 \"b\":2}`|8|expected ',' or '}' after a member, found '\"'",
    })
    void malformedValuesAreQuotedFromTheirStart(String text, int column, String message) {
        assertThatThrownBy(() -> Json.parse(text)).isInstanceOfSatisfying(Json.SyntaxError.class, e -> {
            assertThat(e.getMessage()).isEqualTo(message);
            assertThat(e.column).as("column").isEqualTo(column);
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {"1|,2]", "1| , 22]", "-1|,2]"})
    void aNumberTooLongIsPlacedAtItsStart(String digit, String after) {
        String text = "[" + (digit.startsWith("-") ? "-" : "") + "1".repeat(Json.MAX_NUMBER + 1) + after;
        assertThatThrownBy(() -> Json.parse(text)).isInstanceOfSatisfying(Json.SyntaxError.class, e -> {
            assertThat(e.getMessage()).isEqualTo("expected a number of at most 100 characters, found a longer one");
            assertThat(e.column).as("column").isEqualTo(2);
        });
    }
}
