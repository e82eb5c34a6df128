package storelogoff.verify.walk;

import java.util.SplittableRandom;

/**
 * How many walks to run and how big they may get. Everything random derives from {@link #seed()}.
 *
 * @param walks    walks per run
 * @param maxSteps the longest walk; most end sooner, a few steps after the store is RELEASED
 * @param clients  the most clients a walk has (each walk draws its own count, mostly this one)
 * @param seed     the seed of the whole run
 * @param lockstep also run the direct model beside the engine and compare every world
 */
public record WalkConfig(int walks, int maxSteps, int clients, long seed, boolean lockstep) {

    /** The system property that supplies the seed when the caller gives none. */
    public static final String SEED_PROPERTY = "storelogoff.seed";

    public static final int DEFAULT_WALKS = 200;
    public static final int DEFAULT_MAX_STEPS = 300;
    public static final int DEFAULT_CLIENTS = 4;

    public WalkConfig {
        if (walks < 0) throw new IllegalArgumentException("walks must be at least 0, was " + walks);
        if (maxSteps < 1) throw new IllegalArgumentException("maxSteps must be at least 1, was " + maxSteps);
        if (clients < 1 || clients > 8) throw new IllegalArgumentException("clients must be 1..8, was " + clients);
    }

    /** The CI size (200 walks of up to 300 steps, 4 clients, lockstep on) with a seed from {@link #seed(Long)}. */
    public static WalkConfig defaults(Long seed) {
        return new WalkConfig(DEFAULT_WALKS, DEFAULT_MAX_STEPS, DEFAULT_CLIENTS, seed(seed), true);
    }

    /**
     * The seed to use: the caller's, else the {@value #SEED_PROPERTY} system property, else a
     * random one. Callers print it so that the run can be repeated.
     */
    public static long seed(Long fromCaller) {
        if (fromCaller != null) return fromCaller;
        String property = System.getProperty(SEED_PROPERTY);
        if (property != null && !property.isBlank()) {
            try {
                return Long.parseLong(property.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("-D" + SEED_PROPERTY + " must be a whole number (a long), was '"
                        + property + "'", e);
            }
        }
        return new SplittableRandom().nextLong();
    }

    public WalkConfig withWalks(int n) {
        return new WalkConfig(n, maxSteps, clients, seed, lockstep);
    }

    public WalkConfig withMaxSteps(int n) {
        return new WalkConfig(walks, n, clients, seed, lockstep);
    }

    public WalkConfig withClients(int n) {
        return new WalkConfig(walks, maxSteps, n, seed, lockstep);
    }

    public WalkConfig withSeed(long s) {
        return new WalkConfig(walks, maxSteps, clients, s, lockstep);
    }

    public WalkConfig withLockstep(boolean on) {
        return new WalkConfig(walks, maxSteps, clients, seed, on);
    }

    @Override
    public String toString() {
        return walks + " walks of up to " + maxSteps + " steps, up to " + clients + " clients, seed " + seed
                + (lockstep ? ", direct model in lockstep" : "");
    }
}
