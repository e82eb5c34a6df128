package storelogoff.verify.explore;

import java.util.Arrays;

import storelogoff.model.World;

/**
 * The explored states in breadth-first order, on primitive arrays. State {@code i} is stored as
 * its packed code, the index of the state it was first reached from and the alphabet index of
 * that step: following parents back to state 0 gives a shortest trace. Optionally also the
 * world-changing edges, as a compressed adjacency list (CSR) for the liveness checks.
 *
 * <p>States are expanded in index order, so the edges of state {@code i} are written right after
 * those of {@code i - 1} and one offset per state suffices.
 */
final class StateGraph {
    private long[] codes = new long[1 << 12];
    /** The second word of each state with the wide layout; null with one word. */
    private long[] his;
    private int[] parents = new int[1 << 12];
    private byte[] via = new byte[1 << 12];
    private int size;

    private final boolean keepEdges;
    private int[] edgeStart;
    private int[] edges;
    private int edgeCount;

    StateGraph(boolean keepEdges) {
        this(keepEdges, false);
    }

    /** With {@code wide}, two words per state ({@link StateCodec#wide()}). */
    StateGraph(boolean keepEdges, boolean wide) {
        this.keepEdges = keepEdges;
        if (wide) his = new long[codes.length];
        if (keepEdges) {
            edgeStart = new int[1 << 12];
            edges = new int[1 << 14];
        }
    }

    int size() {
        return size;
    }

    long code(int i) {
        return codes[i];
    }

    /** The second word of state {@code i} with the wide layout; its code again with one word, as {@link StateCodec#decode(long, long, World)} takes it. */
    long hi(int i) {
        return his == null ? codes[i] : his[i];
    }

    int parent(int i) {
        return parents[i];
    }

    /** The alphabet index of the step that first reached state {@code i}; -1 for the initial state. */
    int via(int i) {
        return i == 0 ? -1 : via[i] & 0xFF;
    }

    /** Appends a state of the one-word layout; returns its index. */
    int add(long code, int parent, int step) {
        return add(code, code, parent, step);
    }

    /** Appends a state, {@code hi} its second word (ignored with one word); returns its index. */
    int add(long code, long hi, int parent, int step) {
        if (size == codes.length) {
            int n = grownLength(size);
            codes = Arrays.copyOf(codes, n);
            if (his != null) his = Arrays.copyOf(his, n);
            parents = Arrays.copyOf(parents, n);
            via = Arrays.copyOf(via, n);
        }
        codes[size] = code;
        if (his != null) his[size] = hi;
        parents[size] = parent;
        via[size] = (byte) step;
        return size++;
    }

    /** The alphabet indexes of a shortest trace from the initial state to state {@code i}. */
    int[] trace(int i) {
        int depth = depth(i);
        int[] steps = new int[depth];
        for (int s = i, k = depth - 1; s != 0; s = parents[s], k--) steps[k] = via(s);
        return steps;
    }

    int depth(int i) {
        int d = 0;
        for (int s = i; s != 0; s = parents[s]) d++;
        return d;
    }

    // --- Edges (only when kept) ---

    /** Two words per state. */
    boolean wide() {
        return his != null;
    }

    boolean keepsEdges() {
        return keepEdges;
    }

    /** Starts the edges of state {@code i}; states must be started in index order. */
    void startEdges(int i) {
        if (!keepEdges) return;
        if (i + 1 >= edgeStart.length) edgeStart = Arrays.copyOf(edgeStart, grownLength(i + 1));
        edgeStart[i] = edgeCount;
        edgeStart[i + 1] = edgeCount;
    }

    /** Adds the edge {@code from -> to} of the state being expanded; the caller adds each target once. */
    void addEdge(int from, int to) {
        if (!keepEdges) return;
        if (edgeCount == edges.length) {
            if (edgeCount >= Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("more than 2^31 edges; run without liveness for these bounds");
            }
            edges = Arrays.copyOf(edges, grownLength(edges.length));
        }
        edges[edgeCount++] = to;
        edgeStart[from + 1] = edgeCount;
    }

    int edgeCount() {
        return edgeCount;
    }

    int edgesFrom(int i) {
        return edgeStart[i];
    }

    int edgesTo(int i) {
        return edgeStart[i + 1];
    }

    int edge(int e) {
        return edges[e];
    }

    /** Bytes held by the arrays, for the memory report. */
    long bytes() {
        long b = (long) codes.length * Long.BYTES * (his == null ? 1 : 2) + (long) parents.length * Integer.BYTES + via.length;
        if (keepEdges) b += (long) edgeStart.length * Integer.BYTES + (long) edges.length * Integer.BYTES;
        return b;
    }

    private static int grownLength(int length) {
        long n = Math.max(16L, (long) length + (length >> 1));
        return (int) Math.min(n, Integer.MAX_VALUE - 16);
    }
}
