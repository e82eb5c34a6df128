package storelogoff.verify.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import storelogoff.model.Model;
import storelogoff.model.SpringStore;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.verify.Alphabet;
import storelogoff.verify.Bounds;
import storelogoff.verify.Decisions;
import storelogoff.verify.Invariant;

/**
 * Exhaustive breadth-first exploration of the model within {@link Bounds}, TLC style: every
 * reachable state, every step of the {@link Alphabet} the bounds allow, every applicable
 * {@link Invariant} and determinism on every transition. The first violation in breadth-first
 * order stops the search, so its trace is a shortest one. Then, on the complete graph, the
 * {@link LivenessProperty liveness properties} and a replay of transitions through Spring.
 *
 * <p>The search runs the declaration directly ({@link Model#step}) on one scratch world for the
 * state before and one for the state after (per thread), packs states into longs ({@link StateCodec}) and
 * keeps them in primitive arrays ({@link LongIntHashMap}, {@link StateGraph}): nothing is
 * allocated per transition. Levels are expanded on all cores ({@link BreadthFirstSearch}) with
 * the same result as on one.
 */
public final class Explorer {
    /** The property id of a row overlap: two rows enabled for one step (the table must be deterministic). */
    public static final String DETERMINISTIC = "deterministic";
    /** The property id of a world that does not fit the packed layout the bounds allow. */
    public static final String STATE_LAYOUT = "state-layout";

    private final Model model;
    private final Bounds bounds;
    private List<Invariant> invariants = List.of();
    private boolean liveness = true;
    private CrossCheck crossCheck = CrossCheck.decisions();
    private Decisions springDecisions = new Decisions();
    private Function<World, SpringStore> spring;
    private ProgressListener progress;
    private int threads = Runtime.getRuntime().availableProcessors();
    private boolean symmetry;
    private boolean wide;
    private Dispatch.Audit audit;

    /**
     * The most states a search within {@code b} can keep, in any heap: the state table is indexed
     * by int and at most half full ({@link LongIntHashMap}, {@link LongPairIntHashMap} for two words).
     */
    public static long capacity(Bounds b) {
        return new StateCodec(b).wide() ? 1L << 27 : 1L << 28;
    }

    public Explorer(Model model, Bounds bounds) {
        this.model = model;
        this.bounds = bounds;
        this.spring = w -> new SpringStore(model, w);
    }

    /** The invariants to check; those that do not apply to the model's reading are left out. */
    public Explorer invariants(List<Invariant> all) {
        this.invariants = List.copyOf(all);
        return this;
    }

    /** Off for bounds whose edges would not fit in memory; the result then says the checks were skipped. */
    public Explorer liveness(boolean on) {
        this.liveness = on;
        return this;
    }

    public Explorer crossCheck(CrossCheck plan) {
        this.crossCheck = plan;
        return this;
    }

    /**
     * Where the cross-check records the decisions it compared Spring on, and which it need not
     * compare again: shared with the random walks that follow ({@link storelogoff.verify.Verification}).
     */
    public Explorer springDecisions(Decisions d) {
        this.springDecisions = d;
        return this;
    }

    /** The model the Spring machine runs in the cross-check; the explored model unless set (tests use mutants). */
    public Explorer springModel(Model m) {
        return spring(w -> new SpringStore(m, w));
    }

    /** The Spring machine of the cross-check, made in a given world (tests use wrongly wired ones). */
    public Explorer spring(Function<World, SpringStore> make) {
        this.spring = make;
        return this;
    }

    /**
     * Threads expanding each breadth-first level; the result is the same for any number. With
     * more than one, invariants run concurrently and must keep no mutable state.
     */
    public Explorer threads(int n) {
        if (n < 1) throw new IllegalArgumentException("threads must be at least 1, was " + n);
        this.threads = n;
        return this;
    }

    /**
     * Keeps one world of each class of worlds that differ only by which client holds which
     * references (decision 0025): the same verdicts and counterexamples, fewer states. Off unless
     * asked for, so that counts are those of every world (the state-space manifest pins both).
     */
    public Explorer symmetry(boolean on) {
        this.symmetry = on;
        return this;
    }

    /**
     * Two words per state even where one would do (bounds whose state needs more than 64 bits
     * always get two): tests compare the two layouts.
     */
    Explorer wideLayout(boolean on) {
        this.wide = on;
        return this;
    }

    /** Called about once a second during the search; quiet when unset. */
    public Explorer progress(ProgressListener listener) {
        this.progress = listener;
        return this;
    }

    /** Tests only: every transition's dispatch is audited (see {@link Dispatch.Audit}). */
    Explorer audit(Dispatch.Audit a) {
        this.audit = a;
        return this;
    }

    public ExplorationResult run() {
        return explore().result();
    }

    /** The result with the explored graph and its codec: tests compare them with an independent search. */
    record Explored(ExplorationResult result, StateGraph graph, StateCodec codec) {}

    Explored explore() {
        StateCodec codec = new StateCodec(bounds, wide);
        Step[] alphabet = Alphabet.steps(bounds.clients()).toArray(new Step[0]);
        if (alphabet.length > 256) {
            throw new IllegalStateException("alphabet of " + alphabet.length + " steps does not fit the byte a state keeps");
        }
        Invariant[] checks = invariants.stream().filter(i -> i.appliesTo(model.reading())).toArray(Invariant[]::new);
        StateGraph graph = new StateGraph(liveness, codec.wide());
        LongIntHashMap seen = new LongIntHashMap(1 << 12);
        Symmetry classes = symmetry && bounds.clients() > 1 ? new Symmetry(codec) : null;
        Traces traces = new Traces(model, bounds, codec, classes, graph, alphabet);

        long start = System.nanoTime();
        BreadthFirstSearch search = new BreadthFirstSearch(model, bounds, codec, classes, alphabet, checks, graph, seen, traces,
                threads, progress, audit);
        Counterexample violation = search.run();
        long explored = System.nanoTime();

        List<LivenessResult> live = new ArrayList<>();
        for (LivenessProperty p : LivenessProperty.values()) {
            if (violation != null) {
                live.add(LivenessResult.skipped(p, "the search stopped at a safety violation; the graph is incomplete"));
            } else if (!liveness) {
                live.add(LivenessResult.skipped(p, "liveness was turned off for these bounds"));
            }
        }
        long livenessBytes = 0;
        if (live.isEmpty()) {
            Liveness check = new Liveness(graph, codec, traces);
            live = check.check();
            livenessBytes = check.workingBytes();
        }
        long livened = System.nanoTime();

        Counterexample mismatch = null;
        long crossChecked = 0;
        if (crossCheck.enabled() && violation == null) {
            SpringCrossCheck cross = new SpringCrossCheck(model, spring, bounds, codec, graph, alphabet, traces);
            mismatch = cross.run(crossCheck, search.transitions, springDecisions);
            crossChecked = cross.compared();
        }
        long end = System.nanoTime();

        ExplorationResult result = new ExplorationResult(model.reading(), bounds, graph.size(), search.transitions,
                graph.edgeCount(), search.depth, checks.length, search.invariantChecks, violation, live, crossCheck,
                crossChecked, mismatch, explored - start, livened - explored, end - livened,
                graph.bytes() + search.tableBytes() + livenessBytes, classes != null, search.levelNanos());
        return new Explored(result, graph, codec);
    }
}
