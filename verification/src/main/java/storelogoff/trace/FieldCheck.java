package storelogoff.trace;

import storelogoff.scenario.ObservedField;

/** One field of a step: what the implementation observed against the model's value, both in canonical form; {@code name} is how the trace named it. */
public record FieldCheck(ObservedField field, String name, String implementation, String model) {
    public boolean differs() {
        return !implementation.equals(model);
    }
}
