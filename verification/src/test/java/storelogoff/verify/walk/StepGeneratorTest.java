package storelogoff.verify.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
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

/**
 * What a walk's generator may produce, whatever its seed: clients within the walk's, and
 * StoreLogoff arguments each of exactly one kind (decision 0008); a walk ends only
 * after RELEASED. Walks of the direct model from 100 seeds.
 */
class StepGeneratorTest {
    private static final int OUTPUT_MASK = LogoffFlag.COMPLETE.value | LogoffFlag.ACTIVITY_MASK;
    private static final int CLIENTS = 3;

    @Test
    void everyStepIsByAClientOfTheWalkWithAnArgumentOfOneKind() {
        Set<String> kinds = new TreeSet<>();
        Set<Integer> callers = new TreeSet<>();
        Set<Integer> severalBitCounts = new TreeSet<>();
        for (Step s : walks()) {
            if (!s.event().isClientCall()) continue;
            callers.add(s.client());
            if (s.event() != Event.LOGOFF) continue;
            String kind = kind(s);
            kinds.add(kind);
            if (kind.equals("several flags")) severalBitCounts.add(Integer.bitCount(s.flags()));
        }
        assertThat(callers).containsExactly(1, 2, 3);
        assertThat(kinds).containsExactlyInAnyOrder("null", "zero", "NO_WAIT", "ORDERLY", "PURGE", "ABORT", "QUIET",
                "several flags", "unknown bit", "unknown bit and a flag", "output bits", "output bits and a flag");
        assertThat(severalBitCounts).as("input flags at once").contains(2, 5).allMatch(n -> n >= 2 && n <= 5);
    }

    @Test
    void aWalkEndsOnlyOnceTheStoreIsReleasedAndNotAlwaysAtOnce() {
        StepGenerator g = new StepGenerator(new SplittableRandom(7), CLIENTS);
        World w = World.initial(CLIENTS, true);
        for (StoreState s : StoreState.values()) {
            w.state = s;
            int ends = 0;
            for (int i = 0; i < 400; i++) if (g.ends(w)) ends++;
            if (s == StoreState.RELEASED) assertThat(ends).as("ends in RELEASED").isBetween(1, 399);
            else assertThat(ends).as("ends in %s", s).isZero();
        }
    }

    /** One kind per argument; anything else fails the test. */
    private static String kind(Step s) {
        if (s.nullFlags()) return "null";
        int f = s.flags();
        if (f == 0) return "zero";
        LogoffFlag single = LogoffFlag.singleInput(f);
        if (single != null) return single.name();
        int input = f & LogoffFlag.INPUT_MASK, output = f & OUTPUT_MASK, other = f & ~(LogoffFlag.INPUT_MASK | OUTPUT_MASK);
        boolean oneFlagOrNone = input == 0 || LogoffFlag.singleInput(input) != null;
        String flag = input == 0 ? "" : " and a flag";
        if (other == 0 && output == 0 && Integer.bitCount(input) >= 2) return "several flags";
        if (output == 0 && Integer.bitCount(other) == 1 && oneFlagOrNone) return "unknown bit" + flag;
        if (other == 0 && output != 0 && oneFlagOrNone) return "output bits" + flag;
        throw new AssertionError("argument of no kind: " + s);
    }

    /** The steps of 100 walks of up to 300 steps through the direct model, from seeds 0..99. */
    private static List<Step> walks() {
        Model model = new Model(Reading.DEFAULT);
        List<Step> steps = new ArrayList<>();
        Observation o = new Observation();
        for (long seed = 0; seed < 100; seed++) {
            StepGenerator g = new StepGenerator(new SplittableRandom(seed), CLIENTS);
            World w = World.initial(CLIENTS, true);
            for (int i = 0; i < 300 && !g.ends(w); i++) {
                Step s = g.next(w);
                steps.add(s);
                model.step(w, s, o);
            }
        }
        return steps;
    }
}
