package storelogoff.verify.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.model.StoreLogoffSpec;
import storelogoff.model.Transition;

/** Wrong variants of the declaration, to show that the explorer catches what it should. */
final class Mutants {
    private Mutants() {}

    /** The declaration for {@code reading} with row {@code name} changed. */
    static Model changed(Reading reading, String name, UnaryOperator<Transition> change) {
        List<Transition> rows = new ArrayList<>(StoreLogoffSpec.transitions(reading));
        int at = indexOf(rows, name);
        rows.set(at, change.apply(rows.get(at)));
        return new Model(reading, rows);
    }

    /** The declaration for {@code reading} without the rows named. */
    static Model without(Reading reading, String... names) {
        List<Transition> rows = new ArrayList<>(StoreLogoffSpec.transitions(reading));
        for (String name : names) rows.remove(indexOf(rows, name));
        return new Model(reading, rows);
    }

    private static int indexOf(List<Transition> rows, String name) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).name().equals(name)) return i;
        }
        throw new IllegalArgumentException("no row " + name + " in " + Arrays.toString(rows.stream().map(Transition::name).toArray()));
    }
}
