package storelogoff.verify.explore;

/**
 * How many explored transitions to replay through the Spring machine: none, a seeded uniform
 * sample of distinct transitions, or all of them. The seed is reported so a sample can be rerun.
 */
public record CrossCheck(int sample, long seed) {
    public static final int DEFAULT_SAMPLE = 2_000;
    private static final int ALL = -1;

    public CrossCheck {
        if (sample < ALL) throw new IllegalArgumentException("sample must be a count, 0 (none) or all, was " + sample);
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
        return sample == 0 ? "none" : sample == ALL ? "all" : "sample of " + sample + ", seed " + seed;
    }
}
