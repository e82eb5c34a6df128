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

/** The argument simplifications, on a synthetic oracle whose minimal failure is known. */
class ShrinkerTest {

    private static final int BAD = LogoffFlag.NO_WAIT.value | LogoffFlag.PURGE.value | 0x400;

    @Test
    void simplerArgumentsAreStrictlySimpler() {
        Step several = Step.logoff(3, BAD);
        List<Step> simpler = Shrinker.simplerArguments(several);
        assertThat(simpler).as("candidates for %s", several)
                .contains(Step.logoff(3, LogoffFlag.NO_WAIT.value), Step.logoff(3, 0), Step.logoffNull(3),
                        Step.logoff(3, LogoffFlag.NO_WAIT.value | LogoffFlag.PURGE.value))
                .allSatisfy(s -> assertThat(Shrinker.rank(s)).as("rank of %s", s).isLessThan(Shrinker.rank(several)));
        assertThat(Shrinker.simplerArguments(Step.logoff(1, LogoffFlag.NO_WAIT.value))).as("NO_WAIT is simplest").isEmpty();
    }

    @Test
    void shrinksStepsFlagsAndClients() {
        // The oracle: "fails" once client 2 has called StoreLogoff with the PURGE bit and later someone submits.
        Scenario failing = new Scenario(new ScenarioOptions(Reading.DEFAULT, 4, false), List.of(
                Step.call(Event.ADDREF, 3), Step.of(Event.RECEIVE_START), Step.logoff(2, 0x10000 | BAD),
                Step.call(Event.ADDREF, 4), Step.call(Event.SUBMIT, 4), Step.of(Event.SEND_START), Step.call(Event.RELEASE, 1)));
        Shrinker.Result r = Shrinker.shrink(failing, "purge-then-submit", ShrinkerTest::purgeThenSubmit);
        assertThat(r.scenario().steps()).as("shrunk steps")
                .containsExactly(Step.logoff(2, LogoffFlag.PURGE.value), Step.call(Event.SUBMIT, 1));
        assertThat(r.scenario().options().clients()).as("clients left").isEqualTo(2);
        assertThat(r.scenario().options().defaultInbox()).as("default Inbox back on, the simpler setting").isTrue();
        assertThat(r.violation().id()).isEqualTo("purge-then-submit");
    }

    @Test
    void keepsTheScenarioWhenTheOracleDoesNotReproduce() {
        Scenario sc = new Scenario(new ScenarioOptions(Reading.DEFAULT, 1, true), List.of(Step.call(Event.SUBMIT, 1)));
        Shrinker.Result r = Shrinker.shrink(sc, "something-else", ShrinkerTest::purgeThenSubmit);
        assertThat(r.scenario()).isEqualTo(sc);
        assertThat(r.violation()).as("what the oracle saw").isNull();
    }

    private static Violation purgeThenSubmit(Scenario sc) {
        boolean purged = false;
        for (int i = 0; i < sc.steps().size(); i++) {
            Step s = sc.steps().get(i);
            if (s.event() == Event.LOGOFF && s.client() == 2 && !s.nullFlags() && (s.flags() & LogoffFlag.PURGE.value) != 0) {
                purged = true;
            }
            if (purged && s.event() == Event.SUBMIT) {
                return new Violation("purge-then-submit", "submitted after a PURGE logoff", i, s, "", "");
            }
        }
        return null;
    }
}
