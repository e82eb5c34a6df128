package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.Guards;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.verify.Bounds;
import storelogoff.verify.Invariant;
import storelogoff.verify.TestInvariant;

class ExplorerTest {
    private static final Bounds SMALL = new Bounds(2, 2, 2, 2, true);

    private static ExplorationResult explore(Model model, Bounds bounds, List<Invariant> invariants, int threads) {
        return new Explorer(model, bounds).invariants(invariants).threads(threads).crossCheck(CrossCheck.none()).run();
    }

    /**
     * 1 client, 1 reference, no messages: the OPEN world with no flag saved or one of the five
     * accepted flags saved; its final release leads to one IDLE world each, then one RELEASED each.
     */
    @Test
    void countsTheSmallestModelByHand() {
        ExplorationResult r = explore(new Model(Reading.DEFAULT), new Bounds(1, 1, 0, 0, false), List.of(), 1);
        assertThat(r.states()).isEqualTo(6 + 6 + 6);
        assertThat(r.passed()).as(r.summary()).isTrue();
    }

    // The explorer against a naive search, worlds and edges as sets: StateSpaceManifestTest.

    /** Repeated runs, on one thread or two, give identical results. */
    @Test
    void resultIsStableAcrossRunsAndThreads() {
        Model model = new Model(Reading.LENIENT_FLAGS);
        Bounds bounds = new Bounds(3, 2, 2, 2, true);
        ExplorationResult first = explore(model, bounds, List.of(TestInvariants.REFUSED_ONLY_WHILE_ACTIVE), 1);
        for (int threads : new int[] {1, 2, 3}) {
            ExplorationResult again = explore(model, bounds, List.of(TestInvariants.REFUSED_ONLY_WHILE_ACTIVE), threads);
            assertThat(List.of(again.states(), again.transitions(), again.edges(), again.depth(), again.invariantChecks()))
                    .as("%d threads", threads)
                    .isEqualTo(List.of(first.states(), first.transitions(), first.edges(), first.depth(),
                            first.invariantChecks()));
        }
        assertThat(first.states()).isGreaterThan(10_000);
        assertThat(first.invariantChecks()).isEqualTo(first.transitions());
    }

    @Test
    void leavesOutInvariantsThatDoNotApplyToTheReading() {
        List<Invariant> both = List.of(TestInvariants.REFUSED_ONLY_WHILE_ACTIVE, TestInvariants.NEVER_UNDER_OTHER_READINGS);
        ExplorationResult other = explore(new Model(Reading.ABORT_STOPS), SMALL, both, 1);
        assertThat(other.invariants()).isEqualTo(1);
        assertThat(other.violation()).isNull();
        assertThat(explore(new Model(Reading.DEFAULT), SMALL, both, 1).invariants()).isEqualTo(2);
    }

    /** QUIET-1 broken: the final release refuses a QUIET logoff even when the transports are quiet. */
    @Test
    void catchesAnInvariantViolationWithAShortestTrace() {
        Model wrong = Mutants.changed(Reading.DEFAULT, "QuietRefused",
                t -> t.withGuard(Guards.LAST_REFERENCE.and(Guards.logoffFlag(LogoffFlag.QUIET))));
        wrong = new Model(Reading.DEFAULT, wrong.transitions().stream()
                .filter(t -> !t.name().equals("QuietAccepted")).toList());
        assertThat(explore(new Model(Reading.DEFAULT), SMALL, List.of(TestInvariants.REFUSED_ONLY_WHILE_ACTIVE), 1)
                .violation()).as("the real model keeps the test invariant").isNull();

        for (int threads : new int[] {1, 2}) {
            Counterexample c = explore(wrong, SMALL, List.of(TestInvariants.REFUSED_ONLY_WHILE_ACTIVE), threads).violation();
            assertThat(c).isNotNull();
            assertThat(c.property()).isEqualTo("test-refused-only-while-active");
            assertThat(c.clauses()).containsExactly("QUIET-1", "ABORT-3");
            // Client 1 holds the only reference: save QUIET, then release it.
            assertThat(c.steps()).containsExactly(Step.logoff(1, LogoffFlag.QUIET.value), Step.call(Event.RELEASE, 1));
            assertThat(c.message()).contains("refused with transports quiet");
        }
    }

    /** Two rows overlap: QuietRefused without its TRANSPORTS_ACTIVE guard overlaps QuietAccepted. */
    @Test
    void catchesOverlappingRowsNamingThem() {
        Model wrong = Mutants.changed(Reading.DEFAULT, "QuietRefused",
                t -> t.withGuard(Guards.LAST_REFERENCE.and(Guards.logoffFlag(LogoffFlag.QUIET))));
        Counterexample c = explore(wrong, SMALL, List.of(), 1).violation();
        assertThat(c.property()).isEqualTo(Explorer.DETERMINISTIC);
        assertThat(c.steps()).hasSize(2);
        assertThat(c.message()).contains("QuietRefused", "QuietAccepted");
    }

