package storelogoff.verify.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.verify.Bounds;
import storelogoff.verify.Conjunct;
import storelogoff.verify.Invariant;
import storelogoff.verify.Watch;
import storelogoff.verify.explore.Counterexample;
import storelogoff.verify.explore.CrossCheck;
import storelogoff.verify.explore.ExplorationResult;
import storelogoff.verify.explore.Explorer;
import storelogoff.verify.invariants.Invariants;
import storelogoff.verify.walk.RandomWalks;
import storelogoff.verify.walk.WalkConfig;
import storelogoff.verify.walk.WalkReport;

/**
 * The verification suite as JUnit sees it: one test per invariant and reading, checked
 * exhaustively within the default bounds with and without the default Inbox, so CI names the
 * property that failed; then per reading the liveness properties, the Spring cross-check, and
 * random walks through the Spring machine that must fire every row and reach every state.
 * A failure shows its shortest counterexample as a replayable scenario.
 */
class InvariantSuiteTest {
    private static final List<Bounds> CONFIGURATIONS = List.of(Bounds.DEFAULT,
            new Bounds(Bounds.DEFAULT.clients(), Bounds.DEFAULT.refs(), Bounds.DEFAULT.messages(),
                    Bounds.DEFAULT.arrivals(), false));
    private static final long SEED = WalkConfig.seed(null);

    @TestFactory
    Stream<DynamicNode> everyInvariantUnderEveryReading() {
        return Reading.ALL.stream().map(r -> DynamicContainer.dynamicContainer("reading " + r.name(),
                Invariants.forReading(r).stream().map(inv -> DynamicTest.dynamicTest(
                        inv.id() + " " + inv.clauses() + ": " + inv.description(), () -> exhaustive(r, inv)))));
    }

    @TestFactory
    Stream<DynamicNode> livenessCrossCheckAndWalksUnderEveryReading() {
        return Reading.ALL.stream().map(r -> DynamicContainer.dynamicContainer("reading " + r.name(), List.of(
                DynamicTest.dynamicTest("liveness (SIG-1, ABORT-4, NOWAIT-4, ORDERLY-3, PURGE-2) and determinism",
                        () -> liveness(r)),
                DynamicTest.dynamicTest("Spring machine agrees with the direct engine on sampled explored transitions (seed "
                        + SEED + ")", () -> crossCheck(r)),
                DynamicTest.dynamicTest("random walks through Spring hold every invariant and cover every row and state (seed "
                        + SEED + ")", () -> walks(r)))));
    }

    /**
     * Each invariant's verdict and check count within {@code b}. Read from one search per reading and
     * bounds with every invariant, each counting its checks (the search is the same whichever
     * invariants it checks, and each is woken by its own watch); when that search finds a violation,
     * which stops it, each invariant is searched alone, so each test reports its own verdict.
     */
    private static void exhaustive(Reading r, Invariant inv) {
        for (Bounds b : CONFIGURATIONS) {
            Counted alone = new Counted(inv);
            Searched shared = shared(r, b);
            ExplorationResult e = shared.result().violation() == null ? shared.result() : search(r, b, List.of(alone));
            long checks = e == shared.result() ? shared.counted().get(inv.id()).checks : alone.checks;
            assertThat(e.violation()).as(() -> inv.id() + " violated under " + r + " within " + b + ":\n"
                    + e.violation().toScenario()).isNull();
            if (inv.watches().equals(Watch.EVERY_STEP)) {
                assertThat(checks).as("%s was checked on every explored transition", inv.id())
                        .isEqualTo(e.transitions());
            } else {
                assertThat(checks).as("%s was checked on the transitions it watches (%s), not on the others",
                        inv.id(), inv.watches()).isPositive().isLessThan(e.transitions());
            }
        }
    }

    /** One search and the invariants it checked, each with its count. */
    private record Searched(ExplorationResult result, Map<String, Counted> counted) {}

    private static final Map<String, Searched> SHARED = new ConcurrentHashMap<>();

