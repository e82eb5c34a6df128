package storelogoff.verify.explore;

/** Told about once a second how far an exploration has come, so a command can show a progress line. */
@FunctionalInterface
public interface ProgressListener {
    /**
     * @param states      states found so far
     * @param transitions transitions tried so far
     * @param queue       states found but not yet expanded
     * @param depth       the breadth-first level being expanded
     */
    void progress(int states, long transitions, int queue, int depth, long elapsedNanos);
}
