package storelogoff.verify;

import java.util.ArrayList;
import java.util.List;

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

    /** What to run. {@code walks.walks() == 0} skips the random walks. */
    public record Plan(Bounds bounds, CrossCheck crossCheck, boolean liveness, WalkConfig walks, int threads) {}

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
        progress.phase(model.reading().name() + ": exhaustive check");
        List<Invariant> invariants = Invariants.all();
        ExplorationResult exhaustive = new Explorer(model, plan.bounds()).invariants(invariants)
                .liveness(plan.liveness()).crossCheck(plan.crossCheck()).threads(plan.threads()).progress(progress).run();
        WalkReport walks = null;
        if (exhaustive.passed() && plan.walks().walks() > 0) {
            progress.phase(model.reading().name() + ": random walks");
            walks = RandomWalks.run(model, invariants, plan.walks());
        }
        return new Verdict(model.reading(), exhaustive, walks);
    }
}
