package storelogoff.verify;

import java.util.List;
import java.util.function.Predicate;

import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;

/**
 * An invariant for the engines' own tests, made from a lambda, so those tests do not depend on
 * the real ones (storelogoff.verify.invariants). It watches every step and applies to every
 * reading unless told otherwise.
 */
public record TestInvariant(String id, String description, List<String> clauses, Watch watches,
                            Predicate<Reading> readings, Check check) implements Invariant {

    /** The property: null when it holds, else what was violated. */
    @FunctionalInterface
    public interface Check {
        String check(Reading reading, World before, Step step, World after, Observation observed);
    }

    public TestInvariant {
        clauses = List.copyOf(clauses);
    }

    public static TestInvariant of(String id, String description, Check check, String... clauses) {
        return new TestInvariant(id, description, List.of(clauses), Watch.EVERY_STEP, r -> true, check);
    }

    /** The same invariant, watching only the steps {@code w} sees. */
    public TestInvariant watching(Watch w) {
        return new TestInvariant(id, description, clauses, w, readings, check);
    }

    /** The same invariant, applying only to the readings {@code readings} accepts. */
    public TestInvariant onlyUnder(Predicate<Reading> under) {
        return new TestInvariant(id, description, clauses, watches, under, check);
    }

    @Override
    public boolean appliesTo(Reading reading) {
        return readings.test(reading);
    }

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        return check.check(reading, before, step, after, observed);
    }

    @Override
    public String toString() {
        return id;
    }
}
