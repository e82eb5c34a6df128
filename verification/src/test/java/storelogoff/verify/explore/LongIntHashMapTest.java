package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class LongIntHashMapTest {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    /**
     * SplitMix64's finalizer (Stafford variant 13), computed by {@link SplittableRandom}: its first
     * {@code nextLong()} is the mix of the seed plus the golden gamma. The map must place keys by it.
     */
    static long mix(long key) {
        return new SplittableRandom(key - GOLDEN_GAMMA).nextLong();
    }

    /** The home slot of {@code key} in a table of {@code slots} slots. */
    static int home(long key, int slots) {
        return (int) mix(key) & (slots - 1);
    }

    /** Keys from 0 up whose home slot in a table of {@code slots} is {@code slot}, the first {@code n} of them. */
    static List<Long> keysAt(int slot, int slots, int n) {
        List<Long> keys = new ArrayList<>();
        for (long k = 0; keys.size() < n; k++) if (home(k, slots) == slot) keys.add(k);
        return keys;
    }

    /** Agrees with java.util.HashMap on a random mix of keys, including 0, negatives and repeats, across growth. */
    @Test
    void agreesWithHashMap() {
        long seed = 20240611L;
        SplittableRandom random = new SplittableRandom(seed);
        LongIntHashMap map = new LongIntHashMap(4);
        Map<Long, Integer> reference = new HashMap<>();
        for (int n = 0; n < 200_000; n++) {
            long key = switch (random.nextInt(4)) {
                case 0 -> random.nextLong();
                case 1 -> random.nextInt(5000) - 2500;  // small keys, repeated often
                case 2 -> (long) random.nextInt(64) << 40; // keys differing in few high bits
                default -> 0L;
            };
            int value = random.nextInt(Integer.MAX_VALUE);
            Integer before = reference.putIfAbsent(key, value);
            assertThat(map.putIfAbsent(key, value)).as("putIfAbsent(%d), seed %d", key, seed)
                    .isEqualTo(before == null ? -1 : before);
        }
        assertThat(map.size()).isEqualTo(reference.size());
        for (Map.Entry<Long, Integer> e : reference.entrySet()) {
            assertThat(map.get(e.getKey())).as("get(%d)", e.getKey()).isEqualTo(e.getValue());
        }
        for (int n = 0; n < 10_000; n++) {
            long key = random.nextLong();
            assertThat(map.get(key)).isEqualTo(reference.getOrDefault(key, -1));
        }
    }

    @Test
    void zeroIsAnOrdinaryKeyAndAbsentKeysGiveMinusOne() {
        LongIntHashMap map = new LongIntHashMap();
        assertThat(map.get(0)).isEqualTo(-1);
        assertThat(map.putIfAbsent(0, 0)).isEqualTo(-1);
        assertThat(map.putIfAbsent(0, 7)).isEqualTo(0);
        assertThat(map.get(0)).isEqualTo(0);
        assertThat(map.get(1)).isEqualTo(-1);
        assertThat(map.size()).isEqualTo(1);
    }

    @Test
    void refusesNegativeValues() {
        LongIntHashMap map = new LongIntHashMap();
        assertThatThrownBy(() -> map.putIfAbsent(5, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values must be non-negative, was -1");
        assertThat(map.size()).isZero();
        assertThat(map.get(5)).isEqualTo(-1);
        assertThat(map.putIfAbsent(5, Integer.MAX_VALUE)).isEqualTo(-1);
        assertThat(map.get(5)).isEqualTo(Integer.MAX_VALUE);
    }

    /** Two slots of two longs per expected key, rounded up to a power of two, at least 16 slots. */
    @Test
    void sizedToAPowerOfTwoSlotsForTwiceTheExpectedKeys() {
        assertThat(new LongIntHashMap(0).bytes()).isEqualTo(16 * 16);
        assertThat(new LongIntHashMap(8).bytes()).isEqualTo(16 * 16);
        assertThat(new LongIntHashMap(9).bytes()).isEqualTo(32 * 16);
        assertThat(new LongIntHashMap(16).bytes()).isEqualTo(32 * 16);
        assertThat(new LongIntHashMap(17).bytes()).isEqualTo(64 * 16);
        assertThat(new LongIntHashMap(1000).bytes()).isEqualTo(2048 * 16);
        assertThat(new LongIntHashMap().bytes()).isEqualTo(2048 * 16);
    }

    /** At its most slots the table takes keys up to half of them, and refuses the next, saying how many it holds. */
    @Test
    void refusesToGrowPastItsMostSlots() {
        assertThat(new LongIntHashMap(1000, 32).bytes()).as("sized within the limit").isEqualTo(32 * 16);
        LongIntHashMap map = new LongIntHashMap(8, 32);
        for (int k = 0; k < 16; k++) assertThat(map.putIfAbsent(k, k)).isEqualTo(-1);
        assertThat(map.bytes()).as("grown to exactly the limit").isEqualTo(32 * 16);
        assertThatThrownBy(() -> map.putIfAbsent(16, 16)).isInstanceOf(IllegalStateException.class)
                .hasMessage("state table is full: 17 states");
    }

    /** The table doubles when a key would make it more than half full, and every key keeps its value. */
    @Test
    void growsPastHalfFullKeepingEveryKey() {
        LongIntHashMap map = new LongIntHashMap(8);
        for (int k = 0; k < 8; k++) assertThat(map.putIfAbsent(k * 1_000_003L, 100 + k)).isEqualTo(-1);
        assertThat(map.bytes()).as("8 keys in 16 slots").isEqualTo(16 * 16);
        assertThat(map.putIfAbsent(8 * 1_000_003L, 108)).isEqualTo(-1);
        assertThat(map.bytes()).as("the ninth key doubles the table").isEqualTo(32 * 16);
        for (int k = 9; k < 16; k++) map.putIfAbsent(k * 1_000_003L, 100 + k);
        assertThat(map.bytes()).as("16 keys in 32 slots").isEqualTo(32 * 16);
        map.putIfAbsent(16 * 1_000_003L, 116);
        assertThat(map.bytes()).isEqualTo(64 * 16);
        assertThat(map.size()).isEqualTo(17);
        for (int k = 0; k <= 16; k++) assertThat(map.get(k * 1_000_003L)).isEqualTo(100 + k);
        assertThat(map.putIfAbsent(3 * 1_000_003L, 0)).as("present: the value kept").isEqualTo(103);
        assertThat(map.size()).isEqualTo(17);
    }

    /**
     * A key first in an empty table sits in its home slot, the SplitMix64 mix of the key masked
     * to the table: {@code touch} reads that slot's value half (value + 1), 0 when empty. Packed
     * states differ in a few bits, so a weaker mix would leave the map correct but make its
     * probes long; this pins the mix and the masking.
     */
    @Test
    void touchReadsTheHomeSlotOfTheMix() {
        SplittableRandom random = new SplittableRandom(11);
        int slots = 2048;
        for (long first : new long[] {0, 1, -1, 1L << 40, 0x0123_4567_89ab_cdefL}) {
            LongIntHashMap map = new LongIntHashMap(1024);
            assertThat(map.bytes()).isEqualTo(slots * 16L);
            map.putIfAbsent(first, 41);
            assertThat(map.touch(first)).isEqualTo(42);
            int at = home(first, slots);
            int hits = 0;
            long[] probes = new long[4096];
            for (int j = 0; j < probes.length; j++) {
                long key = switch (j % 3) {
                    case 0 -> random.nextLong();
                    case 1 -> j;
                    default -> (long) j << 40;
                };
                probes[j] = key;
                boolean same = home(key, slots) == at;
                if (same) hits++;
                if (map.touch(key) != (same ? 42 : 0)) {
                    assertThat(map.touch(key)).as("touch(%d) with %d at home slot %d", key, first, at).isEqualTo(same ? 42 : 0);
                }
            }
            // Also the keys of that home slot itself, one of which is enough to show the slot.
            for (long key : keysAt(at, slots, 3)) assertThat(map.touch(key)).isEqualTo(42);
            assertThat(map.touch(probes, probes.length)).as("the sum over the probes").isEqualTo(42L * hits);
        }
    }

    /** {@code touch(keys, n)} reads the home slots of the first {@code n} keys only. */
    @Test
    void touchOfManyReadsTheFirstNKeys() {
        LongIntHashMap map = new LongIntHashMap(8);
        long a = keysAt(2, 16, 1).get(0), b = keysAt(5, 16, 1).get(0), c = keysAt(9, 16, 1).get(0);
        map.putIfAbsent(a, 1);
        map.putIfAbsent(b, 2);
        map.putIfAbsent(c, 3);
        long[] keys = {a, b, c, a};
        assertThat(map.touch(keys, 0)).isZero();
        assertThat(map.touch(keys, 1)).isEqualTo(2);
        assertThat(map.touch(keys, 3)).isEqualTo(2 + 3 + 4);
        assertThat(map.touch(keys, 4)).isEqualTo(2 + 3 + 4 + 2);
    }

    /**
     * Keys of one home slot probe on to the next free slot, past the last slot back to the first;
     * a key absent probes until an empty slot. Growth places them again by the new mask.
     */
    @Test
    void collisionsProbeOnWrappingAroundTheTable() {
        int slots = 16;
        List<Long> last = keysAt(slots - 1, slots, 4);
        LongIntHashMap map = new LongIntHashMap(8);
        for (int k = 0; k < 3; k++) assertThat(map.putIfAbsent(last.get(k), 10 + k)).isEqualTo(-1);
        for (int k = 0; k < 3; k++) assertThat(map.get(last.get(k))).isEqualTo(10 + k);
        for (int k = 0; k < 3; k++) assertThat(map.putIfAbsent(last.get(k), 99)).isEqualTo(10 + k);
        assertThat(map.get(last.get(3))).as("absent, probing past the wrap").isEqualTo(-1);
        assertThat(map.touch(last.get(2))).as("the home slot holds the first key").isEqualTo(11);
        // The slot after the wrap holds the second key: a key whose home is slot 0 touches it.
        assertThat(map.touch(keysAt(0, slots, 1).get(0))).isEqualTo(12);
        assertThat(map.touch(keysAt(1, slots, 1).get(0))).isEqualTo(13);
        assertThat(map.touch(keysAt(2, slots, 1).get(0))).isZero();

        // Fill to growth with keys of slot 0, then every key is found in 32 slots.
        List<Long> first = keysAt(0, slots, 6);
        for (int k = 0; k < 6; k++) map.putIfAbsent(first.get(k), 20 + k);
        assertThat(map.size()).isEqualTo(9);
        assertThat(map.bytes()).isEqualTo(32 * 16);
        for (int k = 0; k < 3; k++) assertThat(map.get(last.get(k))).isEqualTo(10 + k);
        for (int k = 0; k < 6; k++) assertThat(map.get(first.get(k))).isEqualTo(20 + k);
        assertThat(map.get(last.get(3))).isEqualTo(-1);
    }
}
