package storelogoff.verify.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import storelogoff.model.Model;
import storelogoff.verify.Bounds;
import storelogoff.verify.Invariant;
import storelogoff.verify.explore.Counterexample;
import storelogoff.verify.explore.CrossCheck;
import storelogoff.verify.explore.ExplorationResult;
import storelogoff.verify.explore.Explorer;
import storelogoff.verify.invariants.Invariants;
import storelogoff.verify.mutants.Kill;

/**
 * Every mutant of the kill matrix, which is computed without symmetry, searched again with
 * client symmetry (decision 0025): the exhaustive check must fail or pass as it did, with the
 * same property broken and, for an invariant, a counterexample of the same length. Run in the
 * JVM that computed the matrix, so that only the searches with symmetry cost anything.
 */
final class SymmetricKills {
    private SymmetricKills() {}

    /** The mutants whose verdict symmetry changes, each with what differs; empty when none. */
    static List<String> differences(List<Kill> kills) throws Exception {
        List<Invariant> invariants = Invariants.all();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (Kill k : kills) futures.add(pool.submit(() -> difference(k, invariants)));
            List<String> differences = new ArrayList<>();
            for (Future<String> f : futures) {
                String d = f.get();
                if (d != null) differences.add(d);
            }
            return differences;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String difference(Kill k, List<Invariant> invariants) {
        Model model = k.mutant().model(k.reading());
        Bounds on = Bounds.DEFAULT;
        ExplorationResult e = explore(model, on, invariants);
        if (e.passed()) {
            e = explore(model, new Bounds(on.clients(), on.refs(), on.messages(), on.arrivals(), !on.defaultInbox()), invariants);
        }
        String id = k.mutant().id() + " under " + k.reading().name();
        boolean exhaustive = k.verdict() == Kill.Verdict.KILLED && !k.by().equals("walks");
        if (!exhaustive) return e.passed() ? null : id + ": passes without symmetry, fails with it: " + e.summary();
        if (e.passed()) return id + ": killed by " + k.killers() + " without symmetry, passes with it";
        if (k.by().equals("exhaustive")) {
            Counterexample c = e.violation();
            if (c == null || !c.property().equals(k.killers().get(0)) || c.steps().size() != k.traceLength()) {
                return id + ": " + k.killers().get(0) + " after " + k.traceLength() + " steps without symmetry, with it "
                        + (c == null ? "no safety violation" : c.property() + " after " + c.steps().size());
            }
            return null;
        }
        List<String> broken = e.counterexamples().stream().map(Counterexample::property).distinct().toList();
        return broken.equals(k.killers()) ? null : id + ": " + k.killers() + " without symmetry, " + broken + " with it";
    }

    private static ExplorationResult explore(Model model, Bounds bounds, List<Invariant> invariants) {
        return new Explorer(model, bounds).invariants(invariants).liveness(true).crossCheck(CrossCheck.none()).threads(1)
                .symmetry(true).run();
    }
}
