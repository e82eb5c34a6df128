package storelogoff.verify.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Model;
import storelogoff.model.Reading;

/** The walks' settings: their limits, the seed's sources, and the one-line report of a run. */
class WalkConfigTest {
    private static final WalkConfig CONFIG = new WalkConfig(3, 40, 2, 11L, false);

    @Test
    void limitsAreCheckedAtTheirEdges() {
        assertThat(new WalkConfig(0, 1, 1, 0L, false).walks()).as("no walks at all is allowed").isZero();
        assertThat(new WalkConfig(0, 1, 8, 0L, false).clients()).isEqualTo(8);
        assertThatThrownBy(() -> new WalkConfig(-1, 1, 1, 0L, false)).hasMessage("walks must be at least 0, was -1");
        assertThatThrownBy(() -> new WalkConfig(1, 0, 1, 0L, false)).hasMessage("maxSteps must be at least 1, was 0");
        assertThatThrownBy(() -> new WalkConfig(1, 1, 0, 0L, false)).hasMessage("clients must be 1..8, was 0");
        assertThatThrownBy(() -> new WalkConfig(1, 1, 9, 0L, false)).hasMessage("clients must be 1..8, was 9");
    }

    @Test
    void eachWithChangesItsOwnSettingOnly() {
        assertThat(CONFIG.withWalks(7)).isEqualTo(new WalkConfig(7, 40, 2, 11L, false));
        assertThat(CONFIG.withMaxSteps(9)).isEqualTo(new WalkConfig(3, 9, 2, 11L, false));
        assertThat(CONFIG.withClients(5)).isEqualTo(new WalkConfig(3, 40, 5, 11L, false));
        assertThat(CONFIG.withSeed(-4L)).isEqualTo(new WalkConfig(3, 40, 2, -4L, false));
        assertThat(CONFIG.withLockstep(true)).isEqualTo(new WalkConfig(3, 40, 2, 11L, true));
        assertThat(WalkConfig.defaults(5L)).isEqualTo(new WalkConfig(WalkConfig.DEFAULT_WALKS, WalkConfig.DEFAULT_MAX_STEPS,
                WalkConfig.DEFAULT_CLIENTS, 5L, true));
    }

    @Test
    void toStringSaysTheSizeAndTheSeed() {
        assertThat(CONFIG).hasToString("3 walks of up to 40 steps, up to 2 clients, seed 11");
        assertThat(CONFIG.withLockstep(true)).hasToString("3 walks of up to 40 steps, up to 2 clients, seed 11,"
                + " direct model in lockstep on each decision");
        assertThat(CONFIG.withLockstep(WalkConfig.Lockstep.EVERY_STEP)).hasToString("3 walks of up to 40 steps,"
                + " up to 2 clients, seed 11, direct model in lockstep");
    }

    @Test
    void theCallersSeedWinsThenThePropertyThenARandomOne() {
        String saved = System.getProperty(WalkConfig.SEED_PROPERTY);
        try {
            System.setProperty(WalkConfig.SEED_PROPERTY, " 123 ");
            assertThat(WalkConfig.seed(9L)).isEqualTo(9L);
            assertThat(WalkConfig.seed(null)).isEqualTo(123L);
            System.setProperty(WalkConfig.SEED_PROPERTY, "12x");
            assertThatThrownBy(() -> WalkConfig.seed(null))
                    .hasMessage("-Dstorelogoff.seed must be a whole number (a long), was '12x'");
            System.setProperty(WalkConfig.SEED_PROPERTY, " ");
            assertThat(List.of(WalkConfig.seed(null), WalkConfig.seed(null), WalkConfig.seed(null)))
                    .as("a blank property is no seed: each call draws one").doesNotHaveDuplicates();
        } finally {
            if (saved == null) System.clearProperty(WalkConfig.SEED_PROPERTY);
            else System.setProperty(WalkConfig.SEED_PROPERTY, saved);
        }
    }

    @Test
    void theSummaryLineSaysWhatRanAndTheVerdict() {
        WalkReport passed = RandomWalks.run(new Model(Reading.DEFAULT), List.of(), CONFIG);
        assertThat(passed.walks()).isEqualTo(3);
        assertThat(passed.summary()).startsWith("default: 3 walks, " + passed.steps() + " steps in ")
                .endsWith(" steps/s), seed 11: no violation");
        assertThat(passed.stepsPerSecond()).isPositive();
        WalkReport none = new WalkReport(Reading.DEFAULT, CONFIG, 0, 0, 0, 0, passed.coverage(), 0, 0, null);
        assertThat(none.stepsPerSecond()).as("no time, no speed").isZero();
    }
}
