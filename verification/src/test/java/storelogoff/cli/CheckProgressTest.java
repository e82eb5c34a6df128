package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import storelogoff.trace.TraceChecker;

/**
 * A long {@code check} shows how far it is on stderr at most once a second, from the second on,
 * timed by the command's clock: here a clock that moves half a second each time it is read
 * (once at the start, then at each of the checker's reports, every {@link TraceChecker#EVERY}
 * steps), so the second report falls exactly one second after the start.
 */
class CheckProgressTest {
    /** Where the clock starts: far from zero, so that a time measured from zero shows. */
    private static final long START = 100_000_000_000L;
    private static final long HALF_SECOND = 500_000_000L;

    @TempDir
    Path dir;

    private static LongSupplier halfSecondTicks() {
        long[] now = {START - HALF_SECOND};
        return () -> now[0] += HALF_SECOND;
    }

    private Cli check(String trace) {
        String[] args = {"check", "--engine", "direct", trace};
        CommandLine cl = Main.commandLine(args);
        Cli.command(cl, CheckCommand.class).clock = halfSecondTicks();
        return Cli.run(cl, args);
    }

    /** A trace of {@code steps} steps that conforms; then {@code tail}. */
    private String trace(int steps, String tail) throws IOException {
        StringBuilder text = new StringBuilder("submit => S_OK\n");
        for (int i = 1; i < steps; i++) text.append("c2 addref\n");
        text.append(tail);
        return Files.writeString(dir.resolve("long.trace"), text).toString();
    }

    @Test
    void aLongCheckShowsItsProgressOnceASecondThenHowManyStepsItReplayed() throws IOException {
        int steps = 3 * TraceChecker.EVERY + 5;
        Cli c = check(trace(steps, ""));
        assertThat(c.exit()).as("%s", c).isZero();
        // Reports at 0.5 s, 1 s and 1.5 s after the start: only the one at 1 s is shown.
        assertThat(c.err().lines()).containsExactly(
                String.format("check: %,d steps read (line %,d), 1 s", 2 * TraceChecker.EVERY, 2 * TraceChecker.EVERY),
                String.format("check: %,d steps replayed", steps));
        assertThat(c.out()).contains("conforms");
    }

    @Test
    void aCheckStoppedByAnErrorAfterItsProgressSaysSo() throws IOException {
        Cli c = check(trace(2 * TraceChecker.EVERY + 1, "c9 bogus\n"));
        assertThat(c.exit()).as("%s", c).isEqualTo(2);
        String[] err = c.err().lines().toArray(String[]::new);
        assertThat(err).hasSize(3);
        assertThat(err[0]).endsWith(" steps read (line " + String.format("%,d", 2 * TraceChecker.EVERY) + "), 1 s");
        assertThat(err[1]).isEqualTo("check: stopped at an error");
        assertThat(err[2]).contains("long.trace:" + (2 * TraceChecker.EVERY + 2));
        assertThat(c.out()).isEmpty();
    }

    @Test
    void aShortCheckShowsNoProgress() throws IOException {
        Cli c = check(trace(TraceChecker.EVERY + 1, ""));
        assertThat(c.exit()).as("%s", c).isZero();
        assertThat(c.err()).isEmpty();
    }
}
