package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import storelogoff.model.Event;
import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.verify.Alphabet;
import storelogoff.verify.Bounds;
import storelogoff.verify.Miswirings;
import storelogoff.verify.Miswirings.Miswiring;

class SpringCrossCheckTest {
    private static final Bounds TINY = new Bounds(1, 1, 1, 1, true);

    @Test
    void springAgreesOnEveryTransitionOfASmallModel() {
        ExplorationResult r = new Explorer(new Model(Reading.REM3_LITERAL), TINY).crossCheck(CrossCheck.all()).run();
        assertThat(r.crossMismatch()).isNull();
        assertThat(r.crossChecked()).isEqualTo(r.transitions());
    }

    @Test
    void sampleIsSeededAndAgrees() {
        ExplorationResult r = new Explorer(new Model(Reading.ABORT_STOPS), new Bounds(2, 2, 2, 2, true))
                .crossCheck(CrossCheck.sample(300, 7)).run();
        assertThat(r.crossMismatch()).isNull();
        assertThat(r.crossChecked()).isEqualTo(300);
        assertThat(r.summary()).contains("300 transitions compared (sample of 300, seed 7)");
    }

    /** The direct model goes straight to RELEASED where the declaration Spring runs goes IDLE. */
    @Test
    void catchesADifferenceWithItsTrace() {
        Model direct = Mutants.changed(Reading.DEFAULT, "AbortWhenIdle", t -> t.withTarget(StoreState.RELEASED));
        ExplorationResult r = new Explorer(direct, TINY).springModel(new Model(Reading.DEFAULT))
                .crossCheck(CrossCheck.all()).run();
        Counterexample c = r.crossMismatch();
        assertThat(c).isNotNull();
        assertThat(c.property()).isEqualTo("spring-agrees");
        // Client 1 releases its only reference with nothing saved: LOGOFF_ABORT with transports quiet.
        assertThat(c.steps()).containsExactly(Step.call(Event.RELEASE, 1));
        assertThat(c.message()).contains("direct RELEASED", "Spring IDLE");
        assertThat(r.passed()).isFalse();
    }

    static List<Miswiring> miswirings() {
        return List.of(
                Miswirings.guardsSwapped("DrainSend", "LastSendDone"),
                Miswirings.guardNegated("FinishSend"),
                Miswirings.firesInstead("ReleaseReference", "OpenReference"));
    }

    /** A wrongly wired Spring machine is caught by every decision with the counterexample all finds. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("miswirings")
    void everyDecisionCatchesAWrongWiringAsAllDoes(Miswiring wrong) {
        Model model = new Model(Reading.DEFAULT);
        Bounds bounds = new Bounds(2, 2, 2, 2, true);
        ExplorationResult decisions = new Explorer(model, bounds).spring(w -> wrong.machine(model, w))
                .crossCheck(CrossCheck.decisions()).run();
        ExplorationResult all = new Explorer(model, bounds).spring(w -> wrong.machine(model, w))
                .crossCheck(CrossCheck.all()).run();
        assertThat(all.crossMismatch()).as("all catches %s", wrong).isNotNull();
        assertThat(decisions.crossMismatch()).as("every decision catches %s", wrong).isNotNull();
        assertThat(decisions.crossMismatch().toScenario()).isEqualTo(all.crossMismatch().toScenario());
        assertThat(decisions.crossMismatch().message()).isEqualTo(all.crossMismatch().message());
        assertThat(decisions.crossChecked()).as("transitions compared before the difference")
                .isLessThan(all.crossChecked());
    }

    /** By default each decision reachable within the bounds is compared once: a few dozen of some 120,000 transitions. */
    @Test
    void byDefaultEachDecisionIsComparedOnce() {
        Model model = new Model(Reading.DEFAULT);
        Bounds bounds = new Bounds(2, 2, 2, 2, true);
        Explorer.Explored e = new Explorer(model, bounds).explore();
        ExplorationResult r = e.result();
        assertThat(r.crossCheck()).isEqualTo(CrossCheck.decisions());
        assertThat(r.crossMismatch()).isNull();
        // The decisions of every allowed step from every explored state, counted independently.
        Set<Long> decisions = new HashSet<>();
        World w = bounds.initialWorld();
        for (int i = 0; i < e.graph().size(); i++) {
            e.codec().decode(e.graph().code(i), w);
            for (Step s : Alphabet.steps(bounds.clients())) {
                if (bounds.allows(w, s)) decisions.add(model.decision(w, s));
            }
        }
        assertThat(r.crossChecked()).isEqualTo(decisions.size()).isLessThan(r.transitions() / 100);
        assertThat(r.summary()).contains(r.crossChecked() + " transitions compared (every decision)");
    }
}
