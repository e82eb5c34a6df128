package storelogoff.verify.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.scenario.Observed;
import storelogoff.verify.Alphabet;
import storelogoff.verify.Bounds;

/**
 * Finds the shortest scenario that tells two readings apart: breadth-first search over pairs
 * of worlds, one per reading, both driven by the same steps. The first step whose
 * {@link Observed} fields differ ends the search, so the scenario found is as short as any.
 */
public final class ReadingDiff {

    private ReadingDiff() {}

    /** One visited pair: the worlds after the same steps under each reading. */
    private record Pair(World a, World b) {}

    private record Node(Pair worlds, Node parent, Step step) {
        List<Step> path() {
            List<Step> steps = new ArrayList<>();
            for (Node n = this; n.step != null; n = n.parent) steps.add(0, n.step);
            return steps;
        }
    }

    /** What a step shows, compared between the readings: any value with {@code equals}. */
    @FunctionalInterface
    public interface Projection {
        Object of(World before, Step step, World after, Observation o);
    }

    /** Everything a step shows: every {@link storelogoff.scenario.ObservedField}. */
    public static final Projection EVERYTHING = (before, step, after, o) -> Observed.of(step, o, before, after);

    /** Over every step of the {@link Alphabet}, comparing everything a step shows ({@link Observed}). */
    public static Comparison compare(Reading a, Reading b, Bounds bounds) {
        return compare(a, b, bounds, Alphabet.steps(bounds.clients()), EVERYTHING);
    }

    /**
     * Over the steps of {@code alphabet} only, comparing what {@code shows} projects of each step:
     * the shortest scenario an observer who can make only those steps and see only that can use
     * to tell the readings apart (the conformance kit's readings suite).
     */
    public static Comparison compare(Reading a, Reading b, Bounds bounds, List<Step> alphabet, Projection shows) {
        Model ma = new Model(a), mb = new Model(b);
        Node root = new Node(new Pair(bounds.initialWorld(), bounds.initialWorld()), null, null);
        Set<Pair> seen = new HashSet<>();
        seen.add(root.worlds);
        ArrayDeque<Node> queue = new ArrayDeque<>();
        queue.add(root);
        World wa = bounds.initialWorld(), wb = bounds.initialWorld();
        Observation oa = new Observation(), ob = new Observation();
        while (!queue.isEmpty()) {
            Node node = queue.poll();
            World before = node.worlds.a, beforeB = node.worlds.b;
            for (Step step : alphabet) {
                // Both worlds stay within bounds, so the scenario is one the bounds allow for each reading.
                if (!bounds.allows(before, step) || !bounds.allows(beforeB, step)) continue;
                wa.copyFrom(before);
                wb.copyFrom(beforeB);
                ma.step(wa, step, oa);
                mb.step(wb, step, ob);
                if (!shows.of(before, step, wa, oa).equals(shows.of(beforeB, step, wb, ob))) {
                    List<Step> steps = node.path();
                    steps.add(step);
                    return new Comparison(a, b, bounds, Optional.of(Distinction.replay(a, b, bounds, steps)), seen.size());
                }
                Pair next = new Pair(wa.copy(), wb.copy());
                if (seen.add(next)) queue.add(new Node(next, node, step));
            }
        }
        return new Comparison(a, b, bounds, Optional.empty(), seen.size());
    }

    /** Every unordered pair of distinct readings in {@code readings}, in list order. */
    public static List<Comparison> allPairs(List<Reading> readings, Bounds bounds) {
        List<Comparison> out = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            for (int j = i + 1; j < readings.size(); j++) out.add(compare(readings.get(i), readings.get(j), bounds));
        }
        return out;
    }
}
