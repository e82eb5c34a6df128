package storelogoff.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.verify.explore.CrossCheck;
import storelogoff.verify.walk.WalkConfig;

/** {@code readingsAtOnce}: two readings run side by side (VerificationTest checks the order of their verdicts). */
class ReadingsAtOnceTest {
    private static final Bounds SMALLEST = new Bounds(1, 1, 1, 1, true);
    private static final List<Model> TWO = List.of(new Model(Reading.DEFAULT), new Model(Reading.ABORT_STOPS));

    @Test
    void twoAtOnceStartBothSearchesBeforeEitherEnds() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(2);
        List<Boolean> metTheOther = Collections.synchronizedList(new ArrayList<>());
        Verification.Plan plan = new Verification.Plan(SMALLEST, CrossCheck.none(), false, new WalkConfig(1, 1, 1, 1L, false)
                .withWalks(0), 2, 2);
        Verification.runAll(TWO, plan, () -> new Verification.Listener() {
            @Override
            public void phase(String name) {
                started.countDown();
                try {
                    // One after the other, the first search would wait here for a second that never starts.
                    metTheOther.add(started.await(20, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void progress(int states, long transitions, int queue, int depth, long elapsedNanos) {}
        }, v -> {});
        assertThat(metTheOther).containsExactly(true, true);
    }
}
