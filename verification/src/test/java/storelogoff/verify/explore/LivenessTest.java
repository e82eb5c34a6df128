package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import storelogoff.model.Action;
import storelogoff.model.Event;
import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.verify.Bounds;

class LivenessTest {
    private static final Bounds SMALL = new Bounds(2, 2, 2, 2, true);

    private static Map<LivenessProperty, LivenessResult> liveness(Model model) {
        ExplorationResult r = new Explorer(model, SMALL).crossCheck(CrossCheck.none()).run();
        assertThat(r.violation()).as("no safety violation first").isNull();
        return r.liveness().stream().collect(Collectors.toMap(LivenessResult::property, Function.identity()));
    }

    /** ABORT-4, NOWAIT-4, ORDERLY-3, PURGE-2: every reading's model ends every logoff in a release. */
    @Test
    void realModelIsLiveUnderEveryReading() {
        for (Reading reading : Reading.ALL) {
            assertThat(liveness(new Model(reading)).values()).as(reading.name())
                    .extracting(LivenessResult::status).containsOnly(LivenessResult.Status.HOLDS);
        }
    }

    /** Without the spooler's release, IDLE is a dead end and RELEASED is out of reach. */
    @Test
    void catchesAStoreNeverReleased() {
        Map<LivenessProperty, LivenessResult> live = liveness(Mutants.without(Reading.DEFAULT, "SpoolerReleasesStore"));

        Counterexample stuck = live.get(LivenessProperty.NO_STUCK_STATE).counterexample();
        // Nothing saved: the final release acts on LOGOFF_ABORT (IMPL-4), the store goes IDLE and stays.
        assertThat(stuck.steps()).containsExactly(Step.call(Event.RELEASE, 1));
        assertThat(stuck.message()).contains("stuck", "IDLE");
        assertThat(stuck.clauses()).contains("NOWAIT-4", "ORDERLY-3", "ABORT-4", "PURGE-2");

        Counterexample unreachable = live.get(LivenessProperty.RELEASE_REACHABLE).counterexample();
        assertThat(unreachable.steps()).as("already the initial world cannot reach RELEASED").isEmpty();
        assertThat(live.get(LivenessProperty.DRAIN_ENDS).status()).isEqualTo(LivenessResult.Status.HOLDS);
    }

    /**
     * A send that ends by going back to the Outbox while draining: the drain runs in circles.
     * With two messages the last send can never be alone, so RELEASED is out of reach too;
     * yet no state is stuck.
     */
    @Test
    void catchesADrainThatCanCycle() {
        Action requeue = new Action("requeue", (w, s, o) -> {
            w.sending--;
            w.outbox++;
        });
        Model wrong = Mutants.changed(Reading.DEFAULT, "DrainSend", t -> t.withActions(List.of(requeue)));
        Map<LivenessProperty, LivenessResult> live = liveness(wrong);
        assertThat(live.get(LivenessProperty.NO_STUCK_STATE).status()).isEqualTo(LivenessResult.Status.HOLDS);
        assertThat(live.get(LivenessProperty.RELEASE_REACHABLE).note()).contains("the drain never ends");

        Counterexample cycle = live.get(LivenessProperty.DRAIN_ENDS).counterexample();
        assertThat(cycle.isCycle()).isTrue();
        // Following the cycle's steps comes back to the world it started from, all while DRAINING.
        World start = Replay.after(wrong, SMALL, cycle.steps(), cycle.loopStart());
        World end = Replay.after(wrong, SMALL, cycle.steps(), cycle.steps().size());
        assertThat(end).isEqualTo(start);
        assertThat(start.state).isEqualTo(StoreState.DRAINING);
        assertThat(cycle.steps().subList(cycle.loopStart(), cycle.steps().size()))
                .containsExactly(Step.of(Event.SEND_START), Step.of(Event.SEND_DONE));
        assertThat(cycle.toScenario()).contains("# the cycle starts here\nsend-start\nsend-done\n");
    }

    @Test
    void saysWhenLivenessWasSkipped() {
        ExplorationResult off = new Explorer(new Model(Reading.DEFAULT), SMALL).liveness(false)
                .crossCheck(CrossCheck.none()).run();
        assertThat(off.liveness()).hasSize(LivenessProperty.values().length)
                .allSatisfy(l -> assertThat(l.note()).contains("turned off"))
                .extracting(LivenessResult::status).containsOnly(LivenessResult.Status.SKIPPED);
        assertThat(off.edges()).isZero();
        assertThat(off.summary()).contains("SKIPPED");
    }
}
