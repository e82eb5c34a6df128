package storelogoff.verify;

import java.util.Arrays;

import storelogoff.model.Model;

/**
 * The decisions ({@link Model#decision}) on which the Spring machine has already been compared
 * with the direct engine in one run: Spring decides from the decision alone, so comparing it
 * again on an equal one checks nothing new. Asked on every explored transition and walk step,
 * so kept in an open-addressing table of longs (no boxing); a run meets a few hundred at most.
 */
public final class Decisions {
    /** The empty slot: no decision is negative but {@link Model#NO_DECISION}, which is never kept. */
    private static final long EMPTY = -1;

    private long[] slots = empty(64);
    private int size;

    /**
     * Whether {@code decision} is met for the first time, recording it. {@link Model#NO_DECISION}
     * is always new: it stands for no decision in particular.
     */
    public boolean first(long decision) {
        if (decision < 0) return true;
        int mask = slots.length - 1;
        int i = slot(decision, mask);
        while (slots[i] != EMPTY) {
            if (slots[i] == decision) return false;
            i = (i + 1) & mask;
        }
        slots[i] = decision;
        if (++size * 2 > slots.length) grow();
        return true;
    }

    /** Distinct decisions met. */
    public int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = empty(old.length * 2);
        int mask = slots.length - 1;
        for (long d : old) {
            if (d == EMPTY) continue;
            int i = slot(d, mask);
            while (slots[i] != EMPTY) i = (i + 1) & mask;
            slots[i] = d;
        }
    }

    private static int slot(long d, int mask) {
        long h = d * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private static long[] empty(int n) {
        long[] a = new long[n];
        Arrays.fill(a, EMPTY);
        return a;
    }
}
