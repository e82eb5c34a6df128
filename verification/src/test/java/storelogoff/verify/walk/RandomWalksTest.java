package storelogoff.verify.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Actions;
import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.model.StoreLogoffSpec;
import storelogoff.model.StoreState;
import storelogoff.model.Transition;

/**
 * The walks themselves: one seed fixes them, and with the default size they reach every state
 * and fire every row of the default reading. Seeds come from -Dstorelogoff.seed, else at random
 * ({@link WalkSeedTest}); every assertion names its seed.
 */
class RandomWalksTest {

    private static final Model DEFAULT = new Model(Reading.DEFAULT);

    @Test
    void sameSeedSameWalksAndReport() {
        WalkConfig cfg = WalkConfig.defaults(null).withWalks(40);
        WalkReport a = RandomWalks.run(DEFAULT, TestInvariants.BOTH, cfg);
        WalkReport b = RandomWalks.run(DEFAULT, TestInvariants.BOTH, cfg);
        assertThat(a.passed()).as("seed %d: the default model breaks no test invariant: %s", cfg.seed(), a.failure()).isTrue();
        assertThat(b.fingerprint()).as("seed %d: digest of every step of every walk", cfg.seed()).isEqualTo(a.fingerprint());
        assertThat(b.steps()).as("seed %d: steps", cfg.seed()).isEqualTo(a.steps());
        assertThat(b.coverage().states()).as("seed %d: states", cfg.seed()).isEqualTo(a.coverage().states());
        assertThat(b.coverage().transitions()).as("seed %d: transitions", cfg.seed()).isEqualTo(a.coverage().transitions());
        assertThat(b.coverage().transportsCalls()).as("seed %d: flag × activity", cfg.seed())
                .isEqualTo(a.coverage().transportsCalls());
    }

    @Test
    void differentSeedsDifferentWalks() {
        WalkConfig cfg = WalkConfig.defaults(null).withWalks(10);
        WalkReport a = RandomWalks.run(DEFAULT, List.of(), cfg);
        WalkReport b = RandomWalks.run(DEFAULT, List.of(), cfg.withSeed(cfg.seed() + 1));
        assertThat(b.fingerprint()).as("walks of seeds %d and %d", cfg.seed(), cfg.seed() + 1).isNotEqualTo(a.fingerprint());
    }

    @Test
    void defaultSizeReachesEveryStateAndFiresEveryRow() {
        WalkConfig cfg = WalkConfig.defaults(null);
        WalkReport r = RandomWalks.run(DEFAULT, TestInvariants.BOTH, cfg);
        assertThat(r.passed()).as("seed %d: %s", cfg.seed(), r.failure()).isTrue();
        assertThat(r.walks()).isEqualTo(WalkConfig.DEFAULT_WALKS);
        assertThat(r.coverage().neverReached()).as("seed %d: states never reached", cfg.seed()).isEmpty();
        assertThat(r.coverage().states()).containsOnlyKeys(StoreState.values());
        assertThat(r.coverage().neverFired()).as("seed %d: rows never fired", cfg.seed()).isEmpty();
        assertThat(r.coverage().transitions().keySet()).as("every row of the declaration is counted")
                .containsExactlyElementsOf(StoreLogoffSpec.transitions(Reading.DEFAULT).stream().map(Transition::name).toList());
        long calls = r.coverage().transportsCalls().values().stream().mapToLong(Long::longValue).sum();
        long callingRows = DEFAULT.transitions().stream().filter(t -> t.actions().contains(Actions.CALL_TRANSPORTS))
                .mapToLong(t -> r.coverage().transitions().get(t.name())).sum();
        assertThat(calls).as("seed %d: flag × activity pairs counted = firings of rows calling StoreLogoffTransports",
                cfg.seed()).isEqualTo(callingRows).isPositive();
        assertThat(r.stepsPerSecond()).as("seed %d: steps per second", cfg.seed()).isPositive();
    }
}
