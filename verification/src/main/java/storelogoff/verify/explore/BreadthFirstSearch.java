package storelogoff.verify.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import storelogoff.model.Event;
import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Step;
import storelogoff.model.Transition;
import storelogoff.model.World;
import storelogoff.scenario.ScenarioWriter;
import storelogoff.verify.Bounds;
import storelogoff.verify.Invariant;
import storelogoff.verify.Watch;
import storelogoff.verify.Workers;

/**
 * The breadth-first search, one level at a time. Each level is cut into chunks of states;
 * workers expand chunks in parallel (running every allowed step, checking determinism and the
 * invariants, looking successors up read-only), then one thread merges the chunks in state
 * order: new states get their index, parent and edges exactly as a single-threaded search
 * would give them. So the result, counters included, does not depend on the number of threads,
 * and the first violation merged is the first in breadth-first order: its trace is a shortest one.
 *
 * <p>With more than one thread the invariants run concurrently and must keep no mutable state.
 *
 * <p>With {@link Symmetry} the state table is keyed by each successor's canonical form and the
 * graph keeps the first concrete world of each class: the search then visits, in the same order
 * and by the same traces, exactly the states of the search without symmetry that are the first
 * of their class (decision 0025), and finds the same first violation.
 *
 * <p>With the codec's wide layout a state is two words, the second the reference counts
 * ({@link StateCodec#refsWord}): the graph, the chunks and the state table
 * ({@link LongPairIntHashMap}) keep both. The one-word path is the same code with the second
 * word equal to the first and never looked at.
 */
final class BreadthFirstSearch {
    /** States per chunk: large enough to amortise the hand-over, small enough to balance two cores. */
    private static final int CHUNK = 256;
    private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;

    private final Model model;
    private final Bounds bounds;
    private final StateCodec codec;
    /** The canonical form the state table is keyed by; null without symmetry (the key is the code). */
    private final Symmetry symmetry;
    private final Step[] alphabet;
    /** The invariants to check on each kind of step, in the order given ({@link Watch}); null when there are none. */
    private final Dispatch dispatch;
    private final StateGraph graph;
    private final LongIntHashMap seen;
    /** Two words per state: {@code wideSeen} is the state table, {@code seen} is unused. */
    private final boolean wide;
    private final LongPairIntHashMap wideSeen;
    private final Traces traces;
    private final int threads;
    private final ProgressListener progress;

    private final List<Chunk> chunks = new ArrayList<>();
    private final Worker[] workers;

    long transitions;
    long invariantChecks;
    int depth;
    /** The wall time of each level the search finished, expansion and merge: what the bench takes minima of. */
    private final List<Long> levelNanos = new ArrayList<>();
    /** Keeps the prefetching reads of {@link LongIntHashMap#touch} from being optimised away. */
    long sink;

    BreadthFirstSearch(Model model, Bounds bounds, StateCodec codec, Symmetry symmetry, Step[] alphabet,
                       Invariant[] checks, StateGraph graph, LongIntHashMap seen, Traces traces, int threads,
                       ProgressListener progress) {
        this(model, bounds, codec, symmetry, alphabet, checks, graph, seen, traces, threads, progress, null);
    }

    /** As the search above, every transition's dispatch audited by {@code audit} (tests, {@link Dispatch.Audit}). */
    BreadthFirstSearch(Model model, Bounds bounds, StateCodec codec, Symmetry symmetry, Step[] alphabet,
                       Invariant[] checks, StateGraph graph, LongIntHashMap seen, Traces traces, int threads,
                       ProgressListener progress, Dispatch.Audit audit) {
        this.model = model;
        this.bounds = bounds;
        this.codec = codec;
        this.symmetry = symmetry;
        this.alphabet = alphabet;
        this.dispatch = checks.length == 0 ? null : new Dispatch(checks, codec, model.reading(), alphabet, audit);
        this.graph = graph;
        this.seen = seen;
        this.wide = codec.wide();
        this.wideSeen = wide ? new LongPairIntHashMap(1 << 12) : null;
        if (wide && !graph.wide()) throw new IllegalArgumentException("a wide codec needs a graph of two words per state");
        this.traces = traces;
        this.threads = threads;
        this.progress = progress;
        this.workers = new Worker[threads];
    }

