package storelogoff.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import storelogoff.model.Guard;
import storelogoff.model.Model;
import storelogoff.model.SpringStore;
import storelogoff.model.SpringStore.Wire;
import storelogoff.model.World;

/**
 * Wrong translations of the table into a Spring machine ({@link SpringStore#miswired}), for
 * tests that the checkers comparing Spring with the direct engine catch them: the rows stay
 * right, only what Spring is told differs.
 */
public final class Miswirings {
    private Miswirings() {}

    /** A named wrong wiring. */
    public record Miswiring(String name, UnaryOperator<List<Wire>> wiring) {
        public SpringStore machine(Model model, World initial) {
            return SpringStore.miswired(model, initial, wiring);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Two rows of one state and event, each wired with the other's guard. */
    public static Miswiring guardsSwapped(String a, String b) {
        return new Miswiring("guards of " + a + " and " + b + " swapped", wires -> {
            Wire wa = find(wires, a), wb = find(wires, b);
            if (wa.declared().source() != wb.declared().source() || wa.declared().event() != wb.declared().event()) {
                throw new IllegalArgumentException(a + " and " + b + " are not rows of one state and event");
            }
            return replace(replace(wires, a, new Wire(wa.declared(), wb.guard(), wa.fires())),
                    b, new Wire(wb.declared(), wa.guard(), wb.fires()));
        });
    }

    /** One row's guard negated on the Spring side only. */
    public static Miswiring guardNegated(String row) {
        return new Miswiring("guard of " + row + " negated", wires -> {
            Wire w = find(wires, row);
            return replace(wires, row, new Wire(w.declared(), w.guard().negate(), w.fires()));
        });
    }

    /** One row's Spring transition runs another row's actions. */
    public static Miswiring firesInstead(String row, String other) {
        return new Miswiring(row + " runs the actions of " + other, wires -> {
            Wire w = find(wires, row);
            return replace(wires, row, new Wire(w.declared(), w.guard(), find(wires, other).fires()));
        });
    }

    /**
     * One row's guard answers wrongly once Spring has asked it {@code times} times about one
     * world in a row: a wrong answer that needs events one after another on the same machine,
     * as state Spring carried from event to event would. A machine reset into each world
     * before each step never shows it.
     */
    public static Miswiring liesAfterRepeats(String row, int times) {
        return new Miswiring(row + " answers wrongly from the " + times + "th question on one world", wires -> {
            Wire w = find(wires, row);
            Guard right = w.guard();
            Object[] last = new Object[1];
            int[] asked = new int[1];
            Guard lying = new Guard(right.label(), (world, step) -> {
                if (world == last[0]) {
                    asked[0]++;
                } else {
                    last[0] = world;
                    asked[0] = 1;
                }
                return asked[0] >= times != right.test(world, step);
            });
            return replace(wires, row, new Wire(w.declared(), lying, w.fires()));
        });
    }

    private static Wire find(List<Wire> wires, String row) {
        return wires.stream().filter(w -> w.declared().name().equals(row)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + row));
    }

    private static List<Wire> replace(List<Wire> wires, String row, Wire with) {
        List<Wire> out = new ArrayList<>();
        for (Wire w : wires) out.add(w.declared().name().equals(row) ? with : w);
        return out;
    }
}
