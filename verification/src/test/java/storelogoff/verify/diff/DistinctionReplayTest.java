package storelogoff.verify.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.scenario.Observed;
import storelogoff.scenario.ObservedField;
import storelogoff.verify.Bounds;

/** {@link Distinction#replay}: what each reading showed at each step, and where they part. */
class DistinctionReplayTest {

    /**
     * StoreLogoff(ORDERLY), the last Release (it calls StoreLogoffTransports, IMPL-2), the spooler's
     * release (it calls nothing): the last step shows no transports call only if it is observed from
     * the world the Release left.
     */
    private static final List<Step> STEPS = List.of(Step.logoff(1, LogoffFlag.ORDERLY.value), Step.call(Event.RELEASE, 1),
            Step.of(Event.SPOOLER_RELEASE));

    @Test
    void eachStepIsObservedFromTheWorldThePreviousStepsLeft() {
        Distinction d = Distinction.replay(Reading.DEFAULT, Reading.ABORT_STOPS, Bounds.DEFAULT, STEPS);
        assertThat(d.observedA()).as("default").isEqualTo(byHand(Reading.DEFAULT, STEPS));
        assertThat(d.observedB()).as("abort-stops").isEqualTo(byHand(Reading.ABORT_STOPS, STEPS));
        assertThat(d.observedA().get(1).get(ObservedField.TRANSPORTS_FLAGS)).isEqualTo("LOGOFF_ORDERLY");
        assertThat(d.observedA().get(2).get(ObservedField.TRANSPORTS_FLAGS)).as("the spooler's release calls nothing")
                .isEqualTo(ObservedField.NONE);
    }

    @Test
    void stepsBothReadingsShowAlikeHaveNoDifferingStep() {
        // ORDERLY with idle transports (ORDERLY-1..3) reads the same under default and abort-stops (ABORT-* only).
        Distinction d = Distinction.replay(Reading.DEFAULT, Reading.ABORT_STOPS, Bounds.DEFAULT, STEPS);
        assertThat(d.observedA()).isEqualTo(d.observedB());
        assertThat(d.firstDifferingStep()).isEqualTo(-1);
        assertThat(d.differences()).isEmpty();
    }

    /** Each step observed from the world before it, run step by step. */
    private static List<Observed> byHand(Reading r, List<Step> steps) {
        Model m = new Model(r);
        World w = Bounds.DEFAULT.initialWorld();
        Observation o = new Observation();
        List<Observed> out = new ArrayList<>();
        for (Step s : steps) {
            World before = w.copy();
            m.step(w, s, o);
            out.add(Observed.of(s, o, before, w));
        }
        return out;
    }
}
