package storelogoff.verify.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import storelogoff.model.Event;
import storelogoff.model.HResult;
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
 * every step would report first, since a skipped invariant could not have been broken there. A
 * call that repeats, from the same world, the call of the client before it and ends alike goes
 * to a second table without the invariants {@link Watch#sameForEveryCaller the same for every caller}.
 */
final class Dispatch {
    /** The mask of an invariant that watches a kind of step whatever it changes. */
    static final long ALWAYS = -1L;

    /** The table of every invariant, and the one a call gets that repeats an earlier caller's ({@link Watch#sameForEveryCaller}). */
    private final Table all, repeated;
    /** Per kind, the bits whose change wakes some invariant beyond those that watch it whatever it changes ({@link Table#wakes}). */
    private final long[] wakes;
    /** Per kind, whether it wakes nothing unless it changes one of those bits: then the search need not call in. */
    private final boolean[] silent;
    /**
     * The search's reading and alphabet, and per step of it what fixes part of a step's kind: its
     * event's part of the index, its caller and its prescribed answer ({@link Watch.Kind#ofStep},
     * {@link Watch.Kind#caller}, {@link Watch.Kind#prescribedFor}).
     */
    private final Reading reading;
    private final Step[] alphabet;
    private final int[] stepPart, caller;
    private final HResult[] prescribed;
    /**
     * Per step of the alphabet, the last step before it that differs from it only in its client
     * (-1: none, or no invariant is the same for every caller), and whether some later step has
     * it as that step: then its outcome is kept ({@link Found#keep}).
     */
    private final int[] previous;
    private final boolean[] kept;
    /** Every invariant, in the order given: what an {@link Audit} checks. */
    private final Invariant[] checks;
    /** Null but in tests: then every transition is audited (see {@link Audit}). */
    private final Audit audit;

    /** The dispatch of a search under {@code reading} over the steps of {@code alphabet}, which {@link #check} names by index. */
    Dispatch(Invariant[] checks, StateCodec codec, Reading reading, Step[] alphabet) {
        this(checks, codec, reading, alphabet, null);
    }

    /** As {@link #Dispatch(Invariant[], StateCodec, Reading, Step[])}, every transition then audited by {@code audit} (when not null). */
    Dispatch(Invariant[] checks, StateCodec codec, Reading reading, Step[] alphabet, Audit audit) {
        this.checks = checks.clone();
        this.audit = audit;
        all = Table.of(this.checks, codec, false);
        repeated = Table.of(this.checks, codec, true);
        wakes = all.wakes;
        silent = new boolean[wakes.length];
        for (int k = 0; k < silent.length; k++) silent[k] = all.unchanged[k].length == 0;
        this.reading = reading;
        this.alphabet = alphabet.clone();
        stepPart = new int[alphabet.length];
        caller = new int[alphabet.length];
        prescribed = new HResult[alphabet.length];
        previous = new int[alphabet.length];
        kept = new boolean[alphabet.length];
        boolean anyBlind = Arrays.stream(checks).anyMatch(c -> c.watches().anyCaller());
        for (int s = 0; s < alphabet.length; s++) {
            stepPart[s] = Watch.Kind.ofStep(alphabet[s]);
            caller[s] = Watch.Kind.caller(alphabet[s]);
            prescribed[s] = Watch.Kind.prescribedFor(reading, alphabet[s]);
            previous[s] = anyBlind ? previousCaller(alphabet, s) : -1;
            if (previous[s] >= 0) kept[previous[s]] = true;
        }
    }

    /** The last step before {@code s} that differs from it only in its client, or -1. */
    private static int previousCaller(Step[] alphabet, int s) {
        Step step = alphabet[s];
        if (!step.event().isClientCall()) return -1;
        for (int t = s - 1; t >= 0; t--) {
            Step other = alphabet[t];
            if (other.event() == step.event() && other.flags() == step.flags() && other.nullFlags() == step.nullFlags()
                    && other.client() != step.client()) {
                return t;
            }
        }
        return -1;
    }

    /** A worker's record of its checks, sized for this dispatch's alphabet. */
    Found found() {
        return new Found(alphabet.length);
    }

    /**
     * Per kind of step, the invariants that may watch it, in the order given, each with the code
     * bits whose change wakes it ({@link #ALWAYS}: whatever it changes); the invariants that watch
     * it whatever it changes ({@code unchanged}: all a step that changes nothing wakes); the bits
     * whose change wakes some invariant beyond those ({@code wakes}); and by kind then invariant
     * what wakes it ({@code wake}, what an {@link Audit} checks). For one list of invariants, one
     * layout of the code, and calls that repeat an earlier caller's or not; never changed once built.
     */
    private record Table(Invariant[][] invariants, long[][] masks, Invariant[][] unchanged, long[] wakes, long[] wake) {
        /** The same invariants (the same objects, in the same order), the same layout of the code's fields, and the same calls. */
        private record Key(List<Invariant> checks, List<Long> layout, boolean repeated) {}

        /** The last tables built (the kill matrix and the tests search thousands of mutants with the same invariants and bounds). */
        private static final RecentlyBuilt<Key, Table> BUILT = new RecentlyBuilt<>(32);

        /** The table of {@code checks}; with {@code repeated}, for a call that repeats an earlier caller's, which wakes no invariant the same for every caller. */
        static Table of(Invariant[] checks, StateCodec codec, boolean repeated) {
            List<Long> layout = new ArrayList<>();
            for (WorldField f : WorldField.values()) layout.add(codec.mask(f));
            return BUILT.get(new Key(List.of(checks), layout, repeated), k -> build(checks, codec, repeated));
        }

        private static Table build(Invariant[] checks, StateCodec codec, boolean repeated) {
            int kinds = Watch.Kind.count(), n = checks.length;
            // By kind, then invariant: the code bits whose change wakes it (ALWAYS: any step); 0 when it
            // does not watch the kind, or watches only fields of no bits, which never change within these bounds.
            long[] wake = new long[kinds * n];
            for (int i = 0; i < n; i++) {
                if (repeated && checks[i].watches().anyCaller()) continue;
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

        /** Checks the invariants this table wakes for kind {@code k} and the bits {@code changed}, in order; false at the first violation, which {@code found} then holds. */
        boolean check(Reading reading, World before, Step step, World after, Observation observed, long changed, int k,
                      Found found) {
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
    }

    /** Adds {@code mask} to what wakes invariant {@code i} on every kind of step {@code part} matches ({@link Watch.Steps#matches}). */
    private static void watch(Watch.Steps part, long mask, long[] wake, int n, int i) {
        boolean[] either = {false, true}, yes = {true};
        boolean[] holder = part.byHolder() == null ? either : new boolean[] {part.byHolder()};
        boolean[] prescribed = part.prescribed() == null ? either : new boolean[] {part.prescribed()};
        for (Event e : part.events()) for (StoreState from : part.from()) for (boolean h : holder) for (boolean p : prescribed) {
            for (Watch.Answer a : part.answers()) {
                for (boolean c : part.callsTransports() ? yes : either) for (boolean w : part.writesOutput() ? yes : either) {
                    wake[Watch.Kind.index(e, from, h, p, a, c, w) * n + i] |= mask;
                }
            }
        }
    }

    /**
     * Checks the transition from {@code before} by step {@code s} of the alphabet to {@code after}
     * against the invariants that watch it. {@code changed} holds the code bits the step changed,
     * and {@code hi} is the second word of the code after the step (the first again with one
     * word). Returns false at the first violation, which {@code found} then holds; {@code found}
     * counts the checks. Small, so that the search inlines it: a step that wakes nothing costs no call.
     */
    boolean check(World before, int s, World after, Observation observed, long changed, long hi, Found found) {
        int k = Watch.Kind.index(stepPart[s], before, caller[s], prescribed[s], after, observed);
        if (audit != null) return audited(table(s, changed, hi, k, observed, found), before, s, after, observed, changed, hi, k, found);
        return silent[k] && (changed & wakes[k]) == 0
                || checkWith(table(s, changed, hi, k, observed, found), before, s, after, observed, changed, hi, k, found);
    }

    /**
     * As {@link #check}, for a step whose changed bits are unknown: from the initial world, which
     * no step reached, so that what an invariant says of the world is checked there too
     * ({@link Watch}), or to a world outside the code's layout. Every field counts as changed.
     * Apart from {@link #check}, since the search's compiled loop would otherwise meet this case
     * only at the start of each search, and the JIT throws away code that meets a branch it had
     * never seen taken.
     */
    boolean checkChangingAll(World before, int s, World after, Observation observed, Found found) {
        int k = Watch.Kind.index(stepPart[s], before, caller[s], prescribed[s], after, observed);
        if (audit != null) return audited(all, before, s, after, observed, ALWAYS, 0, k, found);
        return all.check(reading, before, alphabet[s], after, observed, ALWAYS, k, found);
    }

    /**
     * The table for step {@code s}: {@link #repeated} when it repeats, from the world being
     * expanded, the call of the caller before it: same kind, same changed bits and second word
     * (the same world after), same HRESULT and output flags.
     */
    private Table table(int s, long changed, long hi, int k, Observation observed, Found found) {
        int p = previous[s];
        return p >= 0 && found.repeats(p, k, changed, hi, observed) ? repeated : all;
    }

    /** Checks the transition against table {@code t}, and keeps its outcome when a later step may repeat it. */
    private boolean checkWith(Table t, World before, int s, World after, Observation observed, long changed, long hi, int k,
                              Found found) {
        boolean holds = t.check(reading, before, alphabet[s], after, observed, changed, k, found);
        if (holds && kept[s]) found.keep(s, k, changed, hi, observed);
        return holds;
    }

    /** {@link #checkWith}, then every invariant checked on the same transition ({@link #audit}). */
    private boolean audited(Table t, World before, int s, World after, Observation observed, long changed, long hi, int k,
                            Found found) {
        Step step = alphabet[s];
        int defined = Watch.Kind.of(reading, step, before, after, observed).index();
        if (k != defined) {
            audit.unsound("the search took '" + step + "' from " + before + " for a step of kind " + Watch.Kind.all().get(k)
                    + ", but it is of kind " + Watch.Kind.all().get(defined));
        }
        long calls = found.checks;
        // Changed bits unknown (checkChangingAll) say nothing of the world after: that outcome is not kept.
        boolean holds = changed == ALWAYS ? t.check(reading, before, step, after, observed, changed, defined, found)
                : checkWith(t, before, s, after, observed, changed, hi, defined, found);
        audit(t, before, step, after, observed, changed, defined, found.checks - calls, holds ? null : found.invariant);
        return holds;
    }

    /**
     * Checks every invariant on the transition that {@link Table#check} just checked: each the
     * table does not wake must hold there, since the search takes it to hold, and the table's
     * woken invariants, in order up to the first that fails, must be the ones checked
     * ({@code calls}, {@code violated}). Tells {@link #audit} of every difference.
     */
    private void audit(Table t, World before, Step step, World after, Observation observed, long changed, int k,
                       long calls, Invariant violated) {
        long woken = 0;
        Invariant first = null;
        for (int i = 0; i < checks.length; i++) {
            Invariant inv = checks[i];
            String message = inv.check(reading, before, step, after, observed);
            long mask = t.wake[k * checks.length + i];
            if (mask == 0 || mask != ALWAYS && (mask & changed) == 0) {
                if (message != null) {
                    audit.unsound(inv.id() + " is not woken by '" + step + "' from " + before + " to " + after
                            + " (" + observed + (t == repeated ? ", a repeat of an earlier caller's call" : "")
                            + "), yet fails there: " + message);
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

    /**
     * A worker's record of the checks it made and the violation it found, and of the outcome of
     * each step of the alphabet that a later step may repeat, in the state it expands.
     */
    static final class Found {
        long checks;
        Invariant invariant;
        String message;
        /** The states expanded so far: an outcome kept in an earlier one is stale. */
        private int state;
        private final int[] keptIn, keptKind, keptAnswer;
        private final long[] keptChanged, keptHi, keptOutput;

        Found(int steps) {
            keptIn = new int[steps];
            keptKind = new int[steps];
            keptChanged = new long[steps];
            keptHi = new long[steps];
            keptOutput = new long[steps];
            keptAnswer = new int[steps];
        }

        boolean violated(Invariant inv, String text) {
            invariant = inv;
            message = text;
            return false;
        }

        /** Starts the next state's expansion. */
        void nextState() {
            state++;
        }

        void keep(int s, int k, long changed, long hi, Observation o) {
            keptIn[s] = state;
            keptKind[s] = k;
            keptChanged[s] = changed;
            keptHi[s] = hi;
            keptOutput[s] = output(o);
            keptAnswer[s] = answer(o); // a number, not the HResult: G1 fences every store of a reference
        }

        /** Whether step {@code p} of this state, kept, ended as a step of kind {@code k} that changed {@code changed} to second word {@code hi} showing {@code o}. */
        boolean repeats(int p, int k, long changed, long hi, Observation o) {
            return keptIn[p] == state && keptKind[p] == k && keptChanged[p] == changed && keptHi[p] == hi
                    && keptAnswer[p] == answer(o) && keptOutput[p] == output(o);
        }

        /** The HRESULT's ordinal, or -1 for none. */
        private static int answer(Observation o) {
            return o.hresult == null ? -1 : o.hresult.ordinal();
        }

        /** The output flags written, or -1 for none. */
        private static long output(Observation o) {
            return o.outWritten ? o.outFlags & 0xffffffffL : -1;
        }
    }
}
