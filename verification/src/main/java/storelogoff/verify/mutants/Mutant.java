package storelogoff.verify.mutants;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.model.StoreLogoffSpec;
import storelogoff.model.Transition;

/**
 * A wrong variant of the declaration: one edit of the transition table. The suite must reject
 * every mutant that can change behaviour; that is how we know each invariant can fail.
 *
 * @param id          stable id, e.g. {@code quiet-ignores-activity}
 * @param operator    the operator that made it ({@code named} for the hand-written catalogue)
 * @param description the implementer's mistake it stands for
 * @param clauses     the clauses it breaks
 * @param readings    the readings under which it is meaningful
 * @param edit        the change to the reading's table
 */
public record Mutant(String id, String operator, String description, List<String> clauses,
                     Predicate<Reading> readings, UnaryOperator<List<Transition>> edit) {

    public boolean appliesTo(Reading r) {
        return readings.test(r);
    }

    /** The mutated model under {@code r}. */
    public Model model(Reading r) {
        return new Model(r, edit.apply(StoreLogoffSpec.transitions(r)));
    }

    @Override
    public String toString() {
        return id;
    }
}
