package storelogoff.verify.explore;

/**
 * An open-addressing map from packed states to their index, on one primitive array: no boxing
 * and no allocation per lookup, which is what keeps the explorer fast. Linear probing, capacity
 * a power of two, at most half full. Values must be non-negative.
 *
 * <p>Key and value sit side by side ({@code table[2i]}, {@code table[2i+1]}) so that a probe
 * touches one cache line. Every {@code long} is a valid key (a state may pack to 0), so an
 * empty slot is marked by a zero in the value half, which holds {@code value + 1}.
 */
public final class LongIntHashMap {
    private static final int MAX_SLOTS = 1 << 29;

    /** The most slots the table may grow to: {@code MAX_SLOTS}, less in tests that fill it. */
    private final int maxSlots;
    private long[] table;
    private int mask;
    private int size;

    public LongIntHashMap() {
        this(1 << 10);
    }

    /** A map sized for about {@code expected} keys before it grows. */
    public LongIntHashMap(int expected) {
        this(expected, MAX_SLOTS);
    }

    /** A map sized for about {@code expected} keys that refuses to grow past {@code maxSlots} slots (a power of two). */
    LongIntHashMap(int expected, int maxSlots) {
        this.maxSlots = maxSlots;
        long wanted = Math.max(16L, 2L * expected);
        allocate((int) Math.min(maxSlots, Long.highestOneBit(wanted - 1) << 1));
    }

    private void allocate(int slots) {
        table = new long[2 * slots];
        mask = slots - 1;
    }

    public int size() {
        return size;
    }

    /** The value of {@code key}, or -1 when absent. */
    public int get(long key) {
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long v = table[2 * i + 1];
            if (v == 0) return -1;
            if (table[2 * i] == key) return (int) (v - 1);
        }
    }

    /**
     * Puts {@code key -> value} unless {@code key} is present. Returns the value already there,
     * or -1 when {@code key} was added: lookup and insertion in one probe sequence.
     */
    public int putIfAbsent(long key, int value) {
        if (value < 0) throw new IllegalArgumentException("values must be non-negative, was " + value);
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long v = table[2 * i + 1];
            if (v == 0) {
                table[2 * i] = key;
                table[2 * i + 1] = value + 1L;
                if (++size > (mask + 1) >>> 1) grow();
                return -1;
            }
            if (table[2 * i] == key) return (int) (v - 1);
        }
    }

    /**
     * Reads the home slot of each of the first {@code n} keys and returns a meaningless sum.
     * The reads do not depend on each other, so the processor fetches their cache lines in
     * parallel; the {@link #putIfAbsent} calls that follow then hit the cache (a software prefetch).
     */
    public long touch(long[] keys, int n) {
        long sum = 0;
        for (int j = 0; j < n; j++) sum += table[2 * slot(keys[j]) + 1];
        return sum;
    }

    /** Reads the home slot of {@code key}: a prefetch, as {@link #touch(long[], int)}. */
    public long touch(long key) {
        return table[2 * slot(key) + 1];
    }

    /** Bytes held by the table. */
    public long bytes() {
        return (long) table.length * Long.BYTES;
    }

    private int slot(long key) {
        // A 64-bit mix (Stafford variant 13): packed states differ in a few bits only.
        long h = key;
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
        for (int j = 0; j < old.length; j += 2) {
            if (old[j + 1] == 0) continue;
            int i = slot(old[j]);
            while (table[2 * i + 1] != 0) i = (i + 1) & mask;
            table[2 * i] = old[j];
            table[2 * i + 1] = old[j + 1];
        }
    }
}
