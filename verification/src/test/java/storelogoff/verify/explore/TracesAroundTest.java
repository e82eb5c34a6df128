package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.verify.Alphabet;
import storelogoff.verify.Bounds;

/**
 * The steps around a cycle of the graph ({@link Traces#around}), for every cycle of one or two
 * states of a small graph (a state with an edge to itself: a step to another client's copy of its world), with and without symmetry, in either layout: from the first state's
 * world, each step is the first in alphabet order that changes the world into the next state (or,
 * with symmetry, one of its class), and the steps repeat from the loop's start, which they come
 * back to. Without symmetry one round closes the loop.
 */
class TracesAroundTest {
    private static final Bounds B = new Bounds(2, 1, 1, 1, true);

    @Test
    void theStepsGoAroundEachShortCycle() {
        Model model = new Model(Reading.DEFAULT);
        Step[] alphabet = Alphabet.steps(B.clients()).toArray(new Step[0]);
        for (boolean symmetry : new boolean[] {false, true}) {
            for (boolean wide : new boolean[] {false, true}) {
                Explorer.Explored e = new Explorer(model, B).liveness(true).crossCheck(CrossCheck.none()).threads(1)
                        .symmetry(symmetry).wideLayout(wide).explore();
                StateGraph g = e.graph();
                Traces traces = new Traces(model, B, e.codec(), symmetry ? new Symmetry(e.codec()) : null, g, alphabet);
                List<int[]> cycles = new ArrayList<>();
                for (int i = 0; i < g.size(); i++) {
                    for (int k = g.edgesFrom(i); k < g.edgesTo(i); k++) {
                        int j = g.edge(k);
                        if (j == i) cycles.add(new int[] {i});
                        else if (j > i && hasEdge(g, j, i)) cycles.add(new int[] {i, j});
                    }
                }
                String as = "symmetry " + symmetry + ", wide " + wide;
                assertThat(cycles.stream().filter(c -> c.length == 2)).as("two-state cycles, %s", as).isNotEmpty();
                int rounds = 0;
                for (int[] cycle : cycles) rounds += checkLasso(model, alphabet, e, traces, cycle, symmetry, as);
                if (symmetry) assertThat(rounds).as("lassos of more than one round, %s", as).isGreaterThan(cycles.size());
            }
        }
    }

    /** Checks the lasso around {@code cycle}; returns its rounds. */
    private static int checkLasso(Model model, Step[] alphabet, Explorer.Explored e, Traces traces, int[] cycle,
                                  boolean symmetry, String as) {
        Traces.Lasso lasso = traces.around(cycle);
        String what = Arrays.toString(cycle) + ", " + as;
        World w = world(e, cycle[0]);
        List<World> before = new ArrayList<>();
        for (int k = 0; k < lasso.steps().size(); k++) {
            before.add(w.copy());
            World target = world(e, cycle[(k + 1) % cycle.length]);
            Step step = lasso.steps().get(k);
            for (Step s : alphabet) {
                if (s == step) break;
                if (!B.allows(w, s)) continue;
                World next = w.copy();
                model.step(next, s, new Observation());
                assertThat(!next.equals(w) && same(next, target, symmetry)).as("an earlier step %s, %s", s, what).isFalse();
            }
            assertThat(B.allows(w, step)).as("step %d allowed, %s", k, what).isTrue();
            model.step(w, step, new Observation());
            assertThat(same(w, target, symmetry)).as("step %d reaches state %s, %s", k, cycle[(k + 1) % cycle.length], what)
                    .isTrue();
        }
        assertThat(lasso.steps().size() % cycle.length).as("whole rounds, %s", what).isZero();
        assertThat(w).as("back at the loop's start, %s", what).isEqualTo(before.get(lasso.loopStart()));
        assertThat(lasso.loop()).as("the loop's worlds, %s", what).isEqualTo(before.subList(lasso.loopStart(), before.size()));
        if (!symmetry) {
            assertThat(lasso.loopStart()).isZero();
            assertThat(lasso.steps()).hasSize(cycle.length);
        }
        return lasso.steps().size() / cycle.length;
    }

    private static World world(Explorer.Explored e, int state) {
        return e.codec().decode(e.graph().code(state), e.graph().hi(state));
    }

    private static boolean hasEdge(StateGraph g, int from, int to) {
        for (int k = g.edgesFrom(from); k < g.edgesTo(from); k++) if (g.edge(k) == to) return true;
        return false;
    }

    /** The same world, or with symmetry the same references in any client order and all else equal. */
    private static boolean same(World a, World b, boolean symmetry) {
        if (!symmetry) return a.equals(b);
        return sorted(a).equals(sorted(b));
    }

    private static World sorted(World w) {
        World c = w.copy();
        int[] refs = w.refs.clone();
        Arrays.sort(refs);
        for (int k = 0; k < refs.length; k++) c.refs[k] = refs[refs.length - 1 - k];
        return c;
    }
}
