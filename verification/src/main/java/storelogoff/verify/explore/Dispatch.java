package storelogoff.verify.explore;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.model.WorldField;
import storelogoff.verify.Invariant;
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
    Dispatch(Invariant[] checks, StateCodec codec) {
        int kinds = KINDS.size();
        invariants = new Invariant[kinds][];
        masks = new long[kinds][];
        unchanged = new Invariant[kinds][];
        wakes = new long[kinds];
        Wake[][] wakesOf = new Wake[checks.length][];
        for (int i = 0; i < checks.length; i++) wakesOf[i] = WAKES.computeIfAbsent(checks[i].watches(), Dispatch::wakeTable);
        long[] maskOf = new long[WorldField.values().length];
        for (WorldField f : WorldField.values()) maskOf[f.ordinal()] = codec.mask(f);
        for (int k = 0; k < kinds; k++) {
            List<Invariant> on = new ArrayList<>();
            List<Long> bits = new ArrayList<>();
            for (int i = 0; i < checks.length; i++) {
                Wake w = wakesOf[i][k];
                if (w == null) continue;
                long mask = 0;
                if (w.always()) mask = ALWAYS;
                else for (WorldField f : w.fields()) mask |= maskOf[f.ordinal()];
                // A field of no bits never changes within these bounds: such a watch never wakes.
                if (mask != 0) {
                    on.add(checks[i]);
                    bits.add(mask);
                }
            }
            invariants[k] = on.toArray(Invariant[]::new);
            masks[k] = bits.stream().mapToLong(Long::longValue).toArray();
            List<Invariant> always = new ArrayList<>();
            for (int j = 0; j < on.size(); j++) {
                if (bits.get(j) == ALWAYS) always.add(on.get(j));
                else wakes[k] |= bits.get(j);
            }
            unchanged[k] = always.toArray(Invariant[]::new);
        }
    }

    /** Every kind of step, in index order. */
    private static final List<Watch.Kind> KINDS = Watch.Kind.all();

    /**
     * What a watch says of each kind of step, whatever the bounds: built once per distinct watch,
     * since matching every kind against every watch cost more than the search itself on the small
     * bounds that the kill matrix explores thousands of times.
     */
    private static final Map<Watch, Wake[]> WAKES = new ConcurrentHashMap<>();

    /**
     * What wakes a watch on one kind of step: any step ({@code always}), or a step that changes
     * one of {@code fields}. Kinds the watch does not see have none (null).
     */
    private record Wake(boolean always, Set<WorldField> fields) {}

    private static Wake[] wakeTable(Watch watch) {
        Wake[] out = new Wake[KINDS.size()];
        for (Watch.Kind k : KINDS) {
            boolean watched = false;
            Set<WorldField> fields = EnumSet.noneOf(WorldField.class);
            for (Watch.Steps s : watch.of()) {
                if (!s.matches(k)) continue;
                watched = true;
                if (s.changing().isEmpty()) {
                    out[k.index()] = new Wake(true, Set.of());
                    break;
                }
                fields.addAll(s.changing());
            }
            if (watched && out[k.index()] == null) out[k.index()] = new Wake(false, fields);
        }
        return out;
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
        int k = Watch.Kind.index(step.event(), before.state,
                step.event().isClientCall() && before.refs[step.client() - 1] > 0,
                observed.hresult, Watch.transportsCalled(before, after), observed.outWritten);
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
