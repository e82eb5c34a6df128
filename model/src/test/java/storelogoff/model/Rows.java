package storelogoff.model;

/** Rows of the default reading's table by name, for tests about one row. */
final class Rows {
    private Rows() {}

    static Transition named(String name) {
        return StoreLogoffSpec.transitions(Reading.DEFAULT).stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("the default table has no row " + name));
    }
}
