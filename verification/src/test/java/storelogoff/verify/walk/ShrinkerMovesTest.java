package storelogoff.verify.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.scenario.Scenario;
import storelogoff.scenario.ScenarioOptions;

/** Each of the shrinker's moves on its own: simpler arguments, a client removed or merged, a pair removed, ddmin's last pair. */
class ShrinkerMovesTest {
    private static final int NW = LogoffFlag.NO_WAIT.value, OR = LogoffFlag.ORDERLY.value, PU = LogoffFlag.PURGE.value,
            AB = LogoffFlag.ABORT.value, QU = LogoffFlag.QUIET.value;

    @Test
    void simplerArgumentsAreTheValidFlagsThenZeroThenNullThenFewerBits() {
        assertThat(Shrinker.simplerArguments(Step.logoff(2, OR))).containsExactly(Step.logoff(2, NW));
        assertThat(Shrinker.simplerArguments(Step.logoff(2, QU)))
                .containsExactly(Step.logoff(2, NW), Step.logoff(2, OR), Step.logoff(2, PU), Step.logoff(2, AB));
        assertThat(Shrinker.simplerArguments(Step.logoff(2, 0)))
                .containsExactly(Step.logoff(2, NW), Step.logoff(2, OR), Step.logoff(2, PU), Step.logoff(2, AB), Step.logoff(2, QU));
        assertThat(Shrinker.simplerArguments(Step.logoffNull(2))).hasSize(6).endsWith(Step.logoff(2, 0));
        assertThat(Shrinker.simplerArguments(Step.logoff(2, 0x400))).as("one unknown bit: nothing fewer to try but 0, once")
                .hasSize(7).doesNotHaveDuplicates();
        assertThat(Shrinker.simplerArguments(Step.logoff(2, 0x400 | NW))).hasSize(9)
                .endsWith(Step.logoff(2, 0x400), Step.logoff(2, NW)).doesNotContain(Step.logoff(2, 0x400 | NW));
    }

    @Test
    void aClientIsDroppedOrMergedAndTheClientsAboveItRenumbered() {
        Scenario sc = new Scenario(new ScenarioOptions(Reading.DEFAULT, 3, true), List.of(Step.call(Event.ADDREF, 2),
                Step.of(Event.SEND_START), Step.call(Event.SUBMIT, 3), Step.call(Event.RELEASE, 1), Step.logoff(2, NW)));
        Scenario dropped = Shrinker.withoutClient(sc, 2, 0);
        assertThat(dropped.options().clients()).isEqualTo(2);
        assertThat(dropped.steps()).containsExactly(Step.of(Event.SEND_START), Step.call(Event.SUBMIT, 2), Step.call(Event.RELEASE, 1));
        assertThat(Shrinker.withoutClient(sc, 2, 1).steps()).containsExactly(Step.call(Event.ADDREF, 1), Step.of(Event.SEND_START),
                Step.call(Event.SUBMIT, 2), Step.call(Event.RELEASE, 1), Step.logoff(1, NW));
        assertThat(Shrinker.withoutClient(sc, 3, 0).steps()).containsExactly(Step.call(Event.ADDREF, 2), Step.of(Event.SEND_START),
                Step.call(Event.RELEASE, 1), Step.logoff(2, NW));
    }

    @Test
    void stepsThatOnlyGoTogetherAreRemovedTogether() {
        // Fails with a Submit and a send while AddRefs and Releases balance: ddmin can remove no single step.
        Scenario sc = new Scenario(new ScenarioOptions(Reading.DEFAULT, 1, true), List.of(Step.call(Event.ADDREF, 1),
                Step.call(Event.SUBMIT, 1), Step.call(Event.RELEASE, 1), Step.of(Event.SEND_START)));
        Shrinker.Result r = Shrinker.shrink(sc, "balanced", s -> {
            long addrefs = s.steps().stream().filter(x -> x.event() == Event.ADDREF).count();
            long releases = s.steps().stream().filter(x -> x.event() == Event.RELEASE).count();
            int send = s.steps().indexOf(Step.of(Event.SEND_START));
            return addrefs == releases && send >= 0 && s.steps().contains(Step.call(Event.SUBMIT, 1))
                    ? new Violation("balanced", "m", send, s.steps().get(send), "", "") : null;
        });
        assertThat(r.scenario().steps()).containsExactly(Step.call(Event.SUBMIT, 1), Step.of(Event.SEND_START));
    }

    @Test
    void ddminReducesTwoElementsToTheOneThatFails() {
        assertThat(DeltaDebugging.ddmin(List.of("a", "b"), l -> l.contains("b"))).containsExactly("b");
        assertThat(DeltaDebugging.ddmin(List.of("a", "b"), l -> l.size() == 2)).containsExactly("a", "b");
    }
}
