package storelogoff.verify.explore;

/**
 * Which explored transitions to replay through the Spring machine: none, a seeded uniform
 * sample of distinct transitions, all of them, or every decision: in state order, each
 * transition whose decision ({@link storelogoff.model.Model#decision}) no earlier one had. Spring
 * decides from the decision alone, so every decision finds the first difference that all finds,
 * at a small fraction of the cost. The seed is reported so a sample can be rerun.
 */
public record CrossCheck(int sample, long seed) {
    public static final int DEFAULT_SAMPLE = 2_000;
    private static final int ALL = -1;
    private static final int DECISIONS = -2;

    public CrossCheck {
        if (sample < DECISIONS) {
            throw new IllegalArgumentException("sample must be a count, 0 (none), all or every decision, was " + sample);
        }
    }

    /** The default: every decision reachable within the bounds, each once. */
    public static CrossCheck decisions() {
        return new CrossCheck(DECISIONS, 0);
    }

    /** Whether each decision is replayed once (rather than a sample or all). */
    public boolean everyDecision() {
        return sample == DECISIONS;
    }

    public static CrossCheck none() {
        return new CrossCheck(0, 0);
    }

    public static CrossCheck all() {
        return new CrossCheck(ALL, 0);
    }

    public static CrossCheck sample(int count, long seed) {
        return new CrossCheck(count, seed);
    }

    public boolean enabled() {
        return sample != 0;
    }

    /** Whether every transition is replayed, given {@code transitions} in all. */
    public boolean coversAll(long transitions) {
        return sample == ALL || sample >= transitions;
    }

    @Override
    public String toString() {
        return sample == 0 ? "none" : sample == ALL ? "all" : sample == DECISIONS ? "every decision"
                : "sample of " + sample + ", seed " + seed;
    }
}
