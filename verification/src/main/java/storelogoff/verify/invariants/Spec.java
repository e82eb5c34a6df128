package storelogoff.verify.invariants;

import java.util.ArrayList;
import java.util.List;

import storelogoff.verify.Conjunct;
import storelogoff.verify.Invariant;
import storelogoff.verify.Watch;

/**
 * Common fields of an invariant: id, clauses, its one sentence, the steps it watches, and its
 * conjuncts, declared as fields with {@link #conjunct} so that each violation branch returns
 * {@code part.violated(...)}.
 */
abstract class Spec implements Invariant {
    private final String id;
    private final List<String> clauses;
    private final String description;
    private final Watch watches;
    private final List<Conjunct> conjuncts = new ArrayList<>();

    Spec(String id, String description, Watch watches, String... clauses) {
        this.id = id;
        this.description = description;
        this.watches = watches;
        this.clauses = List.of(clauses);
    }

    /** Declares the next conjunct of this invariant; ids are unique within it. */
    final Conjunct conjunct(String conjunctId, String what) {
        Conjunct c = new Conjunct(conjunctId, what);
        if (conjuncts.stream().anyMatch(x -> x.id().equals(conjunctId))) {
            throw new IllegalStateException(id + " declares conjunct " + conjunctId + " twice");
        }
        conjuncts.add(c);
        return c;
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
    public final List<Conjunct> conjuncts() {
        return List.copyOf(conjuncts);
    }

    @Override
    public String toString() {
        return id + " " + clauses;
    }
}
