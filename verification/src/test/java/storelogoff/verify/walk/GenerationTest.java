package storelogoff.verify.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.verify.Invariant;
import storelogoff.verify.TestInvariant;

/**
 * What the generator produces goes beyond the explorer's bounds: dozens of references that
 * also fall to zero, many messages, four clients, long walks, mostly valid StoreLogoff flags
 * with every kind of invalid one (FLAGS-1, FLAGS-2), and an IDLE store that lingers.
 */
class GenerationTest {

    /** Records every checked step and never objects. */
    private static final class Recorder {
        int logoffs, valid, maxRefs, maxSubmitted, maxArrivals, maxClient, dropsToZero, idleLingers;
        final Set<String> invalidKinds = new TreeSet<>();

        Invariant invariant() {
            return TestInvariant.of("test-recorder", "Records what the walks generate.", this::record);
        }

        String record(Reading reading, World before, Step step, World after, Observation observed) {
            maxRefs = Math.max(maxRefs, after.totalRefs());
            maxSubmitted = Math.max(maxSubmitted, after.submitted);
            maxArrivals = Math.max(maxArrivals, after.arrivals);
            if (step.event().isClientCall()) maxClient = Math.max(maxClient, step.client());
            if (before.totalRefs() > 0 && after.totalRefs() == 0) dropsToZero++;
            if (before.state == StoreState.IDLE && after.state == StoreState.IDLE) idleLingers++;
            if (step.event() == Event.LOGOFF) {
                logoffs++;
                if (Reading.DEFAULT.validate(step) == storelogoff.model.HResult.S_OK) valid++;
                else invalidKinds.add(kind(step));
            }
            return null;
        }

        private static String kind(Step s) {
            if (s.nullFlags()) return "null";
            int f = s.flags();
            if (f == 0) return "zero";
            int outputBits = LogoffFlag.COMPLETE.value | LogoffFlag.ACTIVITY_MASK;
            if ((f & outputBits) != 0) return "output bits";
            if ((f & ~LogoffFlag.INPUT_MASK) != 0) return "unknown bits";
            return "several flags";
        }
    }

    @Test
    void walksGoBeyondTheExhaustiveBounds() {
        Recorder rec = new Recorder();
        WalkConfig cfg = WalkConfig.defaults(null).withWalks(100);
        WalkReport r = RandomWalks.run(new Model(Reading.DEFAULT), List.of(rec.invariant()), cfg);
        long seed = cfg.seed();
        assertThat(r.passed()).as("seed %d: the recorder never objects", seed).isTrue();
        assertThat(rec.maxRefs).as("seed %d: most references held at once", seed).isGreaterThanOrEqualTo(20);
        assertThat(rec.dropsToZero).as("seed %d: times the references fell to zero", seed).isGreaterThanOrEqualTo(50);
        assertThat(rec.maxSubmitted).as("seed %d: most messages submitted in one walk", seed).isGreaterThanOrEqualTo(20);
        assertThat(rec.maxArrivals).as("seed %d: most arrivals in one walk", seed).isGreaterThanOrEqualTo(20);
        assertThat(rec.maxClient).as("seed %d: highest client calling", seed).isEqualTo(WalkConfig.DEFAULT_CLIENTS);
        assertThat(rec.idleLingers).as("seed %d: steps an IDLE store stayed IDLE", seed).isPositive();
        assertThat(r.steps() / r.walks()).as("seed %d: mean walk length", seed).isGreaterThanOrEqualTo(80);
        assertThat(rec.valid).as("seed %d: valid StoreLogoff flags among %d calls", seed, rec.logoffs)
                .isGreaterThan(rec.logoffs * 6 / 10).isLessThan(rec.logoffs);
        assertThat(rec.invalidKinds).as("seed %d: kinds of invalid argument", seed)
                .containsExactlyInAnyOrder("null", "zero", "several flags", "unknown bits", "output bits");
    }
}
