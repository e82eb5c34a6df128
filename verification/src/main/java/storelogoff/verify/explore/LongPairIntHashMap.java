package storelogoff.verify.explore;

/**
 * {@link LongIntHashMap} for states of the wide layout: keys of two longs, values their index.
 * One primitive array, three longs a slot (first word, second word, value + 1), linear probing,
 * capacity a power of two, at most half full; a zero value half marks an empty slot.
 */
final class LongPairIntHashMap {
    private static final int MAX_SLOTS = 1 << 28;

    /** The most slots the table may grow to: {@code MAX_SLOTS}, less in tests that fill it. */
    private final int maxSlots;
    private long[] table;
    private int mask;
    private int size;

    /** A map sized for about {@code expected} keys before it grows. */
    LongPairIntHashMap(int expected) {
        this(expected, MAX_SLOTS);
    }

    /** A map sized for about {@code expected} keys that refuses to grow past {@code maxSlots} slots (a power of two). */
    LongPairIntHashMap(int expected, int maxSlots) {
        this.maxSlots = maxSlots;
        long wanted = Math.max(16L, 2L * expected);
        allocate((int) Math.min(maxSlots, Long.highestOneBit(wanted - 1) << 1));
    }

    private void allocate(int slots) {
        table = new long[3 * slots];
        mask = slots - 1;
    }

    int size() {
        return size;
    }

    /** The value of {@code (lo, hi)}, or -1 when absent. */
    int get(long lo, long hi) {
        for (int i = slot(lo, hi); ; i = (i + 1) & mask) {
            long v = table[3 * i + 2];
            if (v == 0) return -1;
            if (table[3 * i] == lo && table[3 * i + 1] == hi) return (int) (v - 1);
        }
    }

    /** Puts {@code (lo, hi) -> value} unless present; returns the value already there, or -1 when added. */
    int putIfAbsent(long lo, long hi, int value) {
        if (value < 0) throw new IllegalArgumentException("values must be non-negative, was " + value);
        for (int i = slot(lo, hi); ; i = (i + 1) & mask) {
            long v = table[3 * i + 2];
            if (v == 0) {
                table[3 * i] = lo;
                table[3 * i + 1] = hi;
                table[3 * i + 2] = value + 1L;
                if (++size > (mask + 1) >>> 1) grow();
                return -1;
            }
            if (table[3 * i] == lo && table[3 * i + 1] == hi) return (int) (v - 1);
        }
    }

    /** Reads the home slot of {@code (lo, hi)}: a prefetch, as {@link LongIntHashMap#touch(long)}. */
    long touch(long lo, long hi) {
        return table[3 * slot(lo, hi) + 2];
    }

    long bytes() {
        return (long) table.length * Long.BYTES;
    }

    private int slot(long lo, long hi) {
        long h = lo ^ (hi * 0x9e3779b97f4a7c15L);
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return (int) h & mask;
    }

    private void grow() {
        int slots = (mask + 1) << 1;
        if (slots > maxSlots) throw new IllegalStateException("state table is full: " + size + " states");
        long[] old = table;
        allocate(slots);
        for (int j = 0; j < old.length; j += 3) {
            if (old[j + 2] == 0) continue;
            int i = slot(old[j], old[j + 1]);
            while (table[3 * i + 2] != 0) i = (i + 1) & mask;
            table[3 * i] = old[j];
            table[3 * i + 1] = old[j + 1];
            table[3 * i + 2] = old[j + 2];
        }
    }
}
