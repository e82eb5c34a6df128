package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The two-word state table of the wide layout: as {@link LongIntHashMapTest}, keys of two longs. */
class LongPairIntHashMapTest {

    /** The home slot of {@code (lo, hi)}: the SplitMix64 mix of {@code lo ^ hi * golden gamma}, masked. */
    static int home(long lo, long hi, int slots) {
        return (int) LongIntHashMapTest.mix(lo ^ (hi * 0x9e3779b97f4a7c15L)) & (slots - 1);
    }

    /** The first {@code n} keys {@code (lo, hi)} with hi from 0 up whose home slot is {@code slot}. */
    static List<Long> hisAt(long lo, int slot, int slots, int n) {
        List<Long> his = new ArrayList<>();
        for (long hi = 0; his.size() < n; hi++) if (home(lo, hi, slots) == slot) his.add(hi);
        return his;
    }

    /** Agrees with java.util.HashMap on keys equal in one word and differing in the other, across growth. */
    @Test
    void agreesWithHashMap() {
        long seed = 20261128L;
        SplittableRandom random = new SplittableRandom(seed);
        LongPairIntHashMap map = new LongPairIntHashMap(4);
        Map<List<Long>, Integer> reference = new HashMap<>();
        for (int n = 0; n < 50_000; n++) {
            long lo = switch (random.nextInt(3)) {
                case 0 -> random.nextLong();
                case 1 -> random.nextInt(64);
                default -> 0L;
            };
            long hi = random.nextInt(3) == 0 ? random.nextLong() : random.nextInt(64);
            int value = random.nextInt(Integer.MAX_VALUE);
            Integer before = reference.putIfAbsent(List.of(lo, hi), value);
            int got = map.putIfAbsent(lo, hi, value);
            if (got != (before == null ? -1 : before)) {
                assertThat(got).as("putIfAbsent(%d, %d), seed %d", lo, hi, seed).isEqualTo(before == null ? -1 : before);
            }
        }
        assertThat(map.size()).isEqualTo(reference.size());
        for (Map.Entry<List<Long>, Integer> e : reference.entrySet()) {
            int got = map.get(e.getKey().get(0), e.getKey().get(1));
            if (got != e.getValue()) assertThat(got).as("get%s", e.getKey()).isEqualTo(e.getValue());
        }
        for (int n = 0; n < 10_000; n++) {
            long lo = random.nextInt(64), hi = random.nextLong();
            assertThat(map.get(lo, hi)).isEqualTo(reference.getOrDefault(List.of(lo, hi), -1));
        }
    }

