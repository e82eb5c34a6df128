package storelogoff.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every fuzz test shares (docs/verification/fuzzing.md): how long {@code mvn -P fuzz} fuzzes
 * each target, how long one input may take before it counts as a hang, and what a reader's error
 * must look like.
 */
public final class Fuzzing {
    /** Per target with {@code -P fuzz}; ignored by the regression run of every build. */
    public static final String DURATION = "5m";

    /** One input, in seconds: JUnit's timeout in regression runs, libFuzzer's -timeout when fuzzing. */
    public static final long HANG_SECONDS = 10;

    private Fuzzing() {}

    /** A reader's error is one line (quoted input is escaped, issue 8 section 3) starting with the file's name. */
    public static void assertOneLineNamingTheFile(String file, String message) {
        assertThat(message).as("names the file").startsWith(file + ":");
        assertThat(message).as("one line").doesNotContain("\n").doesNotContain("\r");
    }
}
