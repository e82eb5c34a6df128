package storelogoff.trace;

/** One expected field of a step against the model's value, both in canonical form. */
public record FieldCheck(Field field, String expected, String modelled) {
    public boolean differs() {
        return !expected.equals(modelled);
    }
}
