package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Action;
import storelogoff.model.Event;
import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.verify.Alphabet;
import storelogoff.verify.Bounds;

/**
 * The liveness checks on small graphs built by hand, where every answer is known: which state
 * each property names (the lowest-numbered), its message word for word, the states each
 * property speaks of, and the bytes the check holds. A cycle is replayed by real steps: the one
 * here is a drain whose send goes back to the Outbox, as in {@link LivenessTest}.
 */
class LivenessGraphTest {
    private static final Bounds B = Bounds.DEFAULT;
    private static final StateCodec CODEC = new StateCodec(B);
    private static final Step[] ALPHABET = Alphabet.steps(B.clients()).toArray(new Step[0]);

    /** A graph of the given worlds, each state's parent and step, and edges {@code {from, to}} in order of {@code from}. */
    private record Built(StateGraph graph, Liveness liveness, World[] worlds) {
        List<LivenessResult> check() {
            return liveness.check();
        }
    }

    private static World world(StoreState state, int refs) {
        World w = B.initialWorld();
        w.state = state;
        w.refs[0] = refs;
        return w;
    }

    private static Built build(World[] worlds, int[] parents, int[] steps, int[][] edges) {
        return build(new Model(Reading.DEFAULT), worlds, parents, steps, edges);
    }

    private static Built build(Model model, World[] worlds, int[] parents, int[] steps, int[][] edges) {
        StateGraph graph = new StateGraph(true);
        for (int i = 0; i < worlds.length; i++) graph.add(CODEC.encode(worlds[i]), parents[i], steps[i]);
        int e = 0;
        for (int i = 0; i < worlds.length; i++) {
            graph.startEdges(i);
            for (; e < edges.length && edges[e][0] == i; e++) graph.addEdge(i, edges[e][1]);
        }
        assertThat(e).as("edges in order of their source").isEqualTo(edges.length);
        Traces traces = new Traces(model, B, CODEC, null, graph, ALPHABET);
        return new Built(graph, new Liveness(graph, CODEC, traces), worlds);
    }

