package storelogoff.verify.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.verify.Bounds;

/** Turns state indexes of an explored graph back into steps and worlds, for counterexamples. */
final class Traces {
    private final Model model;
    private final Bounds bounds;
    private final StateCodec codec;
    private final StateGraph graph;
    private final Step[] alphabet;
    /** The classes the graph's states stand for; null without symmetry. */
    private final Symmetry symmetry;

    Traces(Model model, Bounds bounds, StateCodec codec, Symmetry symmetry, StateGraph graph, Step[] alphabet) {
        this.model = model;
        this.bounds = bounds;
        this.codec = codec;
        this.symmetry = symmetry;
        this.graph = graph;
        this.alphabet = alphabet;
    }

    /** A shortest trace from the initial state to {@code state}. */
    List<Step> to(int state) {
        List<Step> steps = new ArrayList<>();
        for (int s : graph.trace(state)) steps.add(alphabet[s]);
        return steps;
    }

    World world(int state) {
        return codec.decode(graph.code(state), graph.hi(state));
    }

    /** A run around a cycle of the graph, from the concrete world of its first state: the steps, and where they start to repeat. */
    record Lasso(List<Step> steps, int loopStart, List<World> loop) {}

    /**
     * The steps that go around {@code cycle} (states each with an edge to the next, the last to the
     * first) from the world of {@code cycle[0]}, each the first in alphabet order that changes the
     * world into the next state. Without symmetry one round comes back to that world. With it an
     * edge reaches the next state's class, maybe another client's copy of it: the rounds go on
     * from the world reached until a round starts from a world met before, and the steps repeat
     * from there (a symmetric class has finitely many worlds).
     */
    Lasso around(int[] cycle) {
        List<Step> steps = new ArrayList<>();
        List<World> worlds = new ArrayList<>();
        Map<World, Integer> roundStarts = new HashMap<>();
        World current = world(cycle[0]);
        Observation o = new Observation();
        while (true) {
            Integer seen = roundStarts.putIfAbsent(current.copy(), steps.size());
            if (seen != null) return new Lasso(steps, seen, List.copyOf(worlds.subList(seen, worlds.size())));
            for (int k = 0; k < cycle.length; k++) {
                worlds.add(current.copy());
                int target = cycle[(k + 1) % cycle.length];
                World after = null;
                for (Step s : alphabet) {
                    if (!bounds.allows(current, s)) continue;
                    World next = current.copy();
                    model.step(next, s, o);
                    if (!next.equals(current) && sameClass(next, target)) {
                        steps.add(s);
                        after = next;
                        break;
                    }
                }
                if (after == null) {
                    throw new IllegalStateException("no step leads from state " + cycle[k] + " to state " + cycle[(k + 1) % cycle.length]);
                }
                current = after;
            }
        }
    }

    /** Whether {@code w} is state {@code i}'s world, or with symmetry one of its class. */
    private boolean sameClass(World w, int i) {
        long lo = codec.encode(w), hi = codec.wide() ? codec.refsWord(w) : lo;
        long keyLo = graph.code(i), keyHi = graph.hi(i);
        if (symmetry != null && codec.wide()) {
            hi = symmetry.canonical(hi);
            keyHi = symmetry.canonical(keyHi);
        } else if (symmetry != null) {
            lo = symmetry.canonical(lo);
            keyLo = symmetry.canonical(keyLo);
        }
        return lo == keyLo && (!codec.wide() || hi == keyHi);
    }

    Counterexample counterexample(List<Step> steps, String property, List<String> clauses, String message,
                                  int loopStart) {
        return new Counterexample(model.reading(), bounds, steps, property, clauses, message, loopStart);
    }
}
