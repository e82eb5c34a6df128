package storelogoff.verify.walk;

import java.util.SplittableRandom;

/**
 * How many walks to run and how big they may get. Everything random derives from {@link #seed()}.
 *
 * @param walks    walks per run
 * @param maxSteps the longest walk; most end sooner, a few steps after the store is RELEASED
 * @param clients  the most clients a walk has (each walk draws its own count, mostly this one)
 * @param seed     the seed of the whole run
 * @param lockstep how the engine is compared with the direct model
 */
public record WalkConfig(int walks, int maxSteps, int clients, long seed, Lockstep lockstep) {

    /** How the engine (the Spring machine) is compared with the direct model. */
    public enum Lockstep {
        /** The engine alone, not compared. */
        OFF,
        /**
         * The direct model runs every step and is what the invariants see; the engine is compared
         * with it on each step whose decision ({@link storelogoff.model.Model#decision}) is new
         * in the run, put into the world before that step, and on every step of the first walks
         * ({@link RandomWalks#WHOLE_WALK_STEPS}), fed one step after another. Spring decides
         * from the decision alone, so this compares every decision Spring is asked to make.
         */
        DECISIONS,
        /** The engine runs every step, the direct model beside it, compared on every step. */
        EVERY_STEP
    }

    /** The system property that supplies the seed when the caller gives none. */
    public static final String SEED_PROPERTY = "storelogoff.seed";

    public static final int DEFAULT_WALKS = 200;
    public static final int DEFAULT_MAX_STEPS = 300;
    public static final int DEFAULT_CLIENTS = 4;

    public WalkConfig {
        java.util.Objects.requireNonNull(lockstep, "lockstep");
        if (walks < 0) throw new IllegalArgumentException("walks must be at least 0, was " + walks);
        if (maxSteps < 1) throw new IllegalArgumentException("maxSteps must be at least 1, was " + maxSteps);
        if (clients < 1 || clients > 8) throw new IllegalArgumentException("clients must be 1..8, was " + clients);
    }

    /** Compared with the direct model on each decision ({@link Lockstep#DECISIONS}) when {@code lockstep}, else not at all. */
    public WalkConfig(int walks, int maxSteps, int clients, long seed, boolean lockstep) {
        this(walks, maxSteps, clients, seed, lockstep ? Lockstep.DECISIONS : Lockstep.OFF);
    }

    /** The CI size (200 walks of up to 300 steps, 4 clients, lockstep on each decision) with a seed from {@link #seed(Long)}. */
    public static WalkConfig defaults(Long seed) {
        return new WalkConfig(DEFAULT_WALKS, DEFAULT_MAX_STEPS, DEFAULT_CLIENTS, seed(seed), Lockstep.DECISIONS);
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

    /** {@link Lockstep#DECISIONS} when {@code on}, else {@link Lockstep#OFF}. */
    public WalkConfig withLockstep(boolean on) {
        return withLockstep(on ? Lockstep.DECISIONS : Lockstep.OFF);
    }

    public WalkConfig withLockstep(Lockstep l) {
        return new WalkConfig(walks, maxSteps, clients, seed, l);
    }

    @Override
    public String toString() {
        return walks + " walks of up to " + maxSteps + " steps, up to " + clients + " clients, seed " + seed
                + switch (lockstep) {
                    case OFF -> "";
                    case DECISIONS -> ", direct model in lockstep on each decision";
                    case EVERY_STEP -> ", direct model in lockstep";
                };
    }
}
