package storelogoff.verify.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** ddmin on synthetic predicates, where the minimal failing input is known. */
class DeltaDebuggingTest {

    private static final List<Integer> HUNDRED = IntStream.range(0, 100).boxed().toList();

    @Test
    void findsTheThreeElementsThatTogetherFail() {
        Predicate<List<Integer>> fails = l -> l.contains(13) && l.contains(57) && l.contains(88);
        List<Integer> tests = new ArrayList<>();
        List<Integer> result = DeltaDebugging.ddmin(HUNDRED, l -> { tests.add(l.size()); return fails.test(l); });
        assertThat(result).as("the minimal failing input").containsExactly(13, 57, 88);
        assertThat(tests.size()).as("tests ddmin ran on 100 elements with 3 needed").isLessThan(200);
    }

    @Test
    void keepsOrderAndResultIsOneMinimal() {
        // Fails when an even number is followed, somewhere later, by a multiple of 7 above 50.
        Predicate<List<Integer>> fails = l -> {
            for (int i = 0; i < l.size(); i++) {
                for (int j = i + 1; j < l.size(); j++) {
                    if (l.get(i) % 2 == 0 && l.get(j) % 7 == 0 && l.get(j) > 50) return true;
                }
            }
            return false;
        };
        List<Integer> result = DeltaDebugging.ddmin(HUNDRED, fails);
        assertThat(fails.test(result)).as("ddmin's result %s still fails", result).isTrue();
        assertThat(result).as("an even number then a multiple of 7 above 50").hasSize(2);
        for (int i = 0; i < result.size(); i++) {
            List<Integer> without = new ArrayList<>(result);
            without.remove(i);
            assertThat(fails.test(without)).as("%s without element %d must pass (1-minimal)", result, i).isFalse();
        }
    }

    @Test
    void singleCulpritAndEmptyResult() {
        assertThat(DeltaDebugging.ddmin(HUNDRED, l -> l.contains(99))).containsExactly(99);
        assertThat(DeltaDebugging.ddmin(HUNDRED, l -> true)).as("fails even when empty").isEmpty();
    }
}
