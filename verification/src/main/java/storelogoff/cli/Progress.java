package storelogoff.cli;

import java.io.PrintWriter;
import java.util.Locale;

import storelogoff.verify.Verification;

/**
 * The progress line of a long command, on stderr. On a terminal it rewrites one line; in a log
 * (CI) it prints a line per phase and per progress report, about one a second at most. Readings
 * verified side by side each report through their own {@link #task()}; lines never mix.
 */
final class Progress implements Verification.Listener {
    private final PrintWriter err;
    private final boolean terminal;
    private String phase = "";

    Progress(PrintWriter err) {
        this(err, System.console() != null);
    }

    /** {@code terminal}: rewrite one line in place, else print a line per report. */
    Progress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void phase(String name) {
        phase = name;
        show(name + "...");
    }

    /** A listener with a phase of its own, for one of several readings run at once. */
    Verification.Listener task() {
        return new Verification.Listener() {
            private volatile String phase = "";

            @Override
            public void phase(String name) {
                phase = name;
                show(name + "...");
            }

            @Override
            public void progress(int states, long transitions, int queue, int depth, long elapsedNanos) {
                show(line(phase, states, transitions, queue, depth, elapsedNanos));
            }
        };
    }

    synchronized void done(String line) {
        if (terminal) err.print("\r\033[K");
        err.println(line);
        err.flush();
    }

    @Override
    public void progress(int states, long transitions, int queue, int depth, long elapsedNanos) {
        show(line(phase, states, transitions, queue, depth, elapsedNanos));
    }

    private static String line(String phase, int states, long transitions, int queue, int depth, long elapsedNanos) {
        return String.format(Locale.ROOT, "%s: %,d states, %,d transitions, queue %,d, depth %d, %.0f s",
                phase, states, transitions, queue, depth, elapsedNanos / 1e9);
    }

    /** A status line of its own, e.g. how far a long check is. */
    void status(String line) {
        show(line);
    }

    private synchronized void show(String line) {
        if (terminal) {
            err.print("\r\033[K" + line);
        } else {
            err.println(line);
        }
        err.flush();
    }
}
