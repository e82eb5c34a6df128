package storelogoff.verify;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The last values built from their keys, at most {@code limit} kept, the least recently used
 * dropped first; safe to share between threads. The checkers' lookup tables are built this way:
 * the kill matrix, the walks and the tests build thousands of checkers from the same invariants,
 * and a table costs more to build than a small search or a short walk. A value is built outside
 * the lock, so two threads may build the same one; the values are immutable and equal, so it does
 * not matter which is kept.
 */
public final class RecentlyBuilt<K, V> {
    private final Map<K, V> values;

    public RecentlyBuilt(int limit) {
        values = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > limit;
            }
        };
    }

    /** The value built from {@code key}: the one kept, else {@code build}'s, then kept. */
    public V get(K key, Function<? super K, ? extends V> build) {
        synchronized (values) {
            V v = values.get(key);
            if (v != null) return v;
        }
        V v = build.apply(key);
        synchronized (values) {
            values.put(key, v);
        }
        return v;
    }
}
