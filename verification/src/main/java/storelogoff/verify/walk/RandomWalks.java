package storelogoff.verify.walk;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

import storelogoff.model.Model;
import storelogoff.model.SpringStore;
import storelogoff.model.Step;
import storelogoff.model.StoreMachine;
import storelogoff.model.World;
import storelogoff.scenario.Scenario;
import storelogoff.scenario.ScenarioOptions;
import storelogoff.verify.Decisions;
import storelogoff.verify.Invariant;

/**
 * Property-based random walks through the StoreLogoff machine, beyond the explorer's bounds:
 * long walks, dozens of references, many messages, several clients. Every step of every walk
 * is checked against the invariants; the first violation is shrunk to a minimal scenario.
 *
 * <p>One seed fixes everything: each walk draws from its own split of the seed's generator, in
 * order, so the same seed gives the same walks, coverage and failure.
 */
public final class RandomWalks {
    /**
     * In lockstep on each decision, the first walks feed the Spring machine every step, one
     * after another, until they have run this many steps (the first walk always): what Spring
     * might carry from one event to the next is compared there.
     */
    public static final int WHOLE_WALK_STEPS = 100;

    private RandomWalks() {}

    /** Walks the Spring machine built from {@code model}, with the direct model as lockstep reference. */
    public static WalkReport run(Model model, List<Invariant> invariants, WalkConfig cfg) {
        return run(model, invariants, cfg, new Decisions());
    }

    /**
     * As {@link #run(Model, List, WalkConfig)}; in lockstep on each decision, those in
     * {@code compared} (the cross-check's) are not compared again, and the walks' are added.
     */
    public static WalkReport run(Model model, List<Invariant> invariants, WalkConfig cfg, Decisions compared) {
        SpringStore spring = new SpringStore(model, World.initial(cfg.clients(), true));
        return run(model, spring, invariants, cfg, compared);
    }

    /**
     * Walks {@code machine} (which must accept worlds of any client count on reset, as
     * {@link SpringStore} does); {@code reference} is the direct model it is compared with in
     * lockstep and that shrinks invariant violations fast. A null {@code machine} walks the
     * direct model alone: the same walks, coverage and shrinking, a hundred times faster.
     */
    public static WalkReport run(Model reference, StoreMachine machine, List<Invariant> invariants, WalkConfig cfg) {
        return run(reference, machine, invariants, cfg, new Decisions());
    }

    private static WalkReport run(Model reference, StoreMachine machine, List<Invariant> invariants, WalkConfig cfg,
                                  Decisions compared) {
        Coverage coverage = new Coverage(reference.transitions());
        CheckedRun run = new CheckedRun(reference, machine, cfg.lockstep(), invariants, coverage, compared);
        SplittableRandom seeds = new SplittableRandom(cfg.seed());
        long fingerprint = cfg.seed();
        long steps = 0;
        long wholeSteps = 0;
        int walks = 0;
        List<Step> walk = new ArrayList<>();
        long start = System.nanoTime();
        while (walks < cfg.walks()) {
            walks++;
            SplittableRandom rnd = seeds.split();
            int clients = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(cfg.clients()) : cfg.clients();
            boolean defaultInbox = rnd.nextInt(8) != 0;
            StepGenerator generator = new StepGenerator(rnd, clients, coverage);
            fingerprint = mix(fingerprint, clients * 2L + (defaultInbox ? 1 : 0));
            walk.clear();
            boolean whole = wholeSteps < WHOLE_WALK_STEPS;
            run.start(World.initial(clients, defaultInbox), whole);
            Violation v = null;
            while (v == null && walk.size() < cfg.maxSteps() && !generator.ends(run.world())) {
                Step s = generator.next(run.world());
                walk.add(s);
                fingerprint = mix(fingerprint, code(s));
                v = run.step(s);
            }
            steps += walk.size();
            if (whole) wholeSteps += walk.size();
            if (v != null) {
                long nanos = System.nanoTime() - start;
                Scenario failing = new Scenario(new ScenarioOptions(reference.reading(), clients, defaultInbox), walk);
                Failure f = shrink(reference, machine, invariants, cfg, walks, failing, v);
                return new WalkReport(reference.reading(), cfg, walks, steps, nanos, fingerprint, coverage,
                        run.compared(), run.decisions(), f);
            }
        }
        return new WalkReport(reference.reading(), cfg, walks, steps, System.nanoTime() - start, fingerprint,
                coverage, run.compared(), run.decisions(), null);
    }

    /**
     * Shrinks with the direct model when it reproduces the violation (about a thousand times
     * faster), else with the engine itself, as for an engine divergence; then replays the result
     * on the engine to confirm it. Each replay on the engine is whole: in lockstep, compared on
     * every step.
     */
    private static Failure shrink(Model reference, StoreMachine machine, List<Invariant> invariants, WalkConfig cfg,
                                  int walk, Scenario failing, Violation found) {
        Function<Scenario, Violation> engine = new CheckedRun(reference, machine, cfg.lockstep(), invariants, null)::replay;
        Function<Scenario, Violation> direct = CheckedRun.direct(reference, invariants)::replay;
        Violation onDirect = direct.apply(failing);
        boolean useDirect = onDirect != null && onDirect.id().equals(found.id());
        Shrinker.Result r = Shrinker.shrink(failing, found.id(), useDirect ? direct : engine);
        Violation replayed = engine.apply(r.scenario());
        boolean replays = replayed != null && replayed.id().equals(found.id());
        return new Failure(cfg.seed(), walk, failing, found, r.scenario(), replays ? replayed : r.violation(),
                useDirect ? "direct model" : "engine", r.candidates(), replays);
    }

    /** The step as a number that does not depend on the JVM run (enum hash codes do). */
    private static long code(Step s) {
        return ((long) s.event().ordinal() << 40) ^ ((long) s.client() << 33) ^ (s.flags() & 0xFFFFFFFFL)
                ^ (s.nullFlags() ? 1L << 48 : 0);
    }

    private static long mix(long h, long x) {
        h ^= x;
        h *= 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }
}
