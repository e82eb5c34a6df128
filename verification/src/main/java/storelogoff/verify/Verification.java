package storelogoff.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.verify.explore.CrossCheck;
import storelogoff.verify.explore.ExplorationResult;
import storelogoff.verify.explore.Explorer;
import storelogoff.verify.explore.ProgressListener;
import storelogoff.verify.invariants.Invariants;
import storelogoff.verify.walk.RandomWalks;
import storelogoff.verify.walk.WalkConfig;
import storelogoff.verify.walk.WalkReport;

/**
 * The whole verification of one model: the exhaustive check within bounds (direct engine,
 * every invariant, liveness, Spring cross-check), then random walks beyond the bounds through
 * the Spring machine. The walks are skipped when the exhaustive check already failed.
 */
public final class Verification {

    /**
     * What to run. {@code walks.walks() == 0} skips the random walks. {@code threads} is the
     * whole run's: {@code readingsAtOnce} readings run side by side, each search on its share.
     */
    public record Plan(Bounds bounds, CrossCheck crossCheck, boolean liveness, WalkConfig walks, int threads,
                       int readingsAtOnce, boolean symmetry) {
        public Plan {
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            if (readingsAtOnce < 1 || readingsAtOnce > threads) {
                throw new IllegalArgumentException("readingsAtOnce must be 1.." + threads + ", was " + readingsAtOnce);
            }
        }

        /** One reading at a time, its search on every thread, with client symmetry (decision 0025). */
        public Plan(Bounds bounds, CrossCheck crossCheck, boolean liveness, WalkConfig walks, int threads) {
            this(bounds, crossCheck, liveness, walks, threads, 1, true);
        }

        /** With client symmetry (decision 0025). */
        public Plan(Bounds bounds, CrossCheck crossCheck, boolean liveness, WalkConfig walks, int threads,
                    int readingsAtOnce) {
            this(bounds, crossCheck, liveness, walks, threads, readingsAtOnce, true);
        }

        /** The threads of each reading's search. */
        int searchThreads() {
            return Math.max(1, threads / readingsAtOnce);
        }
    }

    /** One reading's verdict. */
    public record Verdict(Reading reading, ExplorationResult exhaustive, WalkReport walks) {
        public boolean passed() {
            return exhaustive.passed() && (walks == null || walks.passed());
        }

        public int violations() {
            return exhaustive.counterexamples().size() + (walks == null || walks.passed() ? 0 : 1);
        }

        /** Every counterexample as a replayable scenario, shortest first. */
        public List<Found> counterexamples() {
            List<Found> out = new ArrayList<>();
            exhaustive.counterexamples().forEach(c -> out.add(new Found(c.property(), c.toScenario())));
            if (walks != null && !walks.passed()) {
                out.add(new Found(walks.failure().violation().id(), walks.failure().scenarioText()));
            }
            return out;
        }
    }

    /** A counterexample: the property it violates (an invariant or liveness id) and the scenario that shows it. */
    public record Found(String property, String scenario) {
    }

    private Verification() {}

    /** Told when a phase starts, so a command can show what it is doing. */
    public interface Listener extends ProgressListener {
        void phase(String name);
    }

    public static Verdict run(Model model, Plan plan, Listener progress) {
        return run(model, plan, Invariants.all(), progress);
    }

    /**
     * Verifies every model, {@code plan.readingsAtOnce()} at a time, and returns the verdicts in
     * the order of {@code models}; {@code done} gets each verdict in that order too, as soon as
     * it and those before it are in. Each model's verdict is the one {@link #run} gives alone:
     * its search, sample and walks depend on the plan and its seed, not on the threads. What the
     * models share (the invariants, and in one JVM the loaded and compiled code) is made once.
     *
     * @param progress a listener per model, called from the thread that runs it
     */
    public static List<Verdict> runAll(List<Model> models, Plan plan, Supplier<Listener> progress,
                                       Consumer<Verdict> done) {
        List<Invariant> invariants = Invariants.all();
        List<Verdict> verdicts = new ArrayList<>();
        int atOnce = Math.min(plan.readingsAtOnce(), models.size());
        if (atOnce <= 1) {
            for (Model m : models) {
                Verdict v = run(m, plan, invariants, progress.get());
                verdicts.add(v);
                done.accept(v);
            }
            return verdicts;
        }
        ExecutorService pool = Executors.newFixedThreadPool(atOnce, r -> {
            Thread t = new Thread(r, "verify-reading");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Verdict>> running = new ArrayList<>();
            for (Model m : models) {
                Listener listener = progress.get();
                running.add(pool.submit(() -> run(m, plan, invariants, listener)));
            }
            for (Future<Verdict> f : running) {
                Verdict v = Workers.await(f);
                verdicts.add(v);
                done.accept(v);
            }
            return verdicts;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Verdict run(Model model, Plan plan, List<Invariant> invariants, Listener progress) {
        progress.phase(model.reading().name() + ": exhaustive check");
        // Spring decides from the decision alone: one the cross-check compared, the walks need not compare again.
        Decisions spring = new Decisions();
        ExplorationResult exhaustive = new Explorer(model, plan.bounds()).invariants(invariants).springDecisions(spring)
                .liveness(plan.liveness()).crossCheck(plan.crossCheck()).threads(plan.searchThreads())
                .symmetry(plan.symmetry())
                .progress(progress).run();
        WalkReport walks = null;
        if (exhaustive.passed() && plan.walks().walks() > 0) {
            progress.phase(model.reading().name() + ": random walks");
            walks = RandomWalks.run(model, invariants, plan.walks(), spring);
        }
        return new Verdict(model.reading(), exhaustive, walks);
    }
}
