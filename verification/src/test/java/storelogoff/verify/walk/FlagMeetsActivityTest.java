package storelogoff.verify.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import storelogoff.model.Model;
import storelogoff.model.Reading;

/**
 * Walks at the CI size call StoreLogoffTransports with every input flag meeting every mix of
 * activity (the generator aims the last release at one): a flag × activity pair never met is a
 * case the walks never judge. The direct model alone, as in {@link StepCoverageTest}, under every
 * reading, each with a seed of its own (20261128 is the CI's): the generator aims at the pairs the
 * run has not met yet, so no seed depends on luck (without that aim, seed 20261128 missed NO_WAIT
 * with a message both sending and queued).
 */
class FlagMeetsActivityTest {

    static List<Reading> readings() {
        return Reading.ALL;
    }

    @ParameterizedTest
    @MethodSource("readings")
    void everyFlagMeetsEveryActivityAtTheCall(Reading reading) {
        long seed = 20261128L + Reading.ALL.indexOf(reading);
        WalkReport w = RandomWalks.run(new Model(reading), null, List.of(), WalkConfig.defaults(seed));
        assertThat(w.coverage().transportsCalls()).hasSize(40);
        assertThat(w.coverage().neverCalled()).as("flag × activity never met under %s, seed %d", reading, seed).isEmpty();
    }
}
