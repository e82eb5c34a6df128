package storelogoff.verify.explore;

import java.util.ArrayList;
import java.util.List;

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

    Traces(Model model, Bounds bounds, StateCodec codec, StateGraph graph, Step[] alphabet) {
        this.model = model;
        this.bounds = bounds;
        this.codec = codec;
        this.graph = graph;
        this.alphabet = alphabet;
    }

    Step step(int alphabetIndex) {
        return alphabet[alphabetIndex];
    }

    /** A shortest trace from the initial state to {@code state}. */
    List<Step> to(int state) {
        List<Step> steps = new ArrayList<>();
        for (int s : graph.trace(state)) steps.add(alphabet[s]);
        return steps;
    }

    World world(int state) {
        return codec.decode(graph.code(state));
    }

    /** The first step in alphabet order that leads from {@code from} to {@code to}. */
    Step stepBetween(int from, int to) {
        World before = world(from);
        World after = before.copy();
        Observation o = new Observation();
        long target = graph.code(to);
        for (Step s : alphabet) {
            if (!bounds.allows(before, s)) continue;
            after.copyFrom(before);
            model.step(after, s, o);
            if (codec.encode(after) == target) return s;
        }
        throw new IllegalStateException("no step leads from state " + from + " to state " + to);
    }

    Counterexample counterexample(List<Step> steps, String property, List<String> clauses, String message,
                                  int loopStart) {
        return new Counterexample(model.reading(), bounds, steps, property, clauses, message, loopStart);
    }
}