    @Test
    void needsTheEdges() {
        StateGraph graph = new StateGraph(false);
        assertThatThrownBy(() -> new Liveness(graph, CODEC, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("liveness needs the edges of the graph");
    }

    /** Open, draining, idle, released and a refused store that reopens: every property holds, each over its own states. */
    @Test
    void aLiveGraphHoldsEveryPropertyOverItsSubjects() {
        World[] worlds = {world(StoreState.OPEN, 1), world(StoreState.DRAINING, 0), world(StoreState.IDLE, 0),
                world(StoreState.RELEASED, 0), world(StoreState.REFUSED, 0)};
        Built b = build(worlds, new int[] {0, 0, 1, 2, 0}, new int[] {0, 1, 2, 3, 4},
                new int[][] {{0, 1}, {0, 4}, {1, 2}, {2, 3}, {4, 0}});
        List<LivenessResult> results = b.check();
        assertThat(results).extracting(LivenessResult::property).containsExactly(LivenessProperty.values());
        assertThat(results).extracting(LivenessResult::status).containsOnly(LivenessResult.Status.HOLDS);
        assertThat(results).extracting(LivenessResult::subjects).as("unreleased, unreleased, draining or idle")
                .containsExactly(4, 4, 2);
        // 5 reverse edges, 6 offsets, two int marks and one byte per state.
        assertThat(b.liveness().workingBytes()).isEqualTo(5 * 4 + 6 * 4 + 2 * 5 * 4 + 5);
    }

    /**
     * Two refused stores without a step (states 2 and 4), a drain that leads only to one of them:
     * the stuck state named is the lower one, the first state that cannot reach RELEASED is the
     * draining one, with the count of such states; the drain has no cycle.
     */
    @Test
    void namesTheLowestStuckAndTheLowestUnreleasableState() {
        World[] worlds = {world(StoreState.OPEN, 1), world(StoreState.DRAINING, 0), world(StoreState.REFUSED, 0),
                world(StoreState.RELEASED, 0), world(StoreState.REFUSED, 1)};
        Built b = build(worlds, new int[] {0, 0, 0, 0, 1}, new int[] {0, 5, 6, 7, 8},
                new int[][] {{0, 1}, {0, 2}, {0, 3}, {1, 4}});
        List<LivenessResult> results = b.check();

        LivenessResult stuck = results.get(0);
        assertThat(stuck.status()).isEqualTo(LivenessResult.Status.VIOLATED);
        assertThat(stuck.subjects()).isEqualTo(4);
        Counterexample c = stuck.counterexample();
        assertThat(c.message()).isEqualTo("stuck: no step within the bounds changes the world " + worlds[2]);
        assertThat(stuck.note()).isEqualTo(c.message());
        assertThat(c.steps()).containsExactly(ALPHABET[6]);
        assertThat(c.property()).isEqualTo("no-stuck-state");
        assertThat(c.clauses()).isEqualTo(LivenessProperty.NO_STUCK_STATE.clauses());
        assertThat(c.loopStart()).isEqualTo(-1);
        assertThat(c.reading()).isEqualTo(Reading.DEFAULT);
        assertThat(c.bounds()).isEqualTo(B);

        LivenessResult unreleasable = results.get(1);
        assertThat(unreleasable.status()).isEqualTo(LivenessResult.Status.VIOLATED);
        assertThat(unreleasable.subjects()).isEqualTo(4);
        assertThat(unreleasable.counterexample().message()).isEqualTo("the drain never ends and the store is never released from "
                + worlds[1] + " (3 of 5 reachable states cannot reach RELEASED)");
        assertThat(unreleasable.counterexample().steps()).containsExactly(ALPHABET[5]);
        assertThat(unreleasable.counterexample().property()).isEqualTo("release-reachable");

        assertThat(results.get(2).status()).isEqualTo(LivenessResult.Status.HOLDS);
        assertThat(results.get(2).subjects()).isEqualTo(1);
        assertThat(b.liveness().workingBytes()).isEqualTo(4 * 4 + 6 * 4 + 2 * 5 * 4 + 5);
    }

    /** A state that is not draining and cannot reach RELEASED is named so, with the path to it. */
    @Test
    void saysReleasedIsUnreachableOutsideADrain() {
        World[] worlds = {world(StoreState.OPEN, 1), world(StoreState.OPEN, 2), world(StoreState.RELEASED, 0),
                world(StoreState.REFUSED, 0), world(StoreState.IDLE, 0)};
        // 0 -> 1, 0 -> 2; 1 -> 3, 1 -> 0 (reaches RELEASED through 0); 3 -> 4; 4 -> 3: neither reaches RELEASED.
        Built b = build(worlds, new int[] {0, 0, 0, 1, 3}, new int[] {0, 9, 10, 11, 12},
                new int[][] {{0, 1}, {0, 2}, {1, 3}, {1, 0}, {3, 4}, {4, 3}});
        List<LivenessResult> results = b.check();
        assertThat(results.get(0).status()).as("no state but RELEASED without a step").isEqualTo(LivenessResult.Status.HOLDS);
        assertThat(results.get(0).subjects()).isEqualTo(4);
        Counterexample c = results.get(1).counterexample();
        assertThat(c.message()).isEqualTo("RELEASED is unreachable from " + worlds[3]
                + " (2 of 5 reachable states cannot reach RELEASED)");
        assertThat(c.steps()).containsExactly(ALPHABET[9], ALPHABET[11]);
        // The idle state's only way out is to the refused one, which is not draining or idle: no cycle among them.
        assertThat(results.get(2).status()).isEqualTo(LivenessResult.Status.HOLDS);
        assertThat(results.get(2).subjects()).isEqualTo(1);
    }

    /** Without any released state, the initial world is the first that cannot reach RELEASED: an empty trace. */
    @Test
    void withoutAReleasedStateTheInitialWorldIsNamed() {
        World[] worlds = {world(StoreState.OPEN, 1), world(StoreState.OPEN, 2)};
        Built b = build(worlds, new int[] {0, 0}, new int[] {0, 0}, new int[][] {{0, 1}, {1, 0}});
        List<LivenessResult> results = b.check();
        assertThat(results.get(0).status()).isEqualTo(LivenessResult.Status.HOLDS);
        Counterexample c = results.get(1).counterexample();
        assertThat(c.message()).isEqualTo("RELEASED is unreachable from " + worlds[0]
                + " (2 of 2 reachable states cannot reach RELEASED)");
        assertThat(c.steps()).isEmpty();
        assertThat(results.get(1).subjects()).isEqualTo(2);
        assertThat(results.get(2).status()).isEqualTo(LivenessResult.Status.HOLDS);
        assertThat(results.get(2).subjects()).as("no draining or idle state: vacuous").isZero();
    }

    /** Idle states leading only to each other through a drain that ends: peeled one by one from the released end. */
    @Test
    void aLongDrainWithoutACycleEnds() {
        int n = 40;
        World[] worlds = new World[n];
        int[] parents = new int[n], steps = new int[n];
        int[][] edges = new int[n - 1][];
        worlds[0] = world(StoreState.OPEN, 1);
        for (int i = 1; i < n - 1; i++) {
            worlds[i] = world(i % 2 == 0 ? StoreState.IDLE : StoreState.DRAINING, 0);
            worlds[i].sent = i % 3;
            worlds[i].received = i / 3 % 3;
            worlds[i].arrivals = i / 9 % 3;
        }
        worlds[n - 1] = world(StoreState.RELEASED, 0);
        for (int i = 0; i < n - 1; i++) {
            parents[i + 1] = i;
            edges[i] = new int[] {i, i + 1};
        }
        Built b = build(worlds, parents, steps, edges);
        List<LivenessResult> results = b.check();
        assertThat(results).extracting(LivenessResult::status).containsOnly(LivenessResult.Status.HOLDS);
        assertThat(results).extracting(LivenessResult::subjects).containsExactly(n - 1, n - 1, n - 2);
    }

    /**
     * Chains of 4,095 and 4,096 states, one and none short of the graph's first sizes: the checks
     * read no state or edge range past the last.
     */
    @Test
    void aChainAsLongAsTheGraphsArraysHolds() {
        for (int n : new int[] {4095, 4096}) {
            World[] worlds = new World[n];
            int[] parents = new int[n], steps = new int[n];
            int[][] edges = new int[n - 1][];
            for (int i = 0; i < n; i++) {
                worlds[i] = world(i == n - 1 ? StoreState.RELEASED : StoreState.OPEN, 1);
                if (i > 0) parents[i] = i - 1;
                if (i < n - 1) edges[i] = new int[] {i, i + 1};
            }
            List<LivenessResult> results = build(worlds, parents, steps, edges).check();
            assertThat(results).extracting(LivenessResult::status).as("%d states", n).containsOnly(LivenessResult.Status.HOLDS);
            assertThat(results).extracting(LivenessResult::subjects).containsExactly(n - 1, n - 1, 0);
        }
    }

    /**
     * A drain cycle (states 2 and 3: a send that goes back to the Outbox) beside a draining state
     * that ends (1, peeled first), with an edge from the cycle back to the open initial state: the
     * peeling takes only what cannot reach a cycle, the walk from the lowest state left follows
     * edges into what is left only, and the counterexample goes to the cycle, then round it.
     */
    /** The declaration with a send that ends by going back to the Outbox, doing {@code also} as well. */
    private static Model requeueing(Action.Effect also) {
        Action requeue = new Action("requeue", (w, s, o) -> {
            w.sending--;
            w.outbox++;
            also.apply(w, s, o);
        });
        return Mutants.changed(Reading.DEFAULT, "DrainSend", t -> t.withActions(List.of(requeue)));
    }

    /** The two worlds of the requeueing drain's cycle: a message queued, then being sent. */
    private static World[] drainCycle() {
        Model wrong = requeueing((w, s, o) -> { });
        Counterexample found = new Explorer(wrong, B).crossCheck(CrossCheck.none()).run().liveness().get(2).counterexample();
        World queued = Replay.after(wrong, B, found.steps(), found.loopStart());
        World sending = Replay.after(wrong, B, found.steps(), found.loopStart() + 1);
        assertThat(List.of(queued.state, sending.state, queued.outbox - sending.outbox, sending.sending - queued.sending))
                .as("a send starts from the Outbox while draining").containsExactly(StoreState.DRAINING, StoreState.DRAINING, 1, 1);
        return new World[] {queued, sending};
    }

    @Test
    void findsADrainCycleBesideADrainThatEnds() {
        Model wrong = requeueing((w, s, o) -> { });
        World[] cycle = drainCycle();
        World queued = cycle[0], sending = cycle[1];
        World ends = queued.copy();
        ends.sent = 1 - ends.sent;
        World released = queued.copy();
        released.state = StoreState.RELEASED;
        World[] worlds = {B.initialWorld(), ends, queued, sending, released};
        int start = 7;
        Built b = build(wrong, worlds, new int[] {0, 2, 0, 2, 1}, new int[] {0, 1, start, 3, 4},
                new int[][] {{0, 2}, {1, 4}, {2, 1}, {2, 3}, {3, 0}, {3, 2}});
        LivenessResult drain = b.check().get(2);
        assertThat(drain.status()).isEqualTo(LivenessResult.Status.VIOLATED);
        assertThat(drain.subjects()).isEqualTo(3);
        Counterexample c = drain.counterexample();
        assertThat(c.property()).isEqualTo("drain-ends");
        assertThat(c.message()).isEqualTo("a cycle of 2 DRAINING/IDLE states never releases the store:\n  " + queued
                + "\n  " + sending);
        assertThat(c.steps()).containsExactly(ALPHABET[start], Step.of(Event.SEND_START), Step.of(Event.SEND_DONE));
        assertThat(c.loopStart()).isEqualTo(1);
        assertThat(c.clauses()).isEqualTo(LivenessProperty.DRAIN_ENDS.clauses());
    }

    /**
     * With symmetry a round of a cycle may end in another client's copy of its first world: here
     * the requeued send also moves the references to the last client. The first round starts at
     * {@code (1, 0)} and ends at {@code (0, 1)}, from which every round comes back to {@code (0, 1)}:
     * the loop starts after the path to the cycle and the first round.
     */
    @Test
    void aSymmetricCycleLoopsFromTheRoundItComesBackTo() {
        Model wrong = requeueing((w, s, o) -> Arrays.sort(w.refs));
        World[] cycle = drainCycle();
        World queued = cycle[0].copy(), sending = cycle[1].copy();
        queued.refs[0] = 1;
        sending.refs[0] = 1;
        World[] worlds = {B.initialWorld(), queued, sending};
        StateGraph graph = new StateGraph(true);
        int start = 7;
        graph.add(CODEC.encode(worlds[0]), 0, 0);
        graph.add(CODEC.encode(worlds[1]), 0, start);
        graph.add(CODEC.encode(worlds[2]), 1, 0);
        graph.startEdges(0);
        graph.addEdge(0, 1);
        graph.startEdges(1);
        graph.addEdge(1, 2);
        graph.startEdges(2);
        graph.addEdge(2, 1);
        Traces traces = new Traces(wrong, B, CODEC, new Symmetry(CODEC), graph, ALPHABET);
        Counterexample c = new Liveness(graph, CODEC, traces).check().get(2).counterexample();

        assertThat(c.steps()).containsExactly(ALPHABET[start], Step.of(Event.SEND_START), Step.of(Event.SEND_DONE),
                Step.of(Event.SEND_START), Step.of(Event.SEND_DONE));
        assertThat(c.loopStart()).as("after the path (1 step) and the first round (2)").isEqualTo(3);
        World queuedLast = queued.copy(), sendingLast = sending.copy();
        queuedLast.refs[0] = 0;
        queuedLast.refs[1] = 1;
        sendingLast.refs[0] = 0;
        sendingLast.refs[1] = 1;
        assertThat(c.message()).isEqualTo("a cycle of 2 DRAINING/IDLE states never releases the store:\n  " + queuedLast
                + "\n  " + sendingLast);
    }
}
