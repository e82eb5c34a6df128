package storelogoff.verify.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;

/**
 * Checks the {@link LivenessProperty liveness properties} on a fully explored state graph.
 * Each violation comes with the shortest trace to the lowest-numbered (so nearest) offending
 * state; a drain cycle also carries the cycle's steps.
 */
final class Liveness {
    private final StateGraph graph;
    private final StateCodec codec;
    private final Traces traces;
    private final int n;

    Liveness(StateGraph graph, StateCodec codec, Traces traces) {
        if (!graph.keepsEdges()) throw new IllegalArgumentException("liveness needs the edges of the graph");
        this.graph = graph;
        this.codec = codec;
        this.traces = traces;
        this.n = graph.size();
    }

    List<LivenessResult> check() {
        int[] revStart = new int[n + 1];
        int[] rev = reverseEdges(revStart);
        return List.of(noStuckState(), releaseReachable(revStart, rev), drainEnds(revStart, rev));
    }

    /** Bytes the check holds at its peak on top of the graph: reverse edges and per-state marks. */
    long workingBytes() {
        return (long) graph.edgeCount() * Integer.BYTES + (n + 1L) * Integer.BYTES + 2L * n * Integer.BYTES + n;
    }

    /** The states other than RELEASED: those the first two properties speak of. */
    private int unreleased() {
        int count = 0;
        for (int i = 0; i < n; i++) if (codec.state(graph.code(i)) != StoreState.RELEASED) count++;
        return count;
    }

    /** (a) Some step changes the world in every state but RELEASED. */
    private LivenessResult noStuckState() {
        LivenessProperty p = LivenessProperty.NO_STUCK_STATE;
        int subjects = unreleased();
        for (int i = 0; i < n; i++) {
            if (graph.edgesFrom(i) == graph.edgesTo(i) && codec.state(graph.code(i)) != StoreState.RELEASED) {
                return violation(p, i, "stuck: no step within the bounds changes the world " + traces.world(i), subjects);
            }
        }
        return LivenessResult.holds(p, subjects);
    }

    /** (b) AG EF RELEASED: backward search from the RELEASED states reaches every state. */
    private LivenessResult releaseReachable(int[] revStart, int[] rev) {
        LivenessProperty p = LivenessProperty.RELEASE_REACHABLE;
        boolean[] reaches = new boolean[n];
        int[] queue = new int[n];
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (codec.state(graph.code(i)) == StoreState.RELEASED) {
                reaches[i] = true;
                queue[tail++] = i;
            }
        }
        int released = tail;
        for (int head = 0; head < tail; head++) {
            int v = queue[head];
            for (int e = revStart[v]; e < revStart[v + 1]; e++) {
                int u = rev[e];
                if (!reaches[u]) {
                    reaches[u] = true;
                    queue[tail++] = u;
                }
            }
        }
        int subjects = n - released;
        if (tail == n) return LivenessResult.holds(p, subjects);
        for (int i = 0; i < n; i++) {
            if (!reaches[i]) {
                World w = traces.world(i);
                String what = w.state == StoreState.DRAINING ? "the drain never ends and the store is never released"
                        : "RELEASED is unreachable";
                return violation(p, i, what + " from " + w + " (" + (n - tail) + " of " + n
                        + " reachable states cannot reach RELEASED)", subjects);
            }
        }
        throw new AssertionError("unreachable: " + tail + " < " + n + " but every state reaches RELEASED");
    }

    /** (c) No cycle among DRAINING and IDLE states: peel states that cannot reach a cycle, then walk one. */
    private LivenessResult drainEnds(int[] revStart, int[] rev) {
        LivenessProperty p = LivenessProperty.DRAIN_ENDS;
        boolean[] inLogoff = new boolean[n];
        int subjects = 0;
        for (int i = 0; i < n; i++) {
            StoreState s = codec.state(graph.code(i));
            inLogoff[i] = s == StoreState.DRAINING || s == StoreState.IDLE;
            if (inLogoff[i]) subjects++;
        }
        // outDegree within the subgraph; states whose count drops to 0 cannot reach a cycle.
        int[] outDegree = new int[n];
        int[] queue = new int[n];
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (!inLogoff[i]) continue;
            for (int e = graph.edgesFrom(i); e < graph.edgesTo(i); e++) {
                if (inLogoff[graph.edge(e)]) outDegree[i]++;
            }
            if (outDegree[i] == 0) queue[tail++] = i;
        }
        for (int head = 0; head < tail; head++) {
            int v = queue[head];
            for (int e = revStart[v]; e < revStart[v + 1]; e++) {
                int u = rev[e];
                if (inLogoff[u] && --outDegree[u] == 0) queue[tail++] = u;
            }
        }
        for (int i = 0; i < n; i++) {
            if (inLogoff[i] && outDegree[i] > 0) return violation(p, cycleFrom(i, inLogoff, outDegree), subjects);
        }
        return LivenessResult.holds(p, subjects);
    }

    /** A cycle among the states left after peeling, found by walking from {@code start}; lowest index first. */
    private int[] cycleFrom(int start, boolean[] inLogoff, int[] outDegree) {
        int[] position = new int[n];
        Arrays.fill(position, -1);
        List<Integer> path = new ArrayList<>();
        int current = start;
        while (position[current] < 0) {
            position[current] = path.size();
            path.add(current);
            int next = -1;
            for (int e = graph.edgesFrom(current); e < graph.edgesTo(current); e++) {
                int t = graph.edge(e);
                if (inLogoff[t] && outDegree[t] > 0) {
                    next = t;
                    break;
                }
            }
            current = next;
        }
        List<Integer> cycle = path.subList(position[current], path.size());
        int lowest = cycle.indexOf(cycle.stream().min(Integer::compare).orElseThrow());
        int[] rotated = new int[cycle.size()];
        for (int k = 0; k < rotated.length; k++) rotated[k] = cycle.get((lowest + k) % rotated.length);
        return rotated;
    }

    private LivenessResult violation(LivenessProperty p, int[] cycle, int subjects) {
        List<Step> steps = new ArrayList<>(traces.to(cycle[0]));
        Traces.Lasso lasso = traces.around(cycle);
        int loopStart = steps.size() + lasso.loopStart();
        steps.addAll(lasso.steps());
        StringBuilder states = new StringBuilder();
        for (World w : lasso.loop()) states.append("\n  ").append(w);
        String message = "a cycle of " + lasso.loop().size() + " DRAINING/IDLE states never releases the store:" + states;
        return LivenessResult.violated(p, traces.counterexample(steps, p.id, p.clauses(), message, loopStart), subjects);
    }

    private LivenessResult violation(LivenessProperty p, int state, String message, int subjects) {
        return LivenessResult.violated(p, traces.counterexample(traces.to(state), p.id, p.clauses(), message, -1), subjects);
    }

    /** The edges reversed, as CSR: predecessors of {@code v} are {@code rev[revStart[v] .. revStart[v+1])}. */
    private int[] reverseEdges(int[] revStart) {
        int edgeCount = graph.edgeCount();
        for (int e = 0; e < edgeCount; e++) revStart[graph.edge(e)]++;
        for (int v = 1; v <= n; v++) revStart[v] += revStart[v - 1];
        // revStart[v] is now the end of v's range; placing backwards leaves it at the start.
        int[] rev = new int[edgeCount];
        for (int u = 0; u < n; u++) {
            for (int e = graph.edgesFrom(u); e < graph.edgesTo(u); e++) rev[--revStart[graph.edge(e)]] = u;
        }
        return rev;
    }
}
