package storelogoff.verify.mutants;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import storelogoff.model.Action;
import storelogoff.model.Guard;
import storelogoff.model.Reading;
import storelogoff.model.StoreLogoffSpec;
import storelogoff.model.StoreState;
import storelogoff.model.Transition;

/**
 * Edits of a transition table, addressing rows by name and actions by reference. A row name is
 * checked when the edit is made, against every reading's table, so a typo in a mutant fails as
 * the catalogue is built (NamedMutantsTest), not inside a run; an edit that finds no such row
 * or action in the table it is applied to fails loudly too.
 */
public final class TableEdits {
    /** The row names of every reading's table. */
    private static final Set<String> ROWS = Reading.ALL.stream().flatMap(r -> StoreLogoffSpec.transitions(r).stream())
            .map(Transition::name).collect(Collectors.toCollection(TreeSet::new));

    private TableEdits() {}

    /** {@code name}, checked to be a row of some reading's table. */
    static String row(String name) {
        if (!ROWS.contains(name)) {
            throw new IllegalArgumentException("no row named " + name + " in the table of any reading; rows: " + ROWS);
        }
        return name;
    }

    public static UnaryOperator<List<Transition>> onRow(String row, UnaryOperator<Transition> change) {
        row(row);
        return rows -> {
            List<Transition> out = new ArrayList<>(rows.size());
            boolean found = false;
            for (Transition t : rows) {
                if (t.name().equals(row)) {
                    out.add(change.apply(t));
                    found = true;
                } else {
                    out.add(t);
                }
            }
            if (!found) throw new IllegalArgumentException("no row named " + row + " in the table");
            return out;
        };
    }

    public static UnaryOperator<List<Transition>> onRows(UnaryOperator<Transition> change, String... rows) {
        UnaryOperator<List<Transition>> all = UnaryOperator.identity();
        for (String r : rows) {
            UnaryOperator<List<Transition>> prev = all;
            UnaryOperator<List<Transition>> next = onRow(r, change);
            all = x -> next.apply(prev.apply(x));
        }
        return all;
    }

    public static UnaryOperator<List<Transition>> removeRow(String row) {
        row(row);
        return rows -> {
            List<Transition> out = new ArrayList<>(rows);
            if (!out.removeIf(t -> t.name().equals(row))) throw new IllegalArgumentException("no row named " + row);
            return out;
        };
    }

    public static UnaryOperator<List<Transition>> addRow(Transition extra) {
        return rows -> {
            List<Transition> out = new ArrayList<>(rows);
            out.add(extra);
            return out;
        };
    }

    public static UnaryOperator<Transition> guard(Guard g) {
        return t -> t.withGuard(g);
    }

    public static UnaryOperator<Transition> target(StoreState s) {
        return t -> t.withTarget(s);
    }

    /** Every row that runs {@code action} (an action of {@code Actions}; rows match it by name), changed. */
    public static UnaryOperator<List<Transition>> rowsDoing(Action action, UnaryOperator<Transition> change) {
        return rows -> rows.stream().map(t -> t.actions().stream().anyMatch(a -> a.name().equals(action.name()))
                ? change.apply(t) : t).toList();
    }

    public static UnaryOperator<Transition> dropAction(Action action) {
        return t -> {
            List<Action> a = new ArrayList<>(t.actions());
            if (!a.removeIf(x -> x.name().equals(action.name()))) {
                throw new IllegalArgumentException("row " + t.name() + " has no action " + action.name());
            }
            return t.withActions(a);
        };
    }

    /** {@code action} (an action of {@code Actions}; rows match it by name) replaced by {@code with}. */
    public static UnaryOperator<Transition> replaceAction(Action action, Action with) {
        return t -> {
            List<Action> a = new ArrayList<>(t.actions());
            int i = indexOf(a, action.name(), t);
            a.set(i, with);
            return t.withActions(a);
        };
    }

    public static UnaryOperator<Transition> addAction(Action extra) {
        return t -> {
            List<Action> a = new ArrayList<>(t.actions());
            a.add(extra);
            return t.withActions(a);
        };
    }

    private static int indexOf(List<Action> a, String name, Transition t) {
        for (int i = 0; i < a.size(); i++) if (a.get(i).name().equals(name)) return i;
        throw new IllegalArgumentException("row " + t.name() + " has no action " + name);
    }
}
