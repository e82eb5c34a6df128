package storelogoff.verify.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        List<Watch> watches = new ArrayList<>(checks.length);
        for (Invariant inv : checks) watches.add(inv.watches());
        List<Long> fieldMasks = new ArrayList<>(WorldField.values().length);
        for (WorldField f : WorldField.values()) fieldMasks.add(codec.mask(f));
        Shape shape = SHAPES.computeIfAbsent(new ShapeKey(watches, fieldMasks), Shape::new);
        Invariant[][] byRun = new Invariant[shape.runs.length][];
        for (int r = 0; r < byRun.length; r++) {
            int[] run = shape.runs[r];
            byRun[r] = new Invariant[run.length];
            for (int j = 0; j < run.length; j++) byRun[r][j] = checks[run[j]];
        }
        int kinds = shape.masks.length;
        invariants = new Invariant[kinds][];
        unchanged = new Invariant[kinds][];
        for (int k = 0; k < kinds; k++) {
            invariants[k] = byRun[shape.on[k]];
            unchanged[k] = byRun[shape.always[k]];
        }
        masks = shape.masks;
        wakes = shape.wakes;
    }

    /** Every kind of step, in index order. */
    private static final List<Watch.Kind> KINDS = Watch.Kind.all();

    /**
     * The tables, in positions in the list of watches, per list of watches and field masks (the
     * bounds): built once each. Rebuilding them for every search cost more than the search
     * itself on the small bounds that the kill matrix explores thousands of times.
     */
    private static final Map<ShapeKey, Shape> SHAPES = new ConcurrentHashMap<>();

    /** The invariants' watches in the order given, and {@link StateCodec#mask} of every world field. */
    private record ShapeKey(List<Watch> watches, List<Long> fieldMasks) {}

    /**
     * The table of one {@link ShapeKey}. Per kind: the positions of the watches that may wake on
     * it ({@code runs[on[k]]}) with their masks, the positions of those that wake whatever changes
     * ({@code runs[always[k]]}), and the bits whose change wakes any of the others. Equal lists of
     * positions are one run, so that a search maps each to its invariants once.
     */
    private static final class Shape {
        final int[][] runs;
        final int[] on;
        final int[] always;
        final long[][] masks;
        final long[] wakes;

        Shape(ShapeKey key) {
            int kinds = KINDS.size();
            on = new int[kinds];
            always = new int[kinds];
            masks = new long[kinds][];
            wakes = new long[kinds];
            Map<List<Integer>, Integer> runIndex = new java.util.LinkedHashMap<>();
            List<Watch> watches = key.watches();
            for (Watch.Kind k : KINDS) {
                List<Integer> positions = new ArrayList<>();
                List<Integer> whatever = new ArrayList<>();
                List<Long> bits = new ArrayList<>();
                for (int i = 0; i < watches.size(); i++) {
                    long mask = 0;
                    boolean watched = false;
                    for (Watch.Steps s : watches.get(i).of()) {
                        if (!s.matches(k)) continue;
                        watched = true;
                        if (s.changing().isEmpty()) {
                            mask = ALWAYS;
                            break;
                        }
                        for (WorldField f : s.changing()) mask |= key.fieldMasks().get(f.ordinal());
                    }
                    // A field of no bits never changes within these bounds: such a watch never wakes.
                    if (watched && mask != 0) {
                        positions.add(i);
                        bits.add(mask);
                        if (mask == ALWAYS) whatever.add(i);
                        else wakes[k.index()] |= mask;
                    }
                }
                on[k.index()] = runIndex.computeIfAbsent(positions, x -> runIndex.size());
                always[k.index()] = runIndex.computeIfAbsent(whatever, x -> runIndex.size());
                masks[k.index()] = bits.stream().mapToLong(Long::longValue).toArray();
            }
            runs = runIndex.keySet().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
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
