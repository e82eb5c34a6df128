package storelogoff.verify.invariants;

import java.util.List;

import storelogoff.verify.Invariant;
import storelogoff.verify.Watch;

/** Common fields of an invariant: id, its one sentence, the steps it watches and its clauses. */
abstract class Spec implements Invariant {
    private final String id;
    private final List<String> clauses;
    private final String description;
    private final Watch watches;

    Spec(String id, String description, Watch watches, String... clauses) {
        this.id = id;
        this.description = description;
        this.watches = watches;
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
    public final Watch watches() {
        return watches;
    }

    @Override
    public String toString() {
        return id + " " + clauses;
    }
}
