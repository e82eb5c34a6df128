package storelogoff.model;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * The two engines that run the declaration. Every clause test runs on both, so a test that
 * passes says the same about the direct {@link Model} and the Spring Statemachine.
 */
enum Engine {
    DIRECT {
        @Override
        StoreMachine start(Model model, World initial) {
            return model.direct(initial);
        }
    },
    SPRING {
        @Override
        StoreMachine start(Model model, World initial) {
            return new SpringStore(model, initial);
        }
    };

    abstract StoreMachine start(Model model, World initial);

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Both engines. */
    static Stream<Arguments> both() {
        return Arrays.stream(values()).map(Arguments::of);
    }

    /** Both engines under every reading: for clauses that no reading may change. */
    static Stream<Arguments> everyReading() {
        return times(Reading.ALL);
    }

    /** Both engines with each of the five input flags (FLAGS-2). */
    static Stream<Arguments> everyInputFlag() {
        return times(StoreDriver.INPUT_FLAGS);
    }

    /** Both engines with each kind of transport activity (OUT-1..3). */
    static Stream<Arguments> everyActivity() {
        return times(Activity.ALL);
    }

    /** Every engine with every combination of one value from each list, in that order. */
    static Stream<Arguments> times(List<?>... lists) {
        Stream<List<Object>> rows = Arrays.stream(values()).map(e -> List.of(e));
        for (List<?> values : lists) {
            rows = rows.flatMap(row -> values.stream().map(v -> {
                List<Object> longer = new java.util.ArrayList<>(row);
                longer.add(v);
                return longer;
            }));
        }
        return rows.map(row -> Arguments.of(row.toArray()));
    }
}
