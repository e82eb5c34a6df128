package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.verify.Bounds;

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
}
