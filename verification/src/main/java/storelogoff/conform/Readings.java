package storelogoff.conform;

import java.util.ArrayList;
import java.util.List;

import storelogoff.model.Reading;

/**
 * Every reading the model can run: each combination of the named alternatives, one per point
 * of the page (flag checking, LOGOFF_ABORT while active, StoreLogoff's output, the shared store),
 * 24 in all. The kit says which of them an implementation is consistent with.
 */
final class Readings {
    /** Per point, the names that choose it; "" is the default's choice. */
    private static final List<List<String>> POINTS = List.of(
            List.of("", "lenient-flags"),
            List.of("", "abort-stops"),
            List.of("", "output-complete", "output-unchanged"),
            List.of("", "rem3-literal"));

    private Readings() {}

    /** Every combination, the default first, then by how many points differ. */
    static List<Reading> all() {
        List<List<String>> combos = new ArrayList<>();
        combos.add(List.of());
        for (List<String> point : POINTS) {
            List<List<String>> grown = new ArrayList<>();
            for (List<String> c : combos) {
                for (String choice : point) {
                    List<String> g = new ArrayList<>(c);
                    if (!choice.isEmpty()) g.add(choice);
                    grown.add(g);
                }
            }
            combos = grown;
        }
        combos.sort(java.util.Comparator.comparingInt(List::size));
        return combos.stream().map(c -> c.isEmpty() ? Reading.DEFAULT : Reading.byName(String.join("+", c))).toList();
    }

    /** Whether {@code a} and {@code b} differ in exactly one point. */
    static boolean neighbours(Reading a, Reading b) {
        int differ = 0;
        if (a.validation() != b.validation()) differ++;
        if (a.abort() != b.abort()) differ++;
        if (a.output() != b.output()) differ++;
        if (a.shared() != b.shared()) differ++;
        return differ == 1;
    }

    /** The point on which neighbours {@code a} and {@code b} differ, by the names that choose it: {@code abort-stops}. */
    static String point(Reading a, Reading b) {
        if (a.validation() != b.validation()) return "lenient-flags";
        if (a.abort() != b.abort()) return "abort-stops";
        if (a.output() != b.output()) return "the output (output-complete, output-unchanged)";
        return "rem3-literal";
    }

    /** The reading of {@link #all()} that behaves as {@code r} (same choice on every point). */
    static Reading canonical(Reading r) {
        for (Reading c : all()) {
            if (c.validation() == r.validation() && c.abort() == r.abort() && c.output() == r.output() && c.shared() == r.shared()) {
                return c;
            }
        }
        throw new IllegalArgumentException("no combination matches " + r);
    }
}
