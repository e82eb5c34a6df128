package storelogoff.scenario;

/**
 * A scenario file that cannot be run: names the file, the line and what was expected there.
 * Thrown before any step runs, so a malformed file runs nothing.
 */
public final class ScenarioException extends Exception {
    private final String file;
    private final int line;
    private final String detail;

    /** {@code line} is 1-based; 0 means the file as a whole (e.g. it cannot be read). */
    public ScenarioException(String file, int line, String detail) {
        super(line > 0 ? file + ":" + line + ": " + detail : file + ": " + detail);
        this.file = file;
        this.line = line;
        this.detail = detail;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** What was expected, without the FILE:LINE prefix. */
    public String detail() {
        return detail;
    }
}
