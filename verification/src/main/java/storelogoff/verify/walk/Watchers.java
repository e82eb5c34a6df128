package storelogoff.verify.walk;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.model.WorldField;
import storelogoff.verify.Invariant;
import storelogoff.verify.RecentlyBuilt;
import storelogoff.verify.Watch;

/**
 * The invariants a walk step wakes, looked up once per step: per {@link Watch.Kind} of step,
 * the invariants that may watch it, in the order given, each with the fields whose change it
 * watches (null when it watches the kind whatever changes). Each invariant is woken exactly
 * when {@link Watch#sees} would say so, for the cost of one kind and a few field reads.
 */
final class Watchers {
    private static final WorldField[] ALWAYS = null;

    private final Invariant[][] invariants;
    private final WorldField[][][] fields;
    private final Invariant[] woken;
    private int count;

    Watchers(Invariant[] checks) {
        Table t = Table.of(checks);
        invariants = t.invariants;
        fields = t.fields;
        woken = new Invariant[checks.length];
    }

    /** The arrays above for one list of invariants; never changed once built. */
    private record Table(Invariant[][] invariants, WorldField[][][] fields) {
        /** The last tables built, by the same invariants (the same objects, in the same order): every walk run and shrink builds a checker. */
        private static final RecentlyBuilt<List<Invariant>, Table> BUILT = new RecentlyBuilt<>(32);

        static Table of(Invariant[] checks) {
            return BUILT.get(List.of(checks), k -> build(checks));
        }

        private static Table build(Invariant[] checks) {
            List<Watch.Kind> kinds = Watch.Kind.all();
            Table t = new Table(new Invariant[kinds.size()][], new WorldField[kinds.size()][][]);
            for (Watch.Kind k : kinds) {
                List<Invariant> on = new ArrayList<>();
                List<WorldField[]> changing = new ArrayList<>();
                for (Invariant inv : checks) {
                    boolean watched = false;
                    boolean always = false;
                    Set<WorldField> union = EnumSet.noneOf(WorldField.class);
                    for (Watch.Steps s : inv.watches().of()) {
                        if (!s.matches(k)) continue;
                        watched = true;
                        if (s.changing().isEmpty()) always = true;
                        union.addAll(s.changing());
                    }
                    if (!watched) continue;
                    on.add(inv);
                    changing.add(always ? ALWAYS : union.toArray(WorldField[]::new));
                }
                t.invariants[k.index()] = on.toArray(Invariant[]::new);
                t.fields[k.index()] = changing.toArray(WorldField[][]::new);
            }
            return t;
        }
    }

    /**
     * The invariants the step from {@code before} to {@code after} wakes under {@code reading}, in the order given,
     * as the first {@link #count()} of the returned array (reused by the next call); with
     * {@code fromStart} every field counts as changed, as in {@link Watch#sees}.
     */
    Invariant[] woken(Reading reading, Step step, World before, World after, Observation observed, boolean fromStart) {
        int k = Watch.Kind.index(reading, step, before, after, observed);
        Invariant[] on = invariants[k];
        WorldField[][] changing = fields[k];
        count = 0;
        for (int j = 0; j < on.length; j++) {
            if (fromStart || changing[j] == ALWAYS || changesAny(changing[j], before, after)) woken[count++] = on[j];
        }
        return woken;
    }

    /** Whether this and {@code other} look steps up in one table (WatchersTest: it is built once per list of invariants). */
    boolean sharesTableWith(Watchers other) {
        return invariants == other.invariants;
    }

    /** How many invariants the last {@link #woken} call woke. */
    int count() {
        return count;
    }

    private static boolean changesAny(WorldField[] fields, World before, World after) {
        for (WorldField f : fields) {
            for (int slot = 0; slot < f.slots(before.clients()); slot++) {
                if (f.read(before, slot) != f.read(after, slot)) return true;
            }
        }
        return false;
    }
}
