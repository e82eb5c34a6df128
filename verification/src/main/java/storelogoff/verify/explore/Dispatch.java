package storelogoff.verify.explore;

import java.util.ArrayList;
import java.util.List;

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
        List<Watch.Kind> kinds = Watch.Kind.all();
        invariants = new Invariant[kinds.size()][];
        masks = new long[kinds.size()][];
        unchanged = new Invariant[kinds.size()][];
        wakes = new long[kinds.size()];
        for (Watch.Kind k : kinds) {
            List<Invariant> on = new ArrayList<>();
            List<Long> bits = new ArrayList<>();
            for (Invariant inv : checks) {
                long mask = 0;
                boolean watched = false;
                for (Watch.Steps s : inv.watches().of()) {
                    if (!s.matches(k)) continue;
                    watched = true;
                    if (s.changing().isEmpty()) {
                        mask = ALWAYS;
                        break;
                    }
                    for (WorldField f : s.changing()) mask |= codec.mask(f);
                }
                // A field of no bits never changes within these bounds: such a watch never wakes.
                if (watched && mask != 0) {
                    on.add(inv);
                    bits.add(mask);
                }
            }
            invariants[k.index()] = on.toArray(Invariant[]::new);
            masks[k.index()] = bits.stream().mapToLong(Long::longValue).toArray();
            List<Invariant> always = new ArrayList<>();
            for (int j = 0; j < on.size(); j++) {
                if (bits.get(j) == ALWAYS) always.add(on.get(j));
                else wakes[k.index()] |= bits.get(j);
            }
            unchanged[k.index()] = always.toArray(Invariant[]::new);
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
