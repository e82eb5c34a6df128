package storelogoff.verify.mutants;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.verify.Bounds;
import storelogoff.verify.Conjunct;
import storelogoff.verify.Invariant;
import storelogoff.verify.explore.Counterexample;
import storelogoff.verify.explore.CrossCheck;
import storelogoff.verify.explore.ExplorationResult;
import storelogoff.verify.explore.Explorer;
import storelogoff.verify.invariants.Invariants;
import storelogoff.verify.walk.RandomWalks;
import storelogoff.verify.walk.Violation;
import storelogoff.verify.walk.WalkConfig;
import storelogoff.verify.walk.WalkReport;

/**
 * Runs the verification against every mutant: the exhaustive check with liveness first, then,
 * for a mutant it does not kill, random walks beyond the bounds with a fixed seed, so the
 * matrix is the same on every run. Survivors are equivalent (with a reason) or gaps.
 */
public final class KillMatrix {
    /** The walks' seed is fixed so that the committed matrix is reproducible. */
    public static final long WALK_SEED = 20261124L;
    /** The direct engine leads; Spring is compared on each decision, as in verify (a hundred times faster than Spring alone). */
    public static final WalkConfig WALKS = new WalkConfig(60, 200, 4, WALK_SEED, true);

    private KillMatrix() {}

    /** Named mutants under each reading they apply to, then the generated ones of every reading. */
    public static List<Mutant> mutants() {
        List<Mutant> all = new ArrayList<>(NamedMutants.all());
        for (Reading r : Reading.ALL) all.addAll(MutationOperators.generate(r));
        return all;
    }

    /** The mutant with this id, named or generated; null when there is none. */
    public static Mutant byId(String id) {
        return mutants().stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }

    public static List<Kill> run(Bounds bounds, List<Mutant> mutants, int threads) {
        List<Invariant> invariants = Invariants.all();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Kill>> futures = new ArrayList<>();
            for (Mutant m : mutants) {
                for (Reading r : Reading.ALL) {
                    if (m.appliesTo(r)) futures.add(pool.submit(() -> judge(m, r, bounds, invariants)));
                }
            }
            List<Kill> kills = new ArrayList<>(futures.size());
            for (Future<Kill> f : futures) kills.add(f.get());
            return kills;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("kill matrix interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("kill matrix failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static Kill judge(Mutant m, Reading r, Bounds bounds, List<Invariant> invariants) {
        Model model = m.model(r);
        ExplorationResult e = explore(model, bounds, invariants);
        if (e.passed()) {
            // Some rows matter only for a store without the default Inbox (NOWAIT-3).
            e = explore(model, new Bounds(bounds.clients(), bounds.refs(), bounds.messages(), bounds.arrivals(),
                    !bounds.defaultInbox()), invariants);
        }
        if (!e.passed()) {
            if (e.violation() != null) {
                Counterexample c = e.violation();
                Killers k = killers(model, c, invariants);
                return new Kill(m, r, Kill.Verdict.KILLED, k.properties(), k.conjuncts(), c.steps().size(), "exhaustive");
            }
            List<Counterexample> all = e.counterexamples();
            return new Kill(m, r, Kill.Verdict.KILLED, all.stream().map(Counterexample::property).distinct().toList(),
                    List.of(), all.stream().mapToInt(c -> c.steps().size()).min().orElse(0), "liveness");
        }
        WalkReport w = RandomWalks.run(model, invariants, WALKS);
        if (!w.passed()) {
            Violation v = w.failure().violation();
            List<String> conjuncts = new ArrayList<>();
            for (Invariant inv : invariants) {
                Conjunct c = inv.id().equals(v.id()) ? inv.conjunctOf(v.message()) : null;
                if (c != null) conjuncts.add(Kill.conjunctId(inv.id(), c.id()));
            }
            return new Kill(m, r, Kill.Verdict.KILLED, List.of(v.id()), conjuncts, w.failure().shrunk().steps().size(),
                    "walks");
        }
        Kill.Verdict verdict = EquivalentMutants.reason(m.id()) == null ? Kill.Verdict.SURVIVED : Kill.Verdict.EQUIVALENT;
        return new Kill(m, r, verdict, List.of(), List.of(), 0, "");
    }

    private static ExplorationResult explore(Model model, Bounds bounds, List<Invariant> invariants) {
        return new Explorer(model, bounds).invariants(invariants).liveness(true).crossCheck(CrossCheck.none()).threads(1).run();
    }

    /** The properties a counterexample's last step violates, and the conjuncts their messages name. */
    private record Killers(List<String> properties, List<String> conjuncts) {}

    /** Every invariant the counterexample's last step violates; the explorer stops at the first. */
    private static Killers killers(Model model, Counterexample c, List<Invariant> invariants) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(c.property());
        List<String> conjuncts = new ArrayList<>();
        if (c.steps().isEmpty()) return new Killers(List.copyOf(ids), conjuncts);
        World before = c.bounds().initialWorld();
        Observation o = new Observation();
        List<Step> steps = c.steps();
        for (int i = 0; i < steps.size() - 1; i++) model.step(before, steps.get(i), o);
        World after = before.copy();
        Step last = steps.get(steps.size() - 1);
        model.step(after, last, o);
        for (Invariant inv : invariants) {
            if (!inv.appliesTo(c.reading())) continue;
            String message = inv.checkIfWatched(c.reading(), before, last, after, o);
            if (message == null) continue;
            ids.add(inv.id());
            Conjunct part = inv.conjunctOf(message);
            if (part != null) conjuncts.add(Kill.conjunctId(inv.id(), part.id()));
        }
        return new Killers(List.copyOf(ids), conjuncts);
    }
}
