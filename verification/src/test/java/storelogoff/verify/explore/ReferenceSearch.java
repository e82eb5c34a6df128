package storelogoff.verify.explore;

import java.util.HashSet;
import java.util.Set;

import storelogoff.model.Model;
import storelogoff.model.World;
import storelogoff.verify.Bounds;
import storelogoff.verify.PlainSearch;

/**
 * The state space searched the plainest way ({@link PlainSearch}), as an oracle for the
 * explorer: edges as pairs of worlds, no packing, no graph arrays.
 */
final class ReferenceSearch {
    /** A world-changing step from one world to another. */
    record Edge(World from, World to) {}

    /** Every reachable world, every distinct edge, and the (world, step) pairs the bounds allow. */
    record Space(Set<World> worlds, Set<Edge> edges, long transitions) {}

    private ReferenceSearch() {}

    static Space search(Model model, Bounds bounds) {
        Set<Edge> edges = new HashSet<>();
        long[] transitions = {0};
        Set<World> worlds = PlainSearch.visit(model, bounds, (before, step, after, observed, first) -> {
            transitions[0]++;
            if (!after.equals(before)) edges.add(new Edge(before, after));
        });
        return new Space(worlds, edges, transitions[0]);
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
