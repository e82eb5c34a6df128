package storelogoff.verify.explore;

import java.util.ArrayList;
import java.util.List;

import storelogoff.model.Event;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.model.WorldField;
import storelogoff.verify.Invariant;
import storelogoff.verify.RecentlyBuilt;
import storelogoff.verify.Watch;

/**
 * Which invariants a transition is checked against, as one table built from their {@link Watch}
 * declarations: per {@link Watch.Kind} of step, the invariants that may watch it, in the order
 * given, each with the packed bits of the fields whose change it watches ({@link #ALWAYS} when it
 * watches the kind whatever changes). A transition then costs a lookup, a mask test per candidate
 * and a call per invariant it wakes; the first violation is the one checking every invariant on
 * every step would report first, since a skipped invariant could not have been broken there.
 */
final class Dispatch {
    /** The mask of an invariant that watches a kind of step whatever it changes. */
    static final long ALWAYS = -1L;

    private final Invariant[][] invariants;
    private final long[][] masks;
    /** Per kind, the invariants that watch it whatever it changes: all a step that changes nothing wakes. */
    private final Invariant[][] unchanged;
    /** Per kind, the bits whose change wakes some invariant beyond those: a step that changes none of them wakes no more. */
    private final long[] wakes;
    /** Every invariant, in the order given, and by kind then invariant what wakes it: what an {@link Audit} checks. */
    private final Invariant[] checks;
    private final long[] wake;
    /** Null but in tests: then every transition is audited (see {@link Audit}). */
    private final Audit audit;

    Dispatch(Invariant[] checks, StateCodec codec) {
        this(checks, codec, null);
    }

    /** As {@link #Dispatch(Invariant[], StateCodec)}, every transition then audited by {@code audit} (when not null). */
    Dispatch(Invariant[] checks, StateCodec codec, Audit audit) {
        this.checks = checks.clone();
        this.audit = audit;
        Table t = Table.of(this.checks, codec);
        invariants = t.invariants;
        masks = t.masks;
        unchanged = t.unchanged;
        wakes = t.wakes;
        wake = t.wake;
    }

    /** The arrays above, for one list of invariants and one layout of the code; never changed once built. */
    private record Table(Invariant[][] invariants, long[][] masks, Invariant[][] unchanged, long[] wakes, long[] wake) {
        /** The same invariants (the same objects, in the same order) and the same layout of the code's fields. */
        private record Key(List<Invariant> checks, List<Long> layout) {}

        /** The last tables built (the kill matrix and the tests search thousands of mutants with the same invariants and bounds). */
        private static final RecentlyBuilt<Key, Table> BUILT = new RecentlyBuilt<>(32);

        static Table of(Invariant[] checks, StateCodec codec) {
            List<Long> layout = new ArrayList<>();
            for (WorldField f : WorldField.values()) layout.add(codec.mask(f));
            return BUILT.get(new Key(List.of(checks), layout), k -> build(checks, codec));
        }

        private static Table build(Invariant[] checks, StateCodec codec) {
            int kinds = Watch.Kind.count(), n = checks.length;
            // By kind, then invariant: the code bits whose change wakes it (ALWAYS: any step); 0 when it
            // does not watch the kind, or watches only fields of no bits, which never change within these bounds.
            long[] wake = new long[kinds * n];
            for (int i = 0; i < n; i++) {
                for (Watch.Steps part : checks[i].watches().of()) {
                    long mask = 0;
                    if (part.changing().isEmpty()) mask = ALWAYS;
                    else for (WorldField f : part.changing()) mask |= codec.mask(f);
                    if (mask != 0) watch(part, mask, wake, n, i);
                }
            }
            Table t = new Table(new Invariant[kinds][], new long[kinds][], new Invariant[kinds][], new long[kinds], wake);
            for (int k = 0; k < kinds; k++) {
                int on = 0, always = 0;
                for (int i = 0; i < n; i++) {
                    long mask = wake[k * n + i];
                    if (mask != 0) on++;
                    if (mask == ALWAYS) always++;
                }
                t.invariants[k] = new Invariant[on];
                t.masks[k] = new long[on];
                t.unchanged[k] = new Invariant[always];
                for (int i = 0, j = 0, a = 0; i < n; i++) {
                    long mask = wake[k * n + i];
                    if (mask == 0) continue;
                    t.invariants[k][j] = checks[i];
                    t.masks[k][j++] = mask;
                    if (mask == ALWAYS) t.unchanged[k][a++] = checks[i];
                    else t.wakes[k] |= mask;
                }
            }
            return t;
        }
    }

