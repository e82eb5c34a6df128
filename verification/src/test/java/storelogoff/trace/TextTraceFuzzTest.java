package storelogoff.trace;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

import storelogoff.fuzz.Fuzzing;

/**
 * Fuzzes the text trace reader and the checker behind it: any text is a verdict, or a
 * TraceException (exit 2) naming the file and line; never another exception, never a hang.
 */
class TextTraceFuzzTest {
    @Timeout(Fuzzing.HANG_SECONDS)
    @FuzzTest(maxDuration = Fuzzing.DURATION)
    void checksOrSaysWhereAndWhat(byte[] input) {
        TraceOutcomes.readAndCheck("fuzz.trace", new String(input, UTF_8));
    }
}
