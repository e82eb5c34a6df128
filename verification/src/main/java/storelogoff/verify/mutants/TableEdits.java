package storelogoff.verify.mutants;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import storelogoff.model.Action;
import storelogoff.model.Guard;
import storelogoff.model.StoreState;
import storelogoff.model.Transition;

/** Edits of a transition table by row name. An edit naming a missing row fails loudly. */
public final class TableEdits {
    private TableEdits() {}

    public static UnaryOperator<List<Transition>> onRow(String row, UnaryOperator<Transition> change) {
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

    public static UnaryOperator<Transition> dropAction(String action) {
        return t -> {
            List<Action> a = new ArrayList<>(t.actions());
            if (!a.removeIf(x -> x.name().equals(action))) {
                throw new IllegalArgumentException("row " + t.name() + " has no action " + action);
            }
            return t.withActions(a);
        };
    }

    public static UnaryOperator<Transition> replaceAction(String action, Action with) {
        return t -> {
            List<Action> a = new ArrayList<>(t.actions());
            int i = indexOf(a, action, t);
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
