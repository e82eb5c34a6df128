package storelogoff.verify.explore;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.verify.Alphabet;
import storelogoff.verify.Bounds;

/**
 * The state space searched the plainest way, as an oracle for the explorer: World objects in a
 * HashSet, edges as pairs of worlds, a fresh copy per step, no packing, no threads, no graph
 * arrays. It shares with the explorer only the model's direct engine, the alphabet and the
 * bounds, which are what the state space is defined by.
 */
final class ReferenceSearch {
    /** A world-changing step from one world to another. */
    record Edge(World from, World to) {}

    /** Every reachable world, every distinct edge, and the (world, step) pairs the bounds allow. */
    record Space(Set<World> worlds, Set<Edge> edges, long transitions) {}

    private ReferenceSearch() {}

    static Space search(Model model, Bounds bounds) {
        Set<World> seen = new HashSet<>();
        Set<Edge> edges = new HashSet<>();
        ArrayDeque<World> queue = new ArrayDeque<>();
        World initial = bounds.initialWorld();
        seen.add(initial);
        queue.add(initial);
        List<Step> alphabet = Alphabet.steps(bounds.clients());
        long transitions = 0;
        while (!queue.isEmpty()) {
            World w = queue.poll();
            for (Step s : alphabet) {
                if (!bounds.allows(w, s)) continue;
                transitions++;
                World next = w.copy();
                model.step(next, s, new Observation());
                if (next.equals(w)) continue;
                edges.add(new Edge(w, next));
                if (seen.add(next)) queue.add(next);
            }
        }
        return new Space(seen, edges, transitions);
    }

    /** The explorer's graph in the same terms: its states decoded, its edges as pairs of decoded worlds. */
    static Space of(Explorer.Explored explored) {
        StateGraph graph = explored.graph();
        StateCodec codec = explored.codec();
        Set<World> worlds = new HashSet<>();
        Set<Edge> edges = new HashSet<>();
        for (int i = 0; i < graph.size(); i++) {
            World from = codec.decode(graph.code(i));
            worlds.add(from);
            for (int e = graph.edgesFrom(i); e < graph.edgesTo(i); e++) {
                edges.add(new Edge(from, codec.decode(graph.code(graph.edge(e)))));
            }
        }
        return new Space(worlds, edges, explored.result().transitions());
    }
}
