package storelogoff.verify.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Step;
import storelogoff.model.Transition;
import storelogoff.model.World;
import storelogoff.verify.Alphabet;
import storelogoff.verify.Bounds;
import storelogoff.verify.Invariant;

/**
 * Shortest runs that fire each row of the transition table, and each pair of rows fired one
 * right after the other, using only some of the steps (those an implementation under test can
 * make): the breadth-first state graph of the model within bounds over that part of the
 * {@link Alphabet}, then, state by state in breadth-first order, the rows each step fires. A run
 * found first is as short as any. Rows that no allowed step reaches are listed by name.
 */
public final class RowCover {
    /** A run of steps from the initial world that ends by firing {@code rows}, the last one or two steps' rows. */
    public record Run(List<String> rows, List<Step> steps) {
        public Run {
            rows = List.copyOf(rows);
            steps = List.copyOf(steps);
        }

        /** {@code Row} or {@code First -> Second}. */
        public String name() {
            return String.join(" -> ", rows);
        }
    }

    private final List<Run> rows;
    private final List<Run> pairs;
    private final List<String> unreachable;
    private final int states;

    private RowCover(List<Run> rows, List<Run> pairs, List<String> unreachable, int states) {
        this.rows = rows;
        this.pairs = pairs;
        this.unreachable = unreachable;
        this.states = states;
    }

    /** Explores {@code model} within {@code bounds} over the alphabet's steps that {@code allowed} accepts. */
    public static RowCover of(Model model, Bounds bounds, Predicate<Step> allowed) {
        StateCodec codec = new StateCodec(bounds);
        Step[] alphabet = Alphabet.steps(bounds.clients()).stream().filter(allowed).toArray(Step[]::new);
        StateGraph graph = new StateGraph(false);
        LongIntHashMap seen = new LongIntHashMap(1 << 10);
        Traces traces = new Traces(model, bounds, codec, null, graph, alphabet);
        Counterexample broken = new BreadthFirstSearch(model, bounds, codec, null, alphabet, new Invariant[0], graph, seen,
                traces, 1, null).run();
        if (broken != null) throw new IllegalStateException("the model is broken: " + broken);

        List<Transition> table = model.transitions();
        int n = graph.size();
        // Per state, the rows its steps fire: (step, row index, target state), in alphabet order.
        int[][] fires = new int[n][];
        World before = bounds.initialWorld();
        World after = bounds.initialWorld();
        Observation o = new Observation();
        int[] buffer = new int[alphabet.length * 3];
        for (int i = 0; i < n; i++) {
            codec.decode(graph.code(i), before);
            int k = 0;
            for (int s = 0; s < alphabet.length; s++) {
                if (!bounds.allows(before, alphabet[s])) continue;
                after.copyFrom(before);
                model.step(after, alphabet[s], o);
                if (o.fired == null) continue;
                int target = seen.get(codec.encode(after));
                if (target < 0) throw new IllegalStateException("state after " + alphabet[s] + " was not explored");
                buffer[k++] = s;
                buffer[k++] = table.indexOf(o.fired);
                buffer[k++] = target;
            }
            fires[i] = java.util.Arrays.copyOf(buffer, k);
        }

        Map<Integer, Run> byRow = new LinkedHashMap<>();
        Map<Long, Run> byPair = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            for (int e = 0; e < fires[i].length; e += 3) {
                int row = fires[i][e + 1];
                int target = fires[i][e + 2];
                if (!byRow.containsKey(row)) byRow.put(row, run(traces, i, List.of(alphabet[fires[i][e]]), table, row));
                int[] next = fires[target];
                for (int f = 0; f < next.length; f += 3) {
                    long pair = (long) row << 32 | next[f + 1];
                    if (!byPair.containsKey(pair)) {
                        byPair.put(pair, run(traces, i, List.of(alphabet[fires[i][e]], alphabet[next[f]]), table, row,
                                next[f + 1]));
                    }
                }
            }
        }
        List<Run> rows = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            if (byRow.containsKey(r)) rows.add(byRow.get(r));
            else unreachable.add(table.get(r).name());
        }
        List<Run> pairs = byPair.entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(Map.Entry::getValue).toList();
        return new RowCover(rows, pairs, unreachable, n);
    }

    private static Run run(Traces traces, int from, List<Step> last, List<Transition> table, int... rows) {
        List<Step> steps = new ArrayList<>(traces.to(from));
        steps.addAll(last);
        List<String> names = new ArrayList<>();
        for (int r : rows) names.add(table.get(r).name());
        return new Run(names, steps);
    }

    /** A shortest run firing each reachable row, in table order. */
    public List<Run> rows() {
        return rows;
    }

    /** A shortest run firing each pair of rows that can fire one right after the other, in table order. */
    public List<Run> pairs() {
        return pairs;
    }

    /** The rows no run of the allowed steps fires, in table order. */
    public List<String> unreachable() {
        return unreachable;
    }

    /** The states reachable with the allowed steps. */
    public int states() {
        return states;
    }
}
