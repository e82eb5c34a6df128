package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The explored states and edges on primitive arrays: every state's code, second word, parent and
 * step kept across growth, shortest traces by parents, edges per state in CSR form, and the bytes
 * the arrays hold.
 */
class StateGraphTest {
    /** The arrays start at 4,096 states and 16,384 edges and grow by half. */
    private static final int STATES = 1 << 12, EDGES = 1 << 14;

    @Test
    void keepsEveryStateAcrossGrowth() {
        StateGraph graph = new StateGraph(false, true);
        assertThat(graph.wide()).isTrue();
        assertThat(graph.keepsEdges()).isFalse();
        int n = STATES + STATES / 2 + 1; // past the first growth and into the second
        for (int i = 0; i < n; i++) {
            assertThat(graph.add(1000L + i, -i, i == 0 ? 0 : (i - 1) / 2, i % 256)).isEqualTo(i);
        }
        assertThat(graph.size()).isEqualTo(n);
        for (int i = 0; i < n; i++) {
            if (graph.code(i) != 1000L + i || graph.hi(i) != -i || graph.parent(i) != (i == 0 ? 0 : (i - 1) / 2)
                    || graph.via(i) != (i == 0 ? -1 : i % 256)) {
                assertThat(new long[] {graph.code(i), graph.hi(i), graph.parent(i), graph.via(i)}).as("state %d", i)
                        .containsExactly(1000L + i, -i, i == 0 ? 0 : (i - 1) / 2, i == 0 ? -1 : i % 256);
            }
        }
        // 6,144 states after one growth, 9,216 after the second: two longs, an int and a byte each.
        assertThat(graph.bytes()).isEqualTo(9216L * (8 + 8 + 4 + 1));
    }

    @Test
    void oneWordStatesGiveTheirCodeAsSecondWord() {
        StateGraph graph = new StateGraph(false);
        assertThat(graph.wide()).isFalse();
        graph.add(7, 0, 0);
        graph.add(9, 123, 0, 255);
        assertThat(graph.hi(0)).isEqualTo(7);
        assertThat(graph.hi(1)).as("the second word is ignored with one word").isEqualTo(9);
        assertThat(graph.via(1)).as("alphabet indexes up to 255 fit the byte").isEqualTo(255);
        assertThat(graph.via(0)).isEqualTo(-1);
        assertThat(graph.bytes()).isEqualTo(STATES * (8L + 4 + 1));
        // Without kept edges the edge calls do nothing.
        graph.startEdges(0);
        graph.addEdge(0, 1);
        assertThat(graph.edgeCount()).isZero();
    }

    /** A shortest trace follows the parents back to state 0: the steps in order from the start. */
    @Test
    void tracesFollowTheParents() {
        StateGraph graph = new StateGraph(false);
        graph.add(0, 0, 0);       // 0
        graph.add(1, 0, 3);       // 1 <- 0 by 3
        graph.add(2, 0, 4);       // 2 <- 0 by 4
        graph.add(3, 2, 200);     // 3 <- 2 by 200
        graph.add(4, 3, 1);       // 4 <- 3 by 1
        assertThat(graph.depth(0)).isZero();
        assertThat(graph.trace(0)).isEmpty();
        assertThat(graph.depth(1)).isEqualTo(1);
        assertThat(graph.trace(1)).containsExactly(3);
        assertThat(graph.depth(4)).isEqualTo(3);
        assertThat(graph.trace(4)).containsExactly(4, 200, 1);
    }

    /** Edges of each state in order, past the first sizes of both arrays; states without edges have an empty range. */
    @Test
    void keepsEdgesPerStateAcrossGrowth() {
        StateGraph graph = new StateGraph(true);
        assertThat(graph.keepsEdges()).isTrue();
        assertThat(graph.bytes()).isEqualTo(STATES * (8L + 4 + 1) + STATES * 4L + EDGES * 4L);
        int n = STATES + 10;
        for (int i = 0; i < n; i++) graph.add(i, Math.max(0, i - 1), 0);
        int edges = 0;
        for (int i = 0; i < n; i++) {
            graph.startEdges(i);
            int degree = i % 11; // 0..10: some states without edges
            for (int d = 0; d < degree; d++) {
                graph.addEdge(i, (i + d + 1) % n);
                edges++;
            }
        }
        assertThat(edges).isGreaterThan(EDGES);
        assertThat(graph.edgeCount()).isEqualTo(edges);
        int e = 0;
        for (int i = 0; i < n; i++) {
            int degree = i % 11;
            if (graph.edgesFrom(i) != e || graph.edgesTo(i) != e + degree) {
                assertThat(new int[] {graph.edgesFrom(i), graph.edgesTo(i)}).as("edges of %d", i).containsExactly(e, e + degree);
            }
            for (int d = 0; d < degree; d++, e++) {
                if (graph.edge(e) != (i + d + 1) % n) assertThat(graph.edge(e)).as("edge %d of %d", d, i).isEqualTo((i + d + 1) % n);
            }
        }
        // States grew once (6,144); edge starts grew once (to 6,144 when state 4,095 started); edges once (24,576).
        assertThat(graph.bytes()).isEqualTo(6144L * (8 + 4 + 1) + 6144L * 4 + 24576L * 4);
    }

    /** The last state started has an empty range until its first edge. */
    @Test
    void aStartedStateHasNoEdgesYet() {
        StateGraph graph = new StateGraph(true);
        graph.add(0, 0, 0);
        graph.add(1, 0, 0);
        graph.startEdges(0);
        graph.addEdge(0, 1);
        graph.startEdges(1);
        assertThat(graph.edgesFrom(1)).isEqualTo(1);
        assertThat(graph.edgesTo(1)).isEqualTo(1);
        graph.addEdge(1, 0);
        assertThat(graph.edgesTo(1)).isEqualTo(2);
        assertThat(graph.edge(1)).isZero();
    }
}
