package storelogoff.verify.explore;

import java.util.List;
import java.util.function.UnaryOperator;

import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.model.StoreLogoffSpec;
import storelogoff.model.Transition;
import storelogoff.verify.mutants.TableEdits;

/** Wrong variants of the declaration, to show that the explorer catches what it should. */
final class Mutants {
    private Mutants() {}

    /** The declaration for {@code reading} with row {@code name} changed. */
    static Model changed(Reading reading, String name, UnaryOperator<Transition> change) {
        return new Model(reading, TableEdits.onRow(name, change).apply(StoreLogoffSpec.transitions(reading)));
    }

    /** The declaration for {@code reading} without the rows named. */
    static Model without(Reading reading, String... names) {
        List<Transition> rows = StoreLogoffSpec.transitions(reading);
        for (String name : names) rows = TableEdits.removeRow(name).apply(rows);
        return new Model(reading, rows);
    }
}
