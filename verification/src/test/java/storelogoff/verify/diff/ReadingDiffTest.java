package storelogoff.verify.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.verify.Alphabet;
import storelogoff.verify.Bounds;
import storelogoff.scenario.Observed;
import storelogoff.scenario.ScenarioWriter;

class ReadingDiffTest {

    private static Distinction distinction(Reading a, Reading b, Bounds bounds) {
        Optional<Distinction> d = ReadingDiff.compare(a, b, bounds).distinction();
        assertThat(d).as("%s and %s should differ within %s", a, b, bounds).isPresent();
        return d.get();
    }

    /** The world under {@code r} just before step {@code index} of {@code steps}. */
    private static World worldBefore(Reading r, Bounds bounds, List<Step> steps, int index) {
        Model m = new Model(r);
        World w = bounds.initialWorld();
        Observation o = new Observation();
        for (Step s : steps.subList(0, index)) m.step(w, s, o);
        return w;
    }

    @Test
    void abortStopsDiffersFromDefaultAtAReleaseWithAbortWhileTransportsAreActive() {
        // ABORT-1 vs ABORT-3: stop the activity and release, or refuse the logoff.
        Distinction d = distinction(Reading.DEFAULT, Reading.ABORT_STOPS, Bounds.DEFAULT);
        int i = d.firstDifferingStep();
        Step step = d.steps().get(i);
        World before = worldBefore(Reading.DEFAULT, Bounds.DEFAULT, d.steps(), i);
        assertThat(step.event()).as("differing step of %s", d.steps()).isEqualTo(Event.RELEASE);
        assertThat(before.totalRefs()).as("references before the release in %s", d.steps()).isEqualTo(1);
        assertThat(LogoffFlag.actedOn(before.flagForTransports())).as("flag the release passes").isEqualTo(LogoffFlag.ABORT);
        assertThat(before.activityBits()).as("transport activity before the release").isNotZero();
        assertThat(d.differences()).contains("state: REFUSED vs IDLE");
    }

    @Test
    void lenientFlagsDiffersFromDefaultAtALogoffWithZeroOrSeveralFlags() {
        // FLAGS-1: one flag per call; the lenient reading saves whatever it gets.
        Distinction d = distinction(Reading.DEFAULT, Reading.LENIENT_FLAGS, Bounds.DEFAULT);
        Step step = d.steps().get(d.firstDifferingStep());
        assertThat(step.event()).isEqualTo(Event.LOGOFF);
        assertThat(step.nullFlags()).as("NULL is rejected by both readings").isFalse();
        assertThat(Integer.bitCount(step.flags())).as("flags of %s", step).isNotEqualTo(1);
        assertThat(d.differences()).contains("result: MAPI_E_INVALID_PARAMETER vs S_OK");
    }

    @Test
    void rem3LiteralNeedsASecondClient() {
        // REM-3 only speaks of two clients sharing the store: with one client the readings agree.
        Bounds oneClient = new Bounds(1, 2, 2, 2, true);
        Comparison alone = ReadingDiff.compare(Reading.DEFAULT, Reading.REM3_LITERAL, oneClient);
        assertThat(alone.distinction()).as("default vs rem3-literal with one client").isEmpty();
        assertThat(alone.report()).contains("behave the same within " + oneClient);

        Distinction shared = distinction(Reading.DEFAULT, Reading.REM3_LITERAL, Bounds.DEFAULT);
        assertThat(shared.steps()).extracting(Step::client).contains(2);
    }

    @Test
    void withoutTransportActivityAbortReadingsAgree() {
        // ABORT-3 only matters while transports are active; with no messages there is none.
        Bounds noMessages = new Bounds(2, 2, 0, 0, true);
        assertThat(ReadingDiff.compare(Reading.DEFAULT, Reading.ABORT_STOPS, noMessages).distinction()).isEmpty();
    }

    @Test
    void identicalReadingsShowNoDifference() {
        for (Reading r : Reading.ALL) {
            Comparison c = ReadingDiff.compare(r, Reading.byName(r.name()), Bounds.DEFAULT);
            assertThat(c.distinction()).as("%s against itself", r).isEmpty();
            assertThat(c.pairsVisited()).as("pairs explored for %s", r).isGreaterThan(100);
        }
    }

