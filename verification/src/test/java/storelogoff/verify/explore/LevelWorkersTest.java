package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.model.World;
import storelogoff.verify.Bounds;
import storelogoff.verify.Invariant;
import storelogoff.verify.PlainSearch;
import storelogoff.verify.TestInvariant;

/**
 * The search expands a level on every thread it is given: with two, a level of more than one
 * chunk (256 states) is shared between the calling thread and a worker named
 * {@code explorer-worker}, a daemon even when the caller is none (a search never keeps the JVM
 * alive), and the result is the one of a single thread.
 */
class LevelWorkersTest {
    private static final Bounds SMALL = new Bounds(2, 2, 2, 2, true);

    @Test
    void twoThreadsShareALevelOfSeveralChunks() throws Exception {
        Model model = new Model(Reading.DEFAULT);
        Set<World> wide = widestLevel(model, SMALL);
        assertThat(wide.size()).as("states of the widest level: more than one chunk").isGreaterThan(256);

        // The search runs on a thread of its own that is no daemon: threads it starts would inherit that.
        Thread[] callerHolder = new Thread[1];
        CountDownLatch otherChecked = new CountDownLatch(1);
        Set<String> others = java.util.concurrent.ConcurrentHashMap.newKeySet();
        boolean[] waited = {false, false}; // waited, and waited in vain
        // On the widest level the calling thread waits, once, in its first check until another
        // thread has checked a step of that level: only a worker expanding another of its chunks can.
        Invariant meetsAWorker = TestInvariant.of("test-meets-a-worker", "Holds; waits once for a second thread.",
                (r, before, step, after, o) -> {
                    if (!wide.contains(before)) return null;
                    if (Thread.currentThread() != callerHolder[0]) {
                        others.add(Thread.currentThread().getName() + (Thread.currentThread().isDaemon() ? " (daemon)" : ""));
                        otherChecked.countDown();
                    } else if (!waited[0]) {
                        waited[0] = true;
                        try {
                            if (!otherChecked.await(10, TimeUnit.SECONDS)) waited[1] = true;
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return null;
                });
        java.util.concurrent.FutureTask<ExplorationResult> search =
                new java.util.concurrent.FutureTask<>(() -> explore(model, meetsAWorker, 2));
        Thread caller = new Thread(search, "test-search");
        caller.setDaemon(false);
        callerHolder[0] = caller;
        caller.start();
        ExplorationResult two = search.get();
        assertThat(waited[1]).as("the calling thread waited in vain for a worker").isFalse();
        assertThat(others).as("threads besides the caller that checked steps").containsExactly("explorer-worker (daemon)");

        Invariant holds = TestInvariant.of("test-holds", "Holds.", (r, before, step, after, o) -> null);
        ExplorationResult one = explore(model, holds, 1);
        assertThat(List.of(two.states(), two.transitions(), two.edges(), two.depth(), two.invariantChecks()))
                .isEqualTo(List.of(one.states(), one.transitions(), one.edges(), one.depth(), one.invariantChecks()));
    }

    private static ExplorationResult explore(Model model, Invariant invariant, int threads) {
        return new Explorer(model, SMALL).invariants(List.of(invariant)).crossCheck(CrossCheck.none()).liveness(true)
                .threads(threads).run();
    }

    /** The worlds of the largest breadth-first level, found by the plain search. */
    private static Set<World> widestLevel(Model model, Bounds b) {
        Map<World, Integer> level = new HashMap<>();
        level.put(b.initialWorld(), 0);
        PlainSearch.visit(model, b, (before, step, after, observed, first) -> {
            if (first) level.put(after.copy(), level.get(before) + 1);
        });
        List<Set<World>> levels = new ArrayList<>();
        level.forEach((w, d) -> {
            while (levels.size() <= d) levels.add(new HashSet<>());
            levels.get(d).add(w);
        });
        return levels.stream().max(java.util.Comparator.comparingInt(Set::size)).orElseThrow();
    }
}
