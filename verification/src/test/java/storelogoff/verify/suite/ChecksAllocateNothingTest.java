package storelogoff.verify.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.verify.Bounds;
import storelogoff.verify.PlainSearch;
import storelogoff.verify.Invariant;
import storelogoff.verify.invariants.Invariants;

/**
 * An invariant's check allocates nothing where its property holds (Invariant#check): the
 * explorer runs the checks on every transition, tens of millions at 4 clients, and a string
 * built there would cost more than the check. Under every reading, every transition of the
 * declaration within small bounds is checked against every invariant, each call measured by
 * the thread's allocation counter; the worlds and observations are built before, outside it.
 */
class ChecksAllocateNothingTest {
    private static final Bounds BOUNDS = new Bounds(2, 1, 1, 1, true);
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** One transition, prebuilt. */
    private record Transition(World before, Step step, World after, Observation observed) {}

    @Test
    void aCheckThatHoldsAllocatesNothing() {
        assertThat(THREADS.isThreadAllocatedMemorySupported()).isTrue();
        THREADS.setThreadAllocatedMemoryEnabled(true);
        TreeMap<String, Long> allocated = new TreeMap<>();
        long calls = 0;
        for (Reading r : Reading.ALL) {
            List<Transition> transitions = transitions(new Model(r));
            Invariant[] invariants = Invariants.forReading(r).toArray(Invariant[]::new);
            long[] bytes = new long[invariants.length], least = new long[invariants.length];
            Arrays.fill(least, Long.MAX_VALUE);
            // Each invariant's least over passes after the first, which loads and initialises
            // classes: the JIT allocates a few hundred bytes once in a while as it compiles and
            // replaces the code, but a check that allocates does so on every pass.
            for (int pass = 0; pass < 10 && Arrays.stream(least).anyMatch(b -> b > 0); pass++) {
                Arrays.fill(bytes, 0);
                for (Transition t : transitions) {
                    for (int i = 0; i < invariants.length; i++) {
                        long before = THREADS.getCurrentThreadAllocatedBytes();
                        String message = invariants[i].check(r, t.before(), t.step(), t.after(), t.observed());
                        bytes[i] += THREADS.getCurrentThreadAllocatedBytes() - before;
                        if (message != null) fail("%s fails on %s under %s: %s", invariants[i].id(), t.step(), r.name(), message);
                    }
                }
                for (int i = 0; pass > 0 && i < invariants.length; i++) least[i] = Math.min(least[i], bytes[i]);
            }
            for (int i = 0; i < invariants.length; i++) {
                if (least[i] > 0) allocated.merge(invariants[i].id(), least[i], Long::sum);
            }
            calls += (long) transitions.size() * invariants.length;
        }
        assertThat(calls).as("checks measured").isGreaterThan(100_000);
        assertThat(allocated).as("bytes each invariant allocated in its best pass over the checks that held (%,d checks a pass)", calls).isEmpty();
    }

    /** Every transition of {@code model} within the bounds, breadth first, from worlds built as copies. */
    private static List<Transition> transitions(Model model) {
        List<Transition> all = new ArrayList<>();
        PlainSearch.visit(model, BOUNDS, (w, s, next, o, first) -> all.add(new Transition(w, s, next, o)));
        return all;
    }
}
