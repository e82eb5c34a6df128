package storelogoff.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The checkers' table cache: one build per key while kept, the least recently used dropped past the limit. */
class RecentlyBuiltTest {

    @Test
    void buildsEachKeyOnceWhileItIsKept() {
        List<String> built = new ArrayList<>();
        RecentlyBuilt<String, String> cache = new RecentlyBuilt<>(2);
        String first = cache.get("a", k -> { built.add(k); return new String("table " + k); });
        assertThat(cache.get("a", k -> { built.add(k); return "other"; })).isSameAs(first);
        assertThat(built).containsExactly("a");
    }

    @Test
    void dropsTheLeastRecentlyUsedPastTheLimit() {
        List<String> built = new ArrayList<>();
        RecentlyBuilt<String, String> cache = new RecentlyBuilt<>(2);
        cache.get("a", k -> { built.add(k); return k; });
        cache.get("b", k -> { built.add(k); return k; });
        cache.get("a", k -> { built.add(k); return k; }); // a used last: b is the eldest
        cache.get("c", k -> { built.add(k); return k; }); // three keys: b dropped
        cache.get("a", k -> { built.add(k); return k; });
        cache.get("b", k -> { built.add(k); return k; });
        assertThat(built).containsExactly("a", "b", "c", "b");
    }
}
