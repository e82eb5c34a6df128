package storelogoff.conform;

import java.util.List;

/**
 * The implementation under test could not be driven: it did not start, timed out, crashed, exited
 * early, wrote something that is not an answer, answered another step, or broke its hello.
 * {@link #getMessage()} is one line naming the step; {@link #stderrTail()} is what the adapter
 * process last wrote on stderr. Exit status 3.
 */
public final class AdapterFailure extends Exception {
    private final List<String> stderrTail;

    public AdapterFailure(String message, List<String> stderrTail) {
        super(message);
        this.stderrTail = List.copyOf(stderrTail);
    }

    public AdapterFailure(String message) {
        this(message, List.of());
    }

    /** The adapter's last lines on stderr, oldest first; empty for an in-process adapter. */
    public List<String> stderrTail() {
        return stderrTail;
    }
}
