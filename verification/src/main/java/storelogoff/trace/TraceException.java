package storelogoff.trace;

/**
 * A trace file that cannot be checked: names the file, the line (and for JSON syntax the
 * column) and what was expected there. Thrown before any step is replayed.
 */
public final class TraceException extends Exception {
    private final int line;

    /** {@code line} and {@code column} are 1-based; 0 leaves them out of the message. */
    public TraceException(String file, int line, int column, String detail) {
        super(file + (line > 0 ? ":" + line : "") + (line > 0 && column > 0 ? ":" + column : "") + ": " + detail);
        this.line = line;
    }

    public TraceException(String file, int line, String detail) {
        this(file, line, 0, detail);
    }

    /** The 1-based line at fault; 0 for the file as a whole. */
    public int line() {
        return line;
    }
}
