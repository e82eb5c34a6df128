package storelogoff.verify.walk;

import storelogoff.model.Reading;

/**
 * What a run of random walks did: how much, how fast, what it covered, and the first failure
 * (shrunk), if any. Everything except the timing is fixed by the seed.
 *
 * @param walks       walks run (fewer than asked when one failed)
 * @param steps       steps run in all walks
 * @param nanos       time spent walking, shrinking excluded
 * @param fingerprint a digest of every step of every walk: equal seeds give equal fingerprints
 * @param compared    steps on which the engine was compared with the direct model (shrinking excluded)
 * @param decisions   decisions ({@link storelogoff.model.Model#decision}) first compared by the walks (not
 *                    by the cross-check before them); 0 unless in lockstep on each decision
 * @param failure     the first failure, shrunk, or null
 */
public record WalkReport(Reading reading, WalkConfig config, int walks, long steps, long nanos, long fingerprint,
                         Coverage coverage, long compared, int decisions, Failure failure) {

    public boolean passed() {
        return failure == null;
    }

    public double stepsPerSecond() {
        return nanos == 0 ? 0 : steps * 1e9 / nanos;
    }

    /** One line: reading, seed, size and speed, and the verdict. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%s: %d walks, %d steps in %.2f s (%.0f steps/s), seed %d: %s",
                reading.name(), walks, steps, nanos / 1e9, stepsPerSecond(), config.seed(),
                failure == null ? "no violation" : failure.violation().id() + " (shrunk to "
                        + failure.shrunk().steps().size() + " steps)");
    }
}
