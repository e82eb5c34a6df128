package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * JSON Lines traces built to exhaust a reader (issue 8: a line nested 5,000 deep once overflowed
 * the stack) are bad input: exit 2 and one line naming file, line and what was expected.
 */
class HostileTraceTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " :: ", value = {
        "nested 5,000 deep :: 2:33: expected objects and arrays nested at most 32 deep, found deeper",
        "a 50,000-character string :: 2:41: expected a string of at most 1000 characters, found a longer one",
        "a 10 MB line :: 2: expected a line of at most 100,000 characters, found a longer one: is it a text file?",
        "a 5,000-digit number :: 2:39: expected a number of at most 100 characters, found a longer one",
        "a member named twice :: 2:20: expected each member name once, found \"step\" again",
    })
    void isExitTwoWithOneLine(String hostile, String where) throws IOException {
        String line = switch (hostile) {
            case "nested 5,000 deep" -> "[".repeat(5000) + "]".repeat(5000);
            case "a 50,000-character string" -> "{\"step\": \"submit\", \"expect\": {\"result\": \"" + "x".repeat(50_000) + "\"}}";
            case "a 10 MB line" -> "{\"step\": \"submit\", \"expect\": {\"result\": \"" + "x".repeat(10 << 20) + "\"}}";
            case "a 5,000-digit number" -> "{\"step\": \"submit\", \"expect\": {\"refs\": " + "9".repeat(5000) + "}}";
            case "a member named twice" -> "{\"step\": \"submit\", \"step\": \"addref\", \"expect\": {\"result\": \"S_OK\"}}";
            default -> throw new IllegalArgumentException(hostile);
        };
        Path trace = dir.resolve("hostile.jsonl");
        Files.writeString(trace, "{\"step\": \"submit\", \"expect\": {\"result\": \"S_OK\"}}\n" + line + "\n");
        Cli r = Cli.run("check", trace.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(trace + ":" + where + System.lineSeparator());
    }
}
