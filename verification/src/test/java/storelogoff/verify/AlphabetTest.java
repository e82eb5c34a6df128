package storelogoff.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Step;

/** The explorer's steps: each client's calls with every StoreLogoff argument, then the environment's. */
class AlphabetTest {

    @Test
    void everyClientCallsWithEveryArgumentThenTheEnvironmentOnce() {
        List<Step> two = Alphabet.steps(2);
        int perClient = 4 + Alphabet.LOGOFF_ARGUMENTS.size();
        assertThat(two).hasSize(2 * perClient + 5);
        assertThat(two.subList(0, 5)).containsExactly(Step.call(Event.ADDREF, 1), Step.call(Event.RELEASE, 1),
                Step.call(Event.SUBMIT, 1), Step.logoffNull(1), Step.logoff(1, 0));
        assertThat(two.get(perClient)).isEqualTo(Step.call(Event.ADDREF, 2));
        assertThat(two.subList(2 * perClient, two.size())).containsExactly(Step.of(Event.SEND_START),
                Step.of(Event.SEND_DONE), Step.of(Event.RECEIVE_START), Step.of(Event.RECEIVE_DONE),
                Step.of(Event.SPOOLER_RELEASE));
        assertThat(Alphabet.steps(1)).isEqualTo(two.stream().filter(s -> s.client() != 2).toList());
    }

    @Test
    void flagValuesAreTheArgumentsOnceEachWithAbort() {
        assertThat(Alphabet.flagValues()).isEqualTo(Alphabet.LOGOFF_ARGUMENTS).doesNotHaveDuplicates()
                .contains(LogoffFlag.ABORT.value);
    }
}
