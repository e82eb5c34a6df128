package storelogoff.model;

/**
 * A named condition on the world and the step: pure, so the direct engine and the Spring
 * machine evaluate the very same function. The label is what diagrams and tables show.
 */
public record Guard(String label, Test test) {

    @FunctionalInterface
    public interface Test {
        boolean test(World w, Step s);
    }

    public static final Guard ALWAYS = new Guard("", (w, s) -> true);

    public boolean test(World w, Step s) {
        return test.test(w, s);
    }

    public Guard and(Guard other) {
        if (this == ALWAYS) return other;
        if (other == ALWAYS) return this;
        Test a = test, b = other.test;
        return new Guard(label + " ∧ " + other.label, (w, s) -> a.test(w, s) && b.test(w, s));
    }

    public Guard negate() {
        Test a = test;
        return new Guard("¬(" + label + ")", (w, s) -> !a.test(w, s));
    }

    public Guard relabel(String newLabel) {
        return new Guard(newLabel, test);
    }

    @Override
    public String toString() {
        return label.isEmpty() ? "true" : label;
    }
}
