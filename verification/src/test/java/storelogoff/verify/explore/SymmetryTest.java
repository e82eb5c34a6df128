package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.verify.Bounds;
import storelogoff.verify.Invariant;
import storelogoff.verify.invariants.Invariants;
import storelogoff.verify.mutants.Mutant;
import storelogoff.verify.mutants.NamedMutants;

/**
 * Client symmetry changes no verdict and no counterexample (decision 0025). Every reading and
 * every named mutant, at the default bounds with and without the default Inbox, gets the same
 * verdict, the same safety counterexample, scenario for scenario, and the same liveness
 * properties broken, with a cycle that replays. The generated mutants are compared with the
 * kill matrix, which is computed without symmetry ({@code KillMatrixTest}).
 */
class SymmetryTest {
    private static final List<Invariant> INVARIANTS = Invariants.all();

    /** What a search found that symmetry must keep: the safety counterexample whole, the liveness properties broken. */
    private record Verdict(boolean passed, String safety, List<String> liveness) {}

    @Test
    void everyReadingAndNamedMutantGetsTheSameVerdictAndCounterexample() throws Exception {
        List<Model> models = new ArrayList<>();
        for (Reading r : Reading.ALL) models.add(new Model(r));
        for (Mutant m : NamedMutants.all()) {
            for (Reading r : Reading.ALL) if (m.appliesTo(r)) models.add(m.model(r));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (Model model : models) futures.add(pool.submit(() -> compare(model)));
            List<String> differences = new ArrayList<>();
            for (Future<String> f : futures) {
                String d = f.get();
                if (d != null) differences.add(d);
            }
            assertThat(differences).as("models whose verdict symmetry changes, of %d", models.size()).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void symmetryKeepsOneWorldPerClassAndFewerStates() {
        for (Reading r : Reading.ALL) {
            Bounds b = new Bounds(3, 2, 1, 1, true);
            ExplorationResult plain = explore(new Model(r), b, false);
            ExplorationResult reduced = explore(new Model(r), b, true);
            assertThat(reduced.passed()).as(reduced.summary()).isEqualTo(plain.passed());
            assertThat(reduced.symmetric()).isTrue();
            assertThat(reduced.states()).as("states of %s with symmetry", r.name()).isLessThan(plain.states());
            // The depth is the same: the first world of each class is reached by a shortest trace.
            assertThat(reduced.depth()).isEqualTo(plain.depth());
        }
    }

    @Test
    void theInitialWorldIsItsOwnCanonicalForm() {
        Bounds b = new Bounds(4, 3, 1, 1, true);
        StateCodec codec = new StateCodec(b);
        Symmetry symmetry = new Symmetry(codec);
        long initial = codec.encode(b.initialWorld());
        assertThat(symmetry.canonical(initial)).isEqualTo(initial);
        World w = b.initialWorld();
        w.refs[0] = 0;
        w.refs[1] = 1;
        w.refs[2] = 3;
        w.refs[3] = 2;
        w.state = StoreState.REFUSED;
        World sorted = w.copy();
        sorted.refs[0] = 3;
        sorted.refs[1] = 2;
        sorted.refs[2] = 1;
        sorted.refs[3] = 0;
        assertThat(symmetry.canonical(codec.encode(w))).isEqualTo(codec.encode(sorted));
    }

    @Test
    void theSortWithoutTableAgreesWithTheTable() {
        // 8 clients of 15 references take 32 bits: no table; 4 of 3 take 8: a table.
        Bounds wide = new Bounds(5, 15, 1, 1, true), narrow = new Bounds(5, 3, 1, 1, true);
        Symmetry sorting = new Symmetry(new StateCodec(wide)), table = new Symmetry(new StateCodec(narrow));
        StateCodec wideCodec = new StateCodec(wide), narrowCodec = new StateCodec(narrow);
        World w = wide.initialWorld();
        for (int k = 0; k < 1024; k++) {
            for (int c = 0; c < 5; c++) w.refs[c] = (k >> (2 * c)) & 3;
            World viaTable = narrowCodec.decode(table.canonical(narrowCodec.encode(w)));
            World viaSort = wideCodec.decode(sorting.canonical(wideCodec.encode(w)));
            assertThat(viaSort.refs).as("refs of %s", w).containsExactly(viaTable.refs);
        }
    }

    /** Eight clients of 15 references take 32 bits: too many for a table, sorted directly, largest first. */
    @Test
    void eightClientsOfFifteenReferencesSortWithoutATable() {
        Bounds b = new Bounds(8, 15, 1, 1, true);
        StateCodec codec = new StateCodec(b);
        Symmetry symmetry = new Symmetry(codec);
        World w = b.initialWorld();
        int[] refs = {3, 15, 0, 7, 15, 1, 9, 2};
        System.arraycopy(refs, 0, w.refs, 0, 8);
        w.state = StoreState.DRAINING;
        w.outbox = 1;
        World sorted = w.copy();
        System.arraycopy(new int[] {15, 15, 9, 7, 3, 2, 1, 0}, 0, sorted.refs, 0, 8);
        assertThat(codec.wide()).as("61 bits: one word").isFalse();
        assertThat(symmetry.canonical(codec.encode(w))).isEqualTo(codec.encode(sorted));
        assertThat(symmetry.canonical(codec.encode(sorted))).isEqualTo(codec.encode(sorted));
    }

    private static String compare(Model model) {
        for (boolean inbox : new boolean[] {true, false}) {
            Bounds b = new Bounds(2, 2, 2, 2, inbox);
            ExplorationResult plain = explore(model, b, false);
            ExplorationResult reduced = explore(model, b, true);
            Verdict want = verdict(plain), got = verdict(reduced);
            if (!want.equals(got)) return model.reading().name() + " " + b + ":\n  without " + want + "\n  with    " + got;
            if (reduced.states() > plain.states()) return "more states with symmetry: " + reduced.summary();
            for (LivenessResult l : reduced.liveness()) {
                if (l.counterexample() != null) replaysAsACycle(model, l.counterexample());
            }
            // As the kill matrix: without the default Inbox only what survives with it.
            if (!plain.passed()) break;
        }
        return null;
    }

    /** A liveness counterexample replays within the bounds and, when a cycle, comes back to where its loop starts. */
    private static void replaysAsACycle(Model model, Counterexample c) {
        World end = Replay.after(model, c.bounds(), c.steps(), c.steps().size());
        if (c.isCycle()) {
            assertThat(end).as("end of the cycle of %s", c).isEqualTo(Replay.after(model, c.bounds(), c.steps(), c.loopStart()));
        }
    }

    static ExplorationResult explore(Model model, Bounds b, boolean symmetry) {
        return new Explorer(model, b).invariants(INVARIANTS).liveness(true).crossCheck(CrossCheck.none()).threads(1)
                .symmetry(symmetry).run();
    }

    private static Verdict verdict(ExplorationResult e) {
        List<String> live = new ArrayList<>();
        for (LivenessResult l : e.liveness()) {
            if (l.counterexample() != null) live.add(l.counterexample().property());
        }
        return new Verdict(e.passed(), e.violation() == null ? null : e.violation().toScenario(), live);
    }
}