    private static Searched shared(Reading r, Bounds b) {
        return SHARED.computeIfAbsent(r.name() + " " + b, k -> {
            Map<String, Counted> counted = new java.util.LinkedHashMap<>();
            for (Invariant inv : Invariants.forReading(r)) counted.put(inv.id(), new Counted(inv));
            ExplorationResult e = search(r, b, List.copyOf(counted.values()));
            // The explorer's own count is the sum of the checks the invariants saw.
            assertThat(counted.values().stream().mapToLong(c -> c.checks).sum()).as("checks under %s within %s", r, b)
                    .isEqualTo(e.invariantChecks());
            return new Searched(e, counted);
        });
    }

    private static ExplorationResult search(Reading r, Bounds b, List<Invariant> invariants) {
        return new Explorer(new Model(r), b).invariants(invariants).liveness(false).crossCheck(CrossCheck.none())
                .threads(1).run();
    }

    /** An invariant as declared, counting the steps it is checked on (the search runs on one thread). */
    private static final class Counted implements Invariant {
        private final Invariant inv;
        long checks;

        Counted(Invariant inv) {
            this.inv = inv;
        }

        @Override public String id() { return inv.id(); }
        @Override public List<String> clauses() { return inv.clauses(); }
        @Override public String description() { return inv.description(); }
        @Override public boolean appliesTo(Reading r) { return inv.appliesTo(r); }
        @Override public Watch watches() { return inv.watches(); }
        @Override public List<Conjunct> conjuncts() { return inv.conjuncts(); }

        @Override
        public String check(Reading r, World before, Step step, World after, Observation o) {
            checks++;
            return inv.check(r, before, step, after, o);
        }
    }

    private static void liveness(Reading r) {
        for (Bounds b : CONFIGURATIONS) {
            ExplorationResult e = new Explorer(new Model(r), b).liveness(true).crossCheck(CrossCheck.none()).run();
            assertThat(e.liveness()).as("every liveness property was checked").hasSize(3);
            assertThat(scenarios(e.counterexamples())).as("liveness or determinism under %s within %s", r, b).isEmpty();
            // Not vacuously: the states each property speaks of are reached.
            assertThat(e.liveness()).as("under %s within %s", r, b).allSatisfy(l -> assertThat(l.subjects())
                    .as("%s: %s reached", l.property().id, l.property().subjects).isPositive());
        }
    }

    private static void crossCheck(Reading r) {
        ExplorationResult e = new Explorer(new Model(r), Bounds.DEFAULT).liveness(false)
                .crossCheck(CrossCheck.sample(1_000, SEED)).run();
        assertThat(e.crossChecked()).as("transitions replayed through Spring").isEqualTo(1_000);
        assertThat(e.crossMismatch()).as(() -> "Spring differs from the direct engine under " + r + " (seed " + SEED
                + "):\n" + e.crossMismatch().toScenario()).isNull();
    }

    private static void walks(Reading r) {
        // Recorded in the test's output file (surefire keeps it off the console): rerun with -Dstorelogoff.seed.
        System.out.println("random walks under " + r + ": seed " + SEED);
        // The CI size, the one whose coverage (rows, and every step tried in every state) was validated over
        // 1,000 seeds per reading: fewer walks can miss rare rows.
        WalkReport w = RandomWalks.run(new Model(r), Invariants.all(), WalkConfig.defaults(SEED));
        assertThat(w.failure()).as(() -> "random walks under " + r + ", rerun with -Dstorelogoff.seed=" + SEED + ":\n"
                + w.failure().scenarioText()).isNull();
        assertThat(w.coverage().neverFired()).as("rows never fired under %s (seed %d)", r, SEED).isEmpty();
        assertThat(w.coverage().neverReached()).as("states never reached under %s (seed %d)", r, SEED).isEmpty();
        assertThat(w.coverage().neverTried()).as("(state, step) pairs never tried under %s (seed %d)", r, SEED).isEmpty();
    }

    private static List<String> scenarios(List<Counterexample> all) {
        List<String> out = new ArrayList<>();
        for (Counterexample c : all) out.add(c.toScenario());
        return out;
    }
}
