package storelogoff.verify.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Where a walk's seed comes from: the caller, then -Dstorelogoff.seed, then chance. */
@Isolated("sets the system property storelogoff.seed, which every walk without a seed reads")
class WalkSeedTest {

    @Test
    void seedComesFromCallerThenPropertyThenChance() {
        String old = System.getProperty(WalkConfig.SEED_PROPERTY);
        try {
            System.setProperty(WalkConfig.SEED_PROPERTY, "42");
            assertThat(WalkConfig.seed(7L)).as("the caller's seed wins").isEqualTo(7L);
            assertThat(WalkConfig.seed(null)).as("then -D%s", WalkConfig.SEED_PROPERTY).isEqualTo(42L);
            System.setProperty(WalkConfig.SEED_PROPERTY, "forty-two");
            assertThatThrownBy(() -> WalkConfig.seed(null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forty-two");
        } finally {
            if (old == null) System.clearProperty(WalkConfig.SEED_PROPERTY);
            else System.setProperty(WalkConfig.SEED_PROPERTY, old);
        }
    }
}
