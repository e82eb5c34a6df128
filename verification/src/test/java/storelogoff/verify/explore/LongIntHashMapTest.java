package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class LongIntHashMapTest {

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
        assertThatThrownBy(() -> new LongIntHashMap().putIfAbsent(5, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