    /**
     * DrainSend without "work goes on" overlaps LastSendDone. The shortest way there takes five
     * steps: submit, save a draining flag, the final release, the send starts, the send ends.
     */
    @Test
    void catchesADeepOverlapAtItsShortestDepth() {
        Model wrong = Mutants.changed(Reading.DEFAULT, "DrainSend", t -> t.withGuard(Guards.SEND_IN_PROCESS));
        for (int threads : new int[] {1, 2}) {
            Counterexample c = explore(wrong, SMALL, List.of(), threads).violation();
            assertThat(c.property()).isEqualTo(Explorer.DETERMINISTIC);
            assertThat(c.message()).contains("DrainSend", "LastSendDone");
            assertThat(c.steps()).hasSize(5);
            // Replaying the trace reaches a world where both rows are enabled for its last step.
            World w = Replay.after(wrong, SMALL, c.steps(), 4);
            assertThat(wrong.enabledCount(w, c.steps().get(4))).isEqualTo(2);
        }
    }

    /**
     * A world outside the packed layout is reported with its trace, never wrapped: here every
     * addref calls StoreLogoffTransports, and the fourth call overflows its two bits. Four addrefs
     * within 2 references per client take five steps (one release frees a slot).
     */
    @Test
    void reportsAWorldOutsideTheLayout() {
        Model wrong = Mutants.changed(Reading.DEFAULT, "OpenReference",
                t -> t.withActions(List.of(storelogoff.model.Actions.CALL_TRANSPORTS, storelogoff.model.Actions.TAKE_REFERENCE)));
        Counterexample c = explore(wrong, SMALL, List.of(), 1).violation();
        assertThat(c.property()).isEqualTo(Explorer.STATE_LAYOUT);
        assertThat(c.message()).contains("transportsCalls = 4");
        assertThat(c.steps()).hasSize(5);
    }

    /**
     * A search that takes over a second tells the listener how far it has come, then not again
     * for a second. Here the first check, on the first step from the initial world, takes 1.1 s:
     * the report comes after level 0 is merged (the initial world and its successors found, its
     * steps tried, all but it waiting), and the rest of the search takes well under a second.
     */
    @Test
    void reportsProgressToTheListener() {
        Bounds ones = new Bounds(1, 1, 1, 1, true);
        Model model = new Model(Reading.DEFAULT);
        boolean[] slept = {false};
        Invariant slowOnce = TestInvariant.of("test-slow-once", "Takes 1.1 s on its first check, so progress is due.",
                (r, before, step, after, o) -> {
                    if (!slept[0]) {
                        slept[0] = true;
                        try {
                            Thread.sleep(1100);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return null;
                });
        // Level 0 counted by hand: the steps the bounds allow from the initial world, the distinct worlds they reach.
        World initial = ones.initialWorld();
        java.util.Set<World> successors = new java.util.HashSet<>();
        long steps = 0;
        for (Step s : storelogoff.verify.Alphabet.steps(ones.clients())) {
            if (!ones.allows(initial, s)) continue;
            steps++;
            World next = initial.copy();
            model.step(next, s, new Observation());
            if (!next.equals(initial)) successors.add(next);
        }
        List<long[]> reports = new java.util.ArrayList<>();
        long start = System.nanoTime();
        ExplorationResult r = new Explorer(model, ones).threads(1).invariants(List.of(slowOnce))
                .crossCheck(CrossCheck.none())
                .progress((states, transitions, queue, depth, nanos) -> reports.add(new long[] {states, transitions, queue, depth, nanos}))
                .run();
        long took = System.nanoTime() - start;
        assertThat(reports).as("reports of a search of %d ms", took / 1_000_000).hasSize(1);
        long[] first = reports.get(0);
        assertThat(List.of(first[0], first[1], first[2], first[3]))
                .as("states, transitions, queue, depth").containsExactly(1L + successors.size(), steps, (long) successors.size(), 0L);
        assertThat(first[4]).isBetween(1_100_000_000L, took);
        assertThat(r.states()).isGreaterThan(successors.size() + 1);
    }

    /** A search of well under a second tells the listener nothing. */
    @Test
    void aQuickSearchReportsNoProgress() {
        List<Integer> reports = new java.util.ArrayList<>();
        ExplorationResult r = new Explorer(new Model(Reading.DEFAULT), new Bounds(1, 1, 0, 0, false)).threads(1)
                .crossCheck(CrossCheck.none()).progress((states, transitions, queue, depth, nanos) -> reports.add(states))
                .run();
        assertThat(r.states()).isEqualTo(18);
        assertThat(reports).isEmpty();
    }

}
