package storelogoff.verify.invariants;

import java.util.List;

import storelogoff.verify.Invariant;

/** Common fields of an invariant: id, clauses and its one sentence. */
abstract class Spec implements Invariant {
    private final String id;
    private final List<String> clauses;
    private final String description;

    Spec(String id, String description, String... clauses) {
        this.id = id;
        this.description = description;
        this.clauses = List.of(clauses);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final List<String> clauses() {
        return clauses;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public String toString() {
        return id + " " + clauses;
    }
}
