package storelogoff.verify.explore;

import storelogoff.model.WorldField;

/**
 * Client symmetry (decision 0025): the table treats every client alike, so two worlds that
 * differ only by which client holds which references behave alike, and the search keeps one of
 * them. The canonical form of a packed state has the per-client reference counts sorted,
 * largest first; every other field is left as it is, since none belongs to a client. The
 * initial world (client 1 holds the one reference) is its own canonical form.
 *
 * <p>The explorer stores the canonical form only as the key of its state table: the state it
 * keeps and expands is the first concrete world reached in that class, so traces, counterexamples
 * and the order of the search are those of the search without symmetry.
 */
final class Symmetry {
    /** Canonical reference fields are looked up in a table when it has at most this many entries. */
    private static final int TABLE_BITS = 16;

    private final int clients;
    private final int shift;
    private final int width;
    private final long slotMask;
    private final long fieldMask;
    /** The canonical reference field of each reference field, when {@code clients * width <= TABLE_BITS}; else null. */
    private final int[] table;

    Symmetry(StateCodec codec) {
        this.clients = codec.clients();
        this.shift = codec.shift(WorldField.REFS);
        this.width = codec.width(WorldField.REFS);
        this.slotMask = (1L << width) - 1;
        int bits = clients * width;
        this.fieldMask = bits == 64 ? -1L : ((1L << bits) - 1) << shift;
        if (bits <= TABLE_BITS) {
            table = new int[1 << bits];
            for (int r = 0; r < table.length; r++) table[r] = (int) sorted(r);
        } else {
            table = null;
        }
    }

    /** The canonical form of {@code code}: its reference counts sorted, largest first (client 1). */
    long canonical(long code) {
        long refs = (code & fieldMask) >>> shift;
        long sorted = table != null ? table[(int) refs] : sorted(refs);
        return (code & ~fieldMask) | (sorted << shift);
    }

    /** The reference field {@code refs} (slot 0 in the lowest bits) sorted, largest in slot 0: an insertion sort in place. */
    private long sorted(long refs) {
        long r = refs;
        for (int i = 1; i < clients; i++) {
            long v = slot(r, i);
            int j = i;
            while (j > 0 && slot(r, j - 1) < v) {
                r = withSlot(r, j, slot(r, j - 1));
                j--;
            }
            r = withSlot(r, j, v);
        }
        return r;
    }

    private long slot(long r, int i) {
        return (r >>> (i * width)) & slotMask;
    }

    private long withSlot(long r, int i, long v) {
        int at = i * width;
        return (r & ~(slotMask << at)) | (v << at);
    }
}
