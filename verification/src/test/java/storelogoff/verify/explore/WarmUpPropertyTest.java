package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import storelogoff.model.Reading;
import storelogoff.verify.Bounds;

/**
 * {@code bench}'s warm-up comes from {@value ExplorerBench#WARM_UP_PROPERTY}, a second unless
 * set: {@code run} and {@code warmUp} last at least what it says. Isolated: it sets a system
 * property the whole JVM reads.
 */
@Isolated
class WarmUpPropertyTest {
    private static final Bounds LEAST = new Bounds(1, 1, 0, 0, false);

    @Test
    void theWarmUpIsWhatThePropertySaysOrASecond() {
        String was = System.getProperty(ExplorerBench.WARM_UP_PROPERTY);
        try {
            System.clearProperty(ExplorerBench.WARM_UP_PROPERTY);
            assertThat(ExplorerBench.warmUpMillis()).isEqualTo(1_000);
            System.setProperty(ExplorerBench.WARM_UP_PROPERTY, "40");
            assertThat(ExplorerBench.warmUpMillis()).isEqualTo(40);

            long start = System.nanoTime();
            ExplorerBench.warmUp(LEAST, List.of(Reading.DEFAULT), List.of(), false, 1, false);
            assertThat(System.nanoTime() - start).as("warmUp").isGreaterThanOrEqualTo(40_000_000L);

            start = System.nanoTime();
            List<ExplorerBench.Result> r = ExplorerBench.run(LEAST, List.of(Reading.DEFAULT), 1, List.of(), false, 1, false);
            assertThat(System.nanoTime() - start).as("run").isGreaterThanOrEqualTo(40_000_000L);
            assertThat(r).singleElement().satisfies(x -> assertThat(x.states()).isEqualTo(18));
        } finally {
            if (was == null) System.clearProperty(ExplorerBench.WARM_UP_PROPERTY);
            else System.setProperty(ExplorerBench.WARM_UP_PROPERTY, was);
        }
    }
}