    /** Explores everything reachable; returns the first violation in breadth-first order, or null. */
    Counterexample run() {
        long start = System.nanoTime();
        World first = bounds.initialWorld();
        long initial = codec.encode(first);
        if (wide) {
            long hi = codec.refsWord(first);
            wideSeen.putIfAbsent(initial, symmetry == null ? hi : symmetry.canonical(hi), graph.add(initial, hi, -1, -1));
        } else {
            seen.putIfAbsent(key(initial), graph.add(initial, -1, -1));
        }
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "explorer-worker");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            long nextReport = start + PROGRESS_EVERY_NANOS;
            for (int levelStart = 0; levelStart < graph.size(); depth++) {
                long levelBegan = System.nanoTime();
                int levelEnd = graph.size();
                int count = cut(levelStart, levelEnd);
                expandAll(pool, count);
                for (int c = 0; c < count; c++) {
                    Counterexample violation = merge(chunks.get(c));
                    if (violation != null) return violation;
                    if (progress != null && System.nanoTime() >= nextReport) {
                        int expanded = chunks.get(c).to;
                        progress.progress(graph.size(), transitions, graph.size() - expanded, depth,
                                System.nanoTime() - start);
                        nextReport = System.nanoTime() + PROGRESS_EVERY_NANOS;
                    }
                }
                levelStart = levelEnd;
                levelNanos.add(System.nanoTime() - levelBegan);
            }
            depth--; // the loop counted the empty level after the last one
            return null;
        } finally {
            if (pool != null) pool.shutdownNow();
        }
    }

    /** Cuts the level into chunks; returns how many. */
    private int cut(int from, int to) {
        int count = 0;
        for (int s = from; s < to; s += CHUNK, count++) {
            if (count == chunks.size()) chunks.add(new Chunk());
            chunks.get(count).reset(s, Math.min(to, s + CHUNK));
        }
        return count;
    }

    /** Expands chunks 0..count-1 on all threads; chunks after a violating one are skipped. */
    private void expandAll(ExecutorService pool, int count) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger firstViolation = new AtomicInteger(Integer.MAX_VALUE);
        List<Future<?>> running = new ArrayList<>();
        if (pool != null && count > 1) {
            for (int k = 1; k < threads; k++) {
                int id = k;
                running.add(pool.submit(() -> worker(id).expandChunks(next, firstViolation, count)));
            }
        }
        worker(0).expandChunks(next, firstViolation, count);
        for (Future<?> f : running) Workers.await(f);
    }

    /**
     * Worker {@code k}, created by the thread that first runs it: its scratch then lies in that
     * thread's allocation buffer, away from the other workers' (no false sharing of cache lines).
     */
    private Worker worker(int k) {
        if (workers[k] == null) workers[k] = new Worker();
        return workers[k];
    }

    /** The wall time of each level finished, in order ({@link ExplorationResult#levelNanos}). */
    List<Long> levelNanos() {
        return levelNanos;
    }

    /** Bytes of the state table. */
    long tableBytes() {
        return wide ? wideSeen.bytes() : seen.bytes();
    }

    /** The key of {@code code} in the state table: its canonical form with symmetry, else itself. */
    private long key(long code) {
        return symmetry == null ? code : symmetry.canonical(code);
    }

    /** Adds a chunk's successors in state order; returns its violation, if any, after the states before it. */
    private Counterexample merge(Chunk chunk) {
        transitions += chunk.transitions;
        invariantChecks += chunk.invariantChecks;
        long[] keys = symmetry == null ? chunk.codes : chunk.keys;
        long[] keyHis = symmetry == null ? chunk.his : chunk.keyHis;
        for (int e = 0; e < chunk.size; e++) {
            if (chunk.targets[e] < 0) sink += wide ? wideSeen.touch(keys[e], keyHis[e]) : seen.touch(keys[e]);
        }
        int e = 0;
        for (int i = chunk.from; i < chunk.to; i++) {
            if (i == chunk.violationState) {
                Violation v = chunk.violation;
                List<Step> steps = new ArrayList<>(traces.to(i));
                steps.add(alphabet[v.step()]);
                return traces.counterexample(steps, v.property(), v.clauses(), v.message(), -1);
            }
            graph.startEdges(i);
            for (int end = chunk.successorEnd[i - chunk.from]; e < end; e++) {
                int target = chunk.targets[e];
                if (target < 0 && wide) {
                    target = wideSeen.putIfAbsent(keys[e], keyHis[e], graph.size());
                    if (target < 0) target = graph.add(chunk.codes[e], chunk.his[e], i, chunk.steps[e]);
                } else if (target < 0) {
                    target = seen.putIfAbsent(keys[e], graph.size());
                    if (target < 0) target = graph.add(chunk.codes[e], i, chunk.steps[e]);
                }
                graph.addEdge(i, target);
            }
        }
        return null;
    }

    /** A broken property: the alphabet index of the step, and what was violated. */
    private record Violation(int step, String property, List<String> clauses, String message) {}

    /** The successors of a run of states of one level, as a worker found them. */
    private static final class Chunk {
        int from, to;
        /** End offset, into the arrays below, of each state's successors. */
        int[] successorEnd = new int[CHUNK];
        long[] codes = new long[CHUNK * 8];
        /** With symmetry, the canonical form of each successor: its key in the state table. */
        long[] keys = new long[CHUNK * 8];
        /** With the wide layout, the second words of the codes and of the keys. */
        long[] his = new long[CHUNK * 8], keyHis = new long[CHUNK * 8];
        /** The successor's index when it was already known, else -1: the merge decides. */
        int[] targets = new int[CHUNK * 8];
        int[] steps = new int[CHUNK * 8];
        int size;
        long transitions, invariantChecks;
        /** The state whose step broke a property (-1 for none); counters stop there. */
        int violationState;
        Violation violation;

        void reset(int from, int to) {
            this.from = from;
            this.to = to;
            violationState = -1;
        }
    }

    /** One thread's scratch: the worlds before and after, the observation, the successor buffer. */
    private final class Worker {
        private final World before = bounds.initialWorld();
        private final World after = bounds.initialWorld();
        private final Observation observed = new Observation();
        /** The distinct successors of the state being expanded, and the first step to each. */
        private final long[] nextCodes = new long[alphabet.length];
        /** Their keys in the state table: their canonical forms with symmetry, else {@code nextCodes} itself. */
        private final long[] nextKeys = symmetry == null ? nextCodes : new long[alphabet.length];
        /** With the wide layout, their second words, and those of their keys. */
        private final long[] nextHis = new long[alphabet.length];
        private final long[] nextKeyHis = symmetry == null ? nextHis : new long[alphabet.length];
        private final int[] nextSteps = new int[alphabet.length];
        /** Keeps the prefetching reads of {@link LongIntHashMap#touch} from being optimised away. */
        long sink;
        // The chunk being expanded is built here, in this worker's own memory, then handed over
        // by swapping arrays: workers never write to shared cache lines while they run.
        private int[] successorEnd = new int[CHUNK];
        private long[] codes = new long[CHUNK * 8];
        private long[] keys = new long[CHUNK * 8];
        private long[] his = new long[CHUNK * 8], keyHis = new long[CHUNK * 8];
        private int[] targets = new int[CHUNK * 8];
        private int[] steps = new int[CHUNK * 8];
        private int size;
        private long transitions, invariantChecks;
        /** What the last {@link #expand} that returned false found. */
        private Violation violated;
        /** The checks this worker made since its last hand-over, and the violation the dispatch found. */
        private final Dispatch.Found found = dispatch == null ? null : dispatch.found();

        void expandChunks(AtomicInteger next, AtomicInteger firstViolation, int count) {
            for (int c; (c = next.getAndIncrement()) < count; ) {
                if (c > firstViolation.get()) continue;
                Chunk chunk = chunks.get(c);
                size = 0;
                transitions = 0;
                invariantChecks = 0;
                // Software pipelining: the successors of state i are looked up while state i+1 is
                // expanded, so the cache misses of the lookups overlap with computation.
                int unresolved = 0;
                for (int i = chunk.from; i < chunk.to; i++) {
                    int first = size;
                    boolean holds = expand(i);
                    resolve(unresolved, first);
                    unresolved = first;
                    if (!holds) {
                        chunk.violationState = i;
                        chunk.violation = violated;
                        firstViolation.accumulateAndGet(c, Math::min);
                        break;
                    }
                    successorEnd[i - chunk.from] = size;
                }
                resolve(unresolved, size);
                handOver(chunk);
            }
        }

        /** Looks up the successors in {@code [from, to)}: their index when already known, else -1. */
        private void resolve(int from, int to) {
            long[] k = symmetry == null ? codes : keys;
            if (wide) {
                long[] kh = symmetry == null ? his : keyHis;
                for (int e = from; e < to; e++) targets[e] = wideSeen.get(k[e], kh[e]);
                return;
            }
            for (int e = from; e < to; e++) targets[e] = seen.get(k[e]);
        }

        private void handOver(Chunk chunk) {
            chunk.size = size;
            chunk.transitions = transitions;
            chunk.invariantChecks = invariantChecks;
            int[] e = chunk.successorEnd;
            chunk.successorEnd = successorEnd;
            successorEnd = e;
            long[] c = chunk.codes;
            chunk.codes = codes;
            codes = c;
            long[] k = chunk.keys;
            chunk.keys = keys;
            keys = k;
            long[] h = chunk.his;
            chunk.his = his;
            his = h;
            long[] kh = chunk.keyHis;
            chunk.keyHis = keyHis;
            keyHis = kh;
            int[] t = chunk.targets;
            chunk.targets = targets;
            targets = t;
            int[] st = chunk.steps;
            chunk.steps = steps;
            steps = st;
        }

        private void add(long code, long key, long hi, long keyHi, int step) {
            if (size == codes.length) {
                codes = Arrays.copyOf(codes, size * 2);
                keys = Arrays.copyOf(keys, size * 2);
                his = Arrays.copyOf(his, size * 2);
                keyHis = Arrays.copyOf(keyHis, size * 2);
                targets = Arrays.copyOf(targets, size * 2);
                steps = Arrays.copyOf(steps, size * 2);
            }
            codes[size] = code;
            keys[size] = key;
            if (wide) {
                his[size] = hi;
                keyHis[size] = keyHi;
            }
            steps[size++] = step;
        }

        private boolean violation(int step, String property, List<String> clauses, String message) {
            violated = new Violation(step, property, clauses, message);
            return false;
        }

        /**
         * Runs every allowed step from state {@code i}, checking each transition, and appends the
         * distinct successors in step order (so a new state's parent step is the first that
         * reaches it), starting the fetch of their table slots. Returns false at a violation,
         * kept for the chunk. The search alone and the search with invariants are two loops, not
         * one with a branch: the JIT then compiles each for its own work and profile, and a run
         * of one does not throw away the other's compiled code (decision 0026).
         */
        private boolean expand(int i) {
            return dispatch == null ? expandAlone(i) : expandChecked(i);
        }

        /** {@link #expand} without invariants: a successor is encoded and `after` put back in one pass. */
        private boolean expandAlone(int i) {
            long code = graph.code(i);
            long hi = graph.hi(i); // the code again with one word
            begin(code, hi);
            int successors = 0;
            for (int s = 0; s < alphabet.length; s++) {
                if (!bounds.allows(before, alphabet[s])) continue;
                if (!run(s)) return false;
                // No row fired: the engine changed nothing (Model.step), so there is no successor.
                if (observed.fired == null) continue;
                long next, nextHi = hi;
                try {
                    if (wide) nextHi = codec.refsWord(after);
                    next = codec.encodeAndRestore(after, before, code); // `after` is `before` again
                } catch (IllegalStateException e) {
                    return violation(s, Explorer.STATE_LAYOUT, List.of(), e.getMessage());
                }
                successors = successor(code, hi, next, nextHi, s, successors);
            }
            finish(successors);
            return true;
        }

        /** {@link #expand} with invariants: each transition goes to the invariants that watch it ({@link Dispatch}). */
        private boolean expandChecked(int i) {
            long code = graph.code(i);
            long hi = graph.hi(i); // the code again with one word
            begin(code, hi);
            found.nextState();
            int successors = 0;
            for (int s = 0; s < alphabet.length; s++) {
                if (!bounds.allows(before, alphabet[s])) continue;
                if (!run(s)) return false;
                // The successor's code first: the bits it changes say which invariants watch the step.
                long next = code, nextHi = hi;
                IllegalStateException outside = null;
                if (observed.fired != null) {
                    try {
                        if (wide) nextHi = codec.refsWord(after);
                        next = codec.encodeChanged(after, before, code);
                    } catch (IllegalStateException e) {
                        outside = e;
                    }
                }
                long changed = nextHi == hi ? next ^ code : (next ^ code) | StateCodec.SECOND_WORD;
                // A step that changed nothing is checked against `before` as the world after it:
                // the same values, which an invariant comparing the two worlds finds equal at once.
                World reached = changed == 0 && outside == null ? before : after;
                boolean holds = i == 0 || outside != null ? dispatch.checkChangingAll(before, s, reached, observed, found)
                        : dispatch.check(before, s, reached, observed, changed, nextHi, found);
                invariantChecks += found.checks;
                found.checks = 0;
                if (!holds) return violation(s, found.invariant.id(), found.invariant.clauses(), found.message);
                if (outside != null) return violation(s, Explorer.STATE_LAYOUT, List.of(), outside.getMessage());
                if (reached == before) continue; // no row fired, or the world did not change: no edge
                after.copyFrom(before);
                successors = successor(code, hi, next, nextHi, s, successors);
            }
            finish(successors);
            return true;
        }

        /** Decodes the state to expand into `before`, and `after` with it. */
        private void begin(long code, long hi) {
            codec.decode(code, hi, before);
            after.copyFrom(before);
        }

        /** Runs step {@code s} on `after`; false, the violation kept, when more than one row was enabled. */
        private boolean run(int s) {
            Step step = alphabet[s];
            transitions++;
            model.step(after, step, observed);
            return observed.fired == null || !anotherRowEnabled(observed.fired, step)
                    || violation(s, Explorer.DETERMINISTIC, List.of(), nondeterminism(step));
        }

        /**
         * Adds the successor {@code (next, nextHi)} of the state {@code (code, hi)} by step
         * {@code s} to the first {@code n}, unless it is that state or its class is among them;
         * returns the successor count. With symmetry, successors of one class are one successor:
         * the first step to it counts.
         */
        private int successor(long code, long hi, long next, long nextHi, int s, int n) {
            if (next == code && nextHi == hi) return n; // the world did not change: no edge
            if (wide) return addWide(next, nextHi, s, n);
            long key = symmetry == null ? next : symmetry.canonical(next);
            if (contains(nextKeys, n, key)) return n;
            nextCodes[n] = next;
            nextKeys[n] = key;
            nextSteps[n] = s;
            return n + 1;
        }

        /** Starts the fetch of the table slots of the {@code successors} found, and appends them. */
        private void finish(int successors) {
            if (wide) {
                for (int j = 0; j < successors; j++) sink += wideSeen.touch(nextKeys[j], nextKeyHis[j]);
            } else {
                sink += seen.touch(nextKeys, successors);
            }
            for (int j = 0; j < successors; j++) add(nextCodes[j], nextKeys[j], nextHis[j], nextKeyHis[j], nextSteps[j]);
        }

        /** Adds the wide successor {@code (next, nextHi)} by step {@code s} unless its class is among the first {@code n}; returns the count. */
        private int addWide(long next, long nextHi, int s, int n) {
            long keyHi = symmetry == null ? nextHi : symmetry.canonical(nextHi);
            for (int j = 0; j < n; j++) {
                if (nextKeys[j] == next && nextKeyHis[j] == keyHi) return n;
            }
            nextCodes[n] = next;
            nextKeys[n] = next;
            nextHis[n] = nextHi;
            nextKeyHis[n] = keyHi;
            nextSteps[n] = s;
            return n + 1;
        }

        /**
         * Whether a row besides {@code fired} is enabled, i.e. {@code model.enabledCount(before, step) > 1}.
         * The engine fires the first enabled row in declaration order, so only the rows after it need testing.
         */
        private boolean anotherRowEnabled(Transition fired, Step step) {
            Transition[] rows = model.candidates(before.state, step.event());
            int k = 0;
            while (k < rows.length && rows[k] != fired) k++;
            if (k == rows.length) return model.enabledCount(before, step) > 1;
            for (k++; k < rows.length; k++) {
                if (rows[k].guard().test(before, step)) return true;
            }
            return false;
        }

        private String nondeterminism(Step step) {
            List<String> rows = new ArrayList<>();
            for (Transition t : model.candidates(before.state, step.event())) {
                if (t.guard().test(before, step)) rows.add(t.name());
            }
            return "rows " + String.join(", ", rows) + " are all enabled for '" + ScenarioWriter.line(step)
                    + "' in " + before;
        }
    }

    private static boolean contains(long[] codes, int n, long code) {
        for (int j = 0; j < n; j++) {
            if (codes[j] == code) return true;
        }
        return false;
    }
}
