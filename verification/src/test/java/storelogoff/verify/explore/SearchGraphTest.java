package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import storelogoff.model.Guard;
import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.model.WorldField;
import storelogoff.verify.Alphabet;
import storelogoff.verify.Bounds;
import storelogoff.verify.Invariant;
import storelogoff.verify.PlainSearch;
import storelogoff.verify.TestInvariant;
import storelogoff.verify.Watch;

/**
 * What the breadth-first search keeps, state by state, against the plain search
 * ({@link PlainSearch}): each state's world is the one its trace reaches (with symmetry too: the
 * first concrete world of its class, not its canonical form), the depth is the number of
 * breadth-first levels, an invariant is checked exactly on the steps its {@link Watch} sees, and
 * a world outside the layout is reported whether or not invariants are checked.
 */
class SearchGraphTest {
    private static final Bounds SMALL = new Bounds(2, 2, 2, 2, true);

    private static Explorer explorer(Model model, Bounds bounds) {
        return new Explorer(model, bounds).crossCheck(CrossCheck.none()).liveness(false).threads(1);
    }

    /**
     * Every state's world is where its trace leads from the initial world, with and without
     * symmetry, in either layout. With symmetry the graph keeps the first concrete world of each
     * class, which need not be the class's canonical form: with the declaration it always is
     * (client 1 starts with the reference and acts first), so here client 1 may not open a second
     * reference and client 2 is the first to hold two. A graph of canonical forms would hold
     * worlds its traces do not reach.
     */
    @Test
    void eachStateIsTheWorldItsTraceReaches() {
        Model oneSided = Mutants.changed(Reading.DEFAULT, "OpenReference",
                t -> t.withGuard(new Guard("not client 1", (w, s) -> s.client() != 1)));
        for (Bounds b : List.of(SMALL, new Bounds(3, 2, 1, 1, false))) {
            for (Model model : List.of(new Model(Reading.DEFAULT), oneSided)) {
                for (boolean symmetry : new boolean[] {false, true}) {
                    for (boolean wide : new boolean[] {false, true}) {
                        int nonCanonical = tracesReachTheirStates(model, b, symmetry, wide);
                        if (symmetry && model == oneSided) {
                            assertThat(nonCanonical).as("states kept as a non-canonical world, %s wide %s", b, wide)
                                    .isPositive();
                        }
                    }
                }
            }
        }
    }

    /** Replays every state's trace; returns how many states are not their class's canonical form. */
    private static int tracesReachTheirStates(Model model, Bounds b, boolean symmetry, boolean wide) {
        Explorer.Explored e = explorer(model, b).symmetry(symmetry).wideLayout(wide).explore();
        List<Step> alphabet = Alphabet.steps(b.clients());
        StateCodec narrow = new StateCodec(b);
        Symmetry classes = new Symmetry(narrow);
        int nonCanonical = 0;
        for (int i = 0; i < e.graph().size(); i++) {
            World w = b.initialWorld();
            Observation o = new Observation();
            for (int s : e.graph().trace(i)) model.step(w, alphabet.get(s), o);
            assertThat(e.codec().decode(e.graph().code(i), e.graph().hi(i)))
                    .as("state %d of %s, symmetry %s, wide %s", i, b, symmetry, wide).isEqualTo(w);
            long code = narrow.encode(w);
            if (classes.canonical(code) != code) nonCanonical++;
        }
        return nonCanonical;
    }

    /**
     * The states in index order and the edges between them are those of a plain breadth-first
     * search, world by world, that keys each world by its class (its references sorted, client
     * order forgotten) and keeps the first world reached of each class: on one thread or two, in
     * either layout, for the declaration and for a model whose first worlds are not all canonical.
     * Without symmetry the same search keys each world by itself.
     */
    @Test
    void statesAndEdgesAreThoseOfAPlainSearchByClass() {
        Model oneSided = Mutants.changed(Reading.DEFAULT, "OpenReference",
                t -> t.withGuard(new Guard("not client 1", (w, s) -> s.client() != 1)));
        Bounds b = new Bounds(3, 2, 1, 1, true);
        for (Model model : List.of(new Model(Reading.DEFAULT), oneSided)) {
            for (boolean symmetry : new boolean[] {false, true}) {
                Plain want = plainSearch(model, b, symmetry);
                for (boolean wide : new boolean[] {false, true}) {
                    for (int threads : new int[] {1, 2}) {
                        String as = String.format("%s, symmetry %s, wide %s, %d threads",
                                model == oneSided ? "one-sided" : "declaration", symmetry, wide, threads);
                        Explorer.Explored e = new Explorer(model, b).crossCheck(CrossCheck.none()).liveness(true)
                                .threads(threads).symmetry(symmetry).wideLayout(wide).explore();
                        List<World> worlds = new ArrayList<>();
                        List<List<Integer>> edges = new ArrayList<>();
                        for (int i = 0; i < e.graph().size(); i++) {
                            worlds.add(e.codec().decode(e.graph().code(i), e.graph().hi(i)));
                            for (int k = e.graph().edgesFrom(i); k < e.graph().edgesTo(i); k++) {
                                edges.add(List.of(i, e.graph().edge(k)));
                            }
                        }
                        assertThat(worlds).as("states in order, %s", as).isEqualTo(want.worlds());
                        assertThat(new java.util.HashSet<>(edges)).as("edges, %s", as).isEqualTo(want.edges())
                                .hasSize(edges.size());
                        assertThat(e.result().transitions()).as("transitions, %s", as).isEqualTo(want.transitions());
                    }
                }
            }
        }
    }

