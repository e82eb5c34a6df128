package storelogoff.verify;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Step;
import storelogoff.model.World;

/**
 * The state space walked the plainest way, for tests that need an oracle or every transition:
 * World objects in a HashSet, a fresh copy and observation per step, breadth first, no packing,
 * no threads. It shares with the explorer only the model's direct engine, the alphabet and the
 * bounds, which are what the state space is defined by.
 */
public final class PlainSearch {
    /** Told of every transition the bounds allow, in breadth-first order. */
    @FunctionalInterface
    public interface Visitor {
        /** {@code firstReached}: no earlier transition reached {@code after}, so its shortest path ends here. */
        void transition(World before, Step step, World after, Observation observed, boolean firstReached);
    }

    private PlainSearch() {}

    /** Visits every transition within {@code bounds} and returns every world reached. */
    public static Set<World> visit(Model model, Bounds bounds, Visitor visitor) {
        Set<World> seen = new HashSet<>();
        ArrayDeque<World> queue = new ArrayDeque<>();
        World initial = bounds.initialWorld();
        seen.add(initial);
        queue.add(initial);
        List<Step> alphabet = Alphabet.steps(bounds.clients());
        while (!queue.isEmpty()) {
            World w = queue.poll();
            for (Step s : alphabet) {
                if (!bounds.allows(w, s)) continue;
                World next = w.copy();
                Observation o = new Observation();
                model.step(next, s, o);
                boolean first = seen.add(next);
                if (first) queue.add(next);
                visitor.transition(w, s, next, o, first);
            }
        }
        return seen;
    }
}