    /** Adds {@code mask} to what wakes invariant {@code i} on every kind of step {@code part} matches ({@link Watch.Steps#matches}). */
    private static void watch(Watch.Steps part, long mask, long[] wake, int n, int i) {
        boolean[] either = {false, true}, yes = {true};
        boolean[] holder = part.byHolder() == null ? either : new boolean[] {part.byHolder()};
        boolean[] oneFlag = part.oneFlag() == null ? either : new boolean[] {part.oneFlag()};
        for (Event e : part.events()) for (StoreState from : part.from()) for (boolean h : holder) for (boolean f : oneFlag) {
            for (Watch.Answer a : part.answers()) {
                for (boolean c : part.callsTransports() ? yes : either) for (boolean w : part.writesOutput() ? yes : either) {
                    wake[Watch.Kind.index(e, from, h, f, a, c, w) * n + i] |= mask;
                }
            }
        }
    }

    /**
     * Checks the transition from {@code before} by {@code step} to {@code after} against the
     * invariants that watch it. {@code changed} holds the code bits the step changed:
     * {@link #ALWAYS} when unknown, and for every step from the initial world, which no step
     * reached, so that what an invariant says of the world is checked there too ({@link Watch}).
     * Returns false at the first violation, which {@code found} then holds; {@code found} counts
     * the checks.
     */
    boolean check(Reading reading, World before, Step step, World after, Observation observed, long changed,
                  Found found) {
        if (audit == null) return checkWoken(reading, before, step, after, observed, changed, found);
        long calls = found.checks;
        boolean holds = checkWoken(reading, before, step, after, observed, changed, found);
        audit(reading, before, step, after, observed, changed, found.checks - calls, holds ? null : found.invariant);
        return holds;
    }

    private boolean checkWoken(Reading reading, World before, Step step, World after, Observation observed, long changed,
                               Found found) {
        int k = Watch.Kind.index(step, before, after, observed);
        if ((changed & wakes[k]) == 0) {
            Invariant[] on = unchanged[k];
            for (int j = 0; j < on.length; j++) {
                String message = on[j].check(reading, before, step, after, observed);
                if (message != null) {
                    found.checks += j + 1;
                    return found.violated(on[j], message);
                }
            }
            found.checks += on.length;
            return true;
        }
        Invariant[] on = invariants[k];
        long[] mask = masks[k];
        for (int j = 0; j < on.length; j++) {
            if (mask[j] != ALWAYS && (mask[j] & changed) == 0) continue;
            found.checks++;
            String message = on[j].check(reading, before, step, after, observed);
            if (message != null) return found.violated(on[j], message);
        }
        return true;
    }

    /**
     * Checks every invariant on the transition that {@link #checkWoken} just checked: each the
     * table does not wake must hold there, since the search takes it to hold, and the table's
     * woken invariants, in order up to the first that fails, must be the ones checked
     * ({@code calls}, {@code violated}). Tells {@link #audit} of every difference.
     */
    private void audit(Reading reading, World before, Step step, World after, Observation observed, long changed,
                       long calls, Invariant violated) {
        int k = Watch.Kind.index(step, before, after, observed);
        long woken = 0;
        Invariant first = null;
        for (int i = 0; i < checks.length; i++) {
            Invariant inv = checks[i];
            String message = inv.check(reading, before, step, after, observed);
            long mask = wake[k * checks.length + i];
            if (mask == 0 || mask != ALWAYS && (mask & changed) == 0) {
                if (message != null) {
                    audit.unsound(inv.id() + " is not woken by '" + step + "' from " + before + " to " + after
                            + " (" + observed + "), yet fails there: " + message);
                }
            } else if (first == null) {
                woken++;
                if (message != null) first = inv;
            }
        }
        if (woken != calls || first != violated) {
            audit.unsound("the table wakes " + woken + " invariants up to " + (first == null ? "none failing" : first.id())
                    + " for '" + step + "' from " + before + ", but the dispatch checked " + calls + " up to "
                    + (violated == null ? "none failing" : violated.id()));
        }
    }

    /**
     * Told of every transition where the table and the invariants disagree: an invariant not
     * woken that fails (a {@link Watch} too narrow hides that violation), or a dispatch that
     * checked other invariants than its table wakes. Tests audit searches with it
     * ({@code DispatchSoundnessTest}); the search itself never does.
     */
    interface Audit {
        void unsound(String what);
    }

    /** A worker's record of the checks it made and the violation it found. */
    static final class Found {
        long checks;
        Invariant invariant;
        String message;

        boolean violated(Invariant inv, String text) {
            invariant = inv;
            message = text;
            return false;
        }
    }
}