    @Test
    void zeroIsAnOrdinaryKeyAndNegativeValuesAreRefused() {
        LongPairIntHashMap map = new LongPairIntHashMap(0);
        assertThat(map.get(0, 0)).isEqualTo(-1);
        assertThat(map.putIfAbsent(0, 0, 0)).isEqualTo(-1);
        assertThat(map.putIfAbsent(0, 0, 7)).isEqualTo(0);
        assertThat(map.get(0, 0)).isEqualTo(0);
        assertThat(map.size()).isEqualTo(1);
        assertThatThrownBy(() -> map.putIfAbsent(5, 6, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values must be non-negative, was -1");
        assertThat(map.size()).isEqualTo(1);
        assertThat(map.putIfAbsent(5, 6, Integer.MAX_VALUE)).isEqualTo(-1);
        assertThat(map.get(5, 6)).isEqualTo(Integer.MAX_VALUE);
    }

    /** Two slots of three longs per expected key, rounded up to a power of two, at least 16 slots. */
    @Test
    void sizedToAPowerOfTwoSlotsForTwiceTheExpectedKeys() {
        assertThat(new LongPairIntHashMap(0).bytes()).isEqualTo(16 * 24);
        assertThat(new LongPairIntHashMap(8).bytes()).isEqualTo(16 * 24);
        assertThat(new LongPairIntHashMap(9).bytes()).isEqualTo(32 * 24);
        assertThat(new LongPairIntHashMap(16).bytes()).isEqualTo(32 * 24);
        assertThat(new LongPairIntHashMap(17).bytes()).isEqualTo(64 * 24);
        assertThat(new LongPairIntHashMap(1 << 12).bytes()).isEqualTo((1 << 13) * 24);
    }

    /** At its most slots the table takes keys up to half of them, and refuses the next, saying how many it holds. */
    @Test
    void refusesToGrowPastItsMostSlots() {
        assertThat(new LongPairIntHashMap(1000, 32).bytes()).as("sized within the limit").isEqualTo(32 * 24);
        LongPairIntHashMap map = new LongPairIntHashMap(8, 32);
        for (int k = 0; k < 16; k++) assertThat(map.putIfAbsent(k, 1, k)).isEqualTo(-1);
        assertThat(map.bytes()).as("grown to exactly the limit").isEqualTo(32 * 24);
        assertThatThrownBy(() -> map.putIfAbsent(16, 1, 16)).isInstanceOf(IllegalStateException.class)
                .hasMessage("state table is full: 17 states");
    }

    @Test
    void growsPastHalfFullKeepingEveryKey() {
        LongPairIntHashMap map = new LongPairIntHashMap(8);
        for (int k = 0; k < 8; k++) assertThat(map.putIfAbsent(k, -k, 100 + k)).isEqualTo(-1);
        assertThat(map.bytes()).as("8 keys in 16 slots").isEqualTo(16 * 24);
        assertThat(map.putIfAbsent(8, -8, 108)).isEqualTo(-1);
        assertThat(map.bytes()).as("the ninth key doubles the table").isEqualTo(32 * 24);
        for (int k = 9; k <= 16; k++) map.putIfAbsent(k, -k, 100 + k);
        assertThat(map.bytes()).isEqualTo(64 * 24);
        assertThat(map.size()).isEqualTo(17);
        for (int k = 0; k <= 16; k++) assertThat(map.get(k, -k)).isEqualTo(100 + k);
        for (int k = 0; k <= 16; k++) assertThat(map.get(k, k + 1)).isEqualTo(-1);
        assertThat(map.putIfAbsent(3, -3, 0)).as("present: the value kept").isEqualTo(103);
        assertThat(map.size()).isEqualTo(17);
    }

    /** As {@link LongIntHashMapTest#touchReadsTheHomeSlotOfTheMix}: both words go into the mix. */
    @Test
    void touchReadsTheHomeSlotOfTheMix() {
        SplittableRandom random = new SplittableRandom(12);
        int slots = 1 << 13;
        for (long[] first : new long[][] {{0, 0}, {1, 0}, {0, 1}, {-1, 7}, {1L << 40, 1L << 50}}) {
            LongPairIntHashMap map = new LongPairIntHashMap(1 << 12);
            map.putIfAbsent(first[0], first[1], 41);
            assertThat(map.touch(first[0], first[1])).isEqualTo(42);
            int at = home(first[0], first[1], slots);
            for (int j = 0; j < 8192; j++) {
                long lo = j % 2 == 0 ? random.nextLong() : j & 63, hi = j % 4 < 2 ? j >> 2 : random.nextLong();
                boolean same = home(lo, hi, slots) == at;
                if (map.touch(lo, hi) != (same ? 42 : 0)) {
                    assertThat(map.touch(lo, hi)).as("touch(%d, %d) with %s at home slot %d", lo, hi, first, at)
                            .isEqualTo(same ? 42 : 0);
                }
            }
            for (long hi : hisAt(first[0], at, slots, 2)) assertThat(map.touch(first[0], hi)).isEqualTo(42);
        }
    }

    /**
     * Keys of one home slot that share one word probe on past each other, past the last slot back
     * to the first; growth places them again by the new mask.
     */
    @Test
    void collisionsProbeOnWrappingAroundTheTable() {
        int slots = 16;
        long lo = 5;
        List<Long> his = hisAt(lo, slots - 1, slots, 4);
        LongPairIntHashMap map = new LongPairIntHashMap(8);
        for (int k = 0; k < 3; k++) assertThat(map.putIfAbsent(lo, his.get(k), 10 + k)).isEqualTo(-1);
        for (int k = 0; k < 3; k++) assertThat(map.get(lo, his.get(k))).isEqualTo(10 + k);
        for (int k = 0; k < 3; k++) assertThat(map.putIfAbsent(lo, his.get(k), 99)).isEqualTo(10 + k);
        assertThat(map.get(lo, his.get(3))).as("same first word, absent, past the wrap").isEqualTo(-1);
        // A key with the second word of one present and another first word, in the same chain.
        long otherLo = 0;
        while (home(otherLo, his.get(0), slots) != slots - 1 || otherLo == lo) otherLo++;
        assertThat(map.get(otherLo, his.get(0))).as("same second word, absent").isEqualTo(-1);
        assertThat(map.touch(lo, his.get(2))).as("the home slot holds the first key").isEqualTo(11);
        assertThat(map.touch(lo, hisAt(lo, 0, slots, 1).get(0))).isEqualTo(12);
        assertThat(map.touch(lo, hisAt(lo, 1, slots, 1).get(0))).isEqualTo(13);
        assertThat(map.touch(lo, hisAt(lo, 2, slots, 1).get(0))).isZero();

        List<Long> first = hisAt(lo, 0, slots, 6);
        for (int k = 0; k < 6; k++) map.putIfAbsent(lo, first.get(k), 20 + k);
        assertThat(map.size()).isEqualTo(9);
        assertThat(map.bytes()).isEqualTo(32 * 24);
        for (int k = 0; k < 3; k++) assertThat(map.get(lo, his.get(k))).isEqualTo(10 + k);
        for (int k = 0; k < 6; k++) assertThat(map.get(lo, first.get(k))).isEqualTo(20 + k);
        assertThat(map.get(lo, his.get(3))).isEqualTo(-1);
        assertThat(map.get(otherLo, his.get(0))).isEqualTo(-1);
    }
}