    @Test
    void everyPairOfReadingsDiffersWithinDefaultBounds() {
        List<Comparison> all = ReadingDiff.allPairs(Reading.ALL, Bounds.DEFAULT);
        int n = Reading.ALL.size();
        assertThat(all).hasSize(n * (n - 1) / 2);
        for (Comparison c : all) {
            Distinction d = c.distinction().orElseThrow(() -> new AssertionError(c.report()));
            assertThat(d.firstDifferingStep()).as("BFS stops at the first difference: %s", d.steps())
                    .isEqualTo(d.steps().size() - 1);
            assertThat(d.differences()).isNotEmpty();
        }
    }

    @Test
    void scenarioNamesBothReadingsAndListsTheSteps() {
        Distinction d = distinction(Reading.DEFAULT, Reading.ABORT_STOPS, Bounds.DEFAULT);
        String text = d.scenario();
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("#").contains("default", "abort-stops");
        List<String> stepLines = text.lines().filter(l -> !l.startsWith("#")).toList();
        assertThat(stepLines).isEqualTo(d.steps().stream().map(ScenarioWriter::line).toList());
    }

    /**
     * The search is minimal: on a small bound, an independent enumeration of every step
     * sequence finds no shorter distinguishing one, and the one found does distinguish.
     */
    @Test
    void shortestAgainstBruteForceOnASmallBound() {
        Bounds tiny = new Bounds(2, 1, 1, 1, true);
        List<Step> alphabet = Alphabet.steps(tiny.clients());
        for (Comparison c : ReadingDiff.allPairs(Reading.ALL, tiny)) {
            Distinction d = c.distinction().orElseThrow(() -> new AssertionError(c.report()));
            int length = d.steps().size();
            assertThat(length).as("%s vs %s", c.a(), c.b()).isLessThanOrEqualTo(3);
            assertThat(distinguishes(c.a(), c.b(), tiny, d.steps())).as("found scenario %s", d.steps()).isTrue();
            List<Step> shorter = bruteForce(c.a(), c.b(), tiny, alphabet, new ArrayList<>(), length - 1);
            assertThat(shorter).as("%s vs %s: a scenario shorter than %s", c.a(), c.b(), d.steps()).isNull();
        }
        assertThat(bruteForce(Reading.DEFAULT, Reading.ABORT_STOPS, tiny, alphabet, new ArrayList<>(), 3))
                .as("the enumeration itself finds the ABORT difference").isNotNull();
    }

    /** A distinguishing sequence of at most {@code depth} more steps after {@code prefix}, or null. */
    private static List<Step> bruteForce(Reading a, Reading b, Bounds bounds, List<Step> alphabet,
                                         List<Step> prefix, int depth) {
        if (!prefix.isEmpty() && distinguishes(a, b, bounds, prefix)) return List.copyOf(prefix);
        if (depth == 0) return null;
        for (Step s : alphabet) {
            prefix.add(s);
            List<Step> found = withinBounds(a, bounds, prefix) && withinBounds(b, bounds, prefix)
                    ? bruteForce(a, b, bounds, alphabet, prefix, depth - 1) : null;
            prefix.remove(prefix.size() - 1);
            if (found != null) return found;
        }
        return null;
    }

    private static boolean withinBounds(Reading r, Bounds bounds, List<Step> steps) {
        Model m = new Model(r);
        World w = bounds.initialWorld();
        Observation o = new Observation();
        for (Step s : steps) {
            if (!bounds.allows(w, s)) return false;
            m.step(w, s, o);
        }
        return true;
    }

    /** Replays from scratch and compares each step's observable result under both readings. */
    private static boolean distinguishes(Reading a, Reading b, Bounds bounds, List<Step> steps) {
        return !Distinction.observe(a, bounds, steps).equals(Distinction.observe(b, bounds, steps));
    }

    @Test
    void observableIgnoresTheRowNameButNotTheState() {
        World before = World.initial(1, true);
        World after = before.copy();
        after.state = StoreState.REFUSED;
        Observation o = new Observation();
        o.hresult = storelogoff.model.HResult.S_OK;
        Step release = Step.call(Event.RELEASE, 1);
        Observed x = Observed.of(release, o, before, before);
        assertThat(x.differences(Observed.of(release, o, before, after))).containsExactly("state: OPEN vs REFUSED");
    }
}