    /** What the plain search by class found: the worlds kept in order, the distinct edges by index, the transitions. */
    private record Plain(List<World> worlds, java.util.Set<List<Integer>> edges, long transitions) {}

    private static Plain plainSearch(Model model, Bounds b, boolean byClass) {
        List<World> worlds = new ArrayList<>();
        Map<World, Integer> index = new HashMap<>();
        java.util.Set<List<Integer>> edges = new java.util.HashSet<>();
        List<Step> alphabet = Alphabet.steps(b.clients());
        World initial = b.initialWorld();
        worlds.add(initial);
        index.put(byClass ? classOf(initial) : initial, 0);
        long transitions = 0;
        for (int i = 0; i < worlds.size(); i++) {
            World from = worlds.get(i);
            for (Step s : alphabet) {
                if (!b.allows(from, s)) continue;
                transitions++;
                World to = from.copy();
                model.step(to, s, new Observation());
                if (to.equals(from)) continue;
                Integer j = index.putIfAbsent(byClass ? classOf(to) : to, worlds.size());
                if (j == null) {
                    j = worlds.size();
                    worlds.add(to);
                }
                edges.add(List.of(i, j));
            }
        }
        return new Plain(worlds, edges, transitions);
    }

    /** The world with its clients' reference counts sorted, most first: one world per class. */
    private static World classOf(World w) {
        World c = w.copy();
        int[] refs = w.refs.clone();
        java.util.Arrays.sort(refs);
        for (int k = 0; k < refs.length; k++) c.refs[k] = refs[refs.length - 1 - k];
        return c;
    }

    /** The depth is the last breadth-first level: the longest of the shortest traces, as the plain search finds them. */
    @Test
    void depthIsTheLastLevel() {
        Model model = new Model(Reading.DEFAULT);
        for (Bounds b : List.of(new Bounds(1, 1, 0, 0, false), SMALL)) {
            Map<World, Integer> level = new HashMap<>();
            level.put(b.initialWorld(), 0);
            PlainSearch.visit(model, b, (before, step, after, observed, first) -> {
                if (first) level.put(after.copy(), level.get(before) + 1);
            });
            int deepest = level.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
            for (int threads : new int[] {1, 2}) {
                ExplorationResult r = explorer(model, b).threads(threads).run();
                assertThat(r.depth()).as("%s, %d threads", b, threads).isEqualTo(deepest);
                assertThat(r.states()).isEqualTo(level.size());
            }
        }
    }

    /**
     * An invariant is checked exactly on the steps its watch sees and on every step from the
     * initial world (which no step reached), nowhere else: watching the Outbox's changes, client
     * calls by a holder, client calls by a client that holds nothing, calls of StoreLogoffTransports.
     */
    @Test
    void anInvariantIsCheckedExactlyOnTheStepsItsWatchSees() {
        Model model = new Model(Reading.DEFAULT);
        World initial = SMALL.initialWorld();
        List<Watch> watches = List.of(Watch.changes(WorldField.OUTBOX), Watch.clientCalls().byHolder(true),
                Watch.clientCalls().byHolder(false), Watch.transportsCalls());
        long[] seen = new long[watches.size() + 1]; // the transitions, then the steps each watch sees
        PlainSearch.visit(model, SMALL, (before, step, after, observed, first) -> {
            seen[0]++;
            for (int k = 0; k < watches.size(); k++) {
                if (watches.get(k).sees(model.reading(), step, before, after, observed, before.equals(initial))) seen[k + 1]++;
            }
        });
        for (int k = 0; k < watches.size(); k++) {
            Watch watch = watches.get(k);
            Invariant watching = TestInvariant.of("test-watching", "Holds; watches " + watch + ".",
                    (r, before, step, after, o) -> null).watching(watch);
            assertThat(seen[k + 1]).as("steps %s sees", watch).isPositive().isLessThan(seen[0]);
            for (int threads : new int[] {1, 2}) {
                ExplorationResult r = explorer(model, SMALL).threads(threads).invariants(List.of(watching)).run();
                assertThat(List.of(r.transitions(), r.invariantChecks())).as("%s, %d threads", watch, threads)
                        .containsExactly(seen[0], seen[k + 1]);
            }
        }
    }

    /**
     * A world outside the packed layout stops the search with its shortest trace, with an
     * invariant checked or none (here every addref calls StoreLogoffTransports, and the fourth
     * call overflows its two bits).
     */
    @Test
    void aWorldOutsideTheLayoutIsReportedWithOrWithoutInvariants() {
        Model wrong = Mutants.changed(Reading.DEFAULT, "OpenReference",
                t -> t.withActions(List.of(storelogoff.model.Actions.CALL_TRANSPORTS, storelogoff.model.Actions.TAKE_REFERENCE)));
        Invariant holds = TestInvariant.of("test-holds", "Holds on every step.", (r, before, step, after, o) -> null);
        List<String> found = new ArrayList<>();
        for (List<Invariant> invariants : List.of(List.<Invariant>of(), List.of(holds))) {
            for (int threads : new int[] {1, 2}) {
                Counterexample c = explorer(wrong, SMALL).threads(threads).invariants(invariants).run().violation();
                assertThat(c).as("%s, %d threads", invariants, threads).isNotNull();
                assertThat(c.property()).isEqualTo(Explorer.STATE_LAYOUT);
                assertThat(c.message()).contains("transportsCalls = 4");
                found.add(c.toScenario());
            }
        }
        assertThat(found).as("one counterexample, five steps long").containsOnly(found.get(0));
        assertThat(explorer(wrong, SMALL).run().violation().steps()).hasSize(5);
    }
}
