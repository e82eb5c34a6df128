package storelogoff.trace;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

import storelogoff.fuzz.Fuzzing;

/**
 * Fuzzes the JSON Lines trace reader (Jackson underneath) and the checker behind it: any text is
 * a verdict, or a TraceException (exit 2) naming the file and line, and for JSON syntax a column
 * on that line and an error in the readers' own words; never another exception, never a hang.
 */
class JsonLinesTraceFuzzTest {
    private static final String FILE = "fuzz.jsonl";

    @Timeout(Fuzzing.HANG_SECONDS)
    @FuzzTest(maxDuration = Fuzzing.DURATION)
    void checksOrSaysWhereAndWhat(byte[] input) {
        String text = new String(input, UTF_8);
        TraceException e = TraceOutcomes.readAndCheck(FILE, text);
        if (e == null) return;
        assertThat(e.getMessage()).as("said in our words, not Jackson's").doesNotContain(Json.UNTRANSLATED);
        String[] where = e.getMessage().substring(FILE.length() + 1).split(":", 3);
        if (where.length == 3 && where[1].matches("\\d+")) {
            String line = text.split("\r?\n", -1)[e.line() - 1];
            assertThat(Integer.parseInt(where[1])).as("a column on line %d", e.line()).isBetween(1, line.length() + 1);
        }
    }
}
