package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.scenario.ScenarioWriter;
import storelogoff.verify.Bounds;

class CounterexampleTest {

    @Test
    void rendersAReplayableScenario() {
        Counterexample c = new Counterexample(Reading.byName("lenient-flags+abort-stops"), new Bounds(3, 2, 1, 1, false),
                List.of(Step.call(Event.ADDREF, 2), Step.logoff(2, LogoffFlag.NO_WAIT.value), Step.logoffNull(1),
                        Step.of(Event.SEND_START)),
                "some-invariant", List.of("NOWAIT-2", "IMPL-1"), "first line\nsecond line");
        assertThat(c.toScenario()).isEqualTo("""
                # Counterexample found by the explorer: some-invariant (NOWAIT-2, IMPL-1)
                # first line
                # second line
                # reading lenient-flags+abort-stops; bounds: 3 clients, 2 refs each, 1 messages, 1 arrivals, no default Inbox
                # 4 steps
                set reading lenient-flags+abort-stops
                set clients 3
                set default-inbox off
                c2 addref
                c2 logoff NO_WAIT
                logoff null
                send-start
                """);
    }

    @Test
    void marksWhereACycleStarts() {
        Counterexample c = new Counterexample(Reading.DEFAULT, Bounds.DEFAULT,
                List.of(Step.call(Event.SUBMIT, 1), Step.of(Event.SEND_START), Step.of(Event.SEND_DONE)),
                "drain-ends", List.of(), "loops", 1);
        assertThat(c.toScenario())
                .contains("# 3 steps, the last 2 repeat forever\n")
                .contains("set clients 2\nsubmit\n# the cycle starts here\nsend-start\nsend-done\n")
                .doesNotContain("default-inbox");
    }

    /** A loop that repeats no step, or starts past the steps, is refused; -1 says there is no loop. */
    @Test
    void refusesALoopStartOutsideTheSteps() {
        assertThatThrownBy(() -> new Counterexample(Reading.DEFAULT, Bounds.DEFAULT, List.of(), "p", List.of(), "m", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("loopStart 1 outside -1..-1");
        List<Step> two = List.of(Step.of(Event.SEND_START), Step.of(Event.SEND_DONE));
        assertThatThrownBy(() -> new Counterexample(Reading.DEFAULT, Bounds.DEFAULT, two, "p", List.of(), "m", 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("loopStart 2 outside -1..1");
        assertThatThrownBy(() -> new Counterexample(Reading.DEFAULT, Bounds.DEFAULT, two, "p", List.of(), "m", -2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("loopStart -2 outside -1..1");
        assertThat(new Counterexample(Reading.DEFAULT, Bounds.DEFAULT, two, "p", List.of(), "m", 1).loopStart()).isEqualTo(1);
        assertThat(new Counterexample(Reading.DEFAULT, Bounds.DEFAULT, List.of(), "p", List.of(), "m", -1).isCycle()).isFalse();
    }

    /** A cycle from the initial world repeats every step; its one-line form names the property, message and steps. */
    @Test
    void aCycleMayStartAtTheFirstStep() {
        Counterexample c = new Counterexample(Reading.DEFAULT, Bounds.DEFAULT,
                List.of(Step.of(Event.SEND_START), Step.of(Event.SEND_DONE)), "drain-ends", List.of(), "loops", 0);
        assertThat(c.isCycle()).isTrue();
        assertThat(c.toScenario()).contains("# 2 steps, the last 2 repeat forever\n")
                .endsWith("set clients 2\n# the cycle starts here\nsend-start\nsend-done\n");
        assertThat(c.toString()).isEqualTo("drain-ends: loops after " + ScenarioWriter.lines(c.steps()));
        assertThat(c.toString()).startsWith("drain-ends: loops after ").contains("send-start").contains("send-done");
        Counterexample safety = new Counterexample(Reading.DEFAULT, Bounds.DEFAULT, List.of(Step.of(Event.SEND_START)),
                "p", List.of(), "m");
        assertThat(safety.isCycle()).isFalse();
        assertThat(safety.loopStart()).isEqualTo(-1);
        assertThat(safety.toScenario()).contains("# 1 step\n").doesNotContain("repeat").doesNotContain("cycle");
    }
}
