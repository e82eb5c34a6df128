package storelogoff.trace;

import storelogoff.scenario.ObservedField;

/** One expected field of a step against the model's value, both in canonical form; {@code name} is how the trace named it. */
public record FieldCheck(ObservedField field, String name, String expected, String modelled) {
    public boolean differs() {
        return !expected.equals(modelled);
    }
}
