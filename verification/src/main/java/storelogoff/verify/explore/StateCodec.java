package storelogoff.verify.explore;

import java.util.Arrays;
import java.util.List;

import storelogoff.model.LogoffFlag;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.model.WorldField;
import storelogoff.verify.Alphabet;
import storelogoff.verify.Bounds;

/**
 * Packs a {@link World} into one {@code long} and back, so the explorer stores a state in eight
 * bytes. The layout follows {@link WorldField}: each field gets the bits its kind needs within
 * the {@link Bounds} (a reference count only the bits for 0..refs, a ledger count those for
 * 0..messages or 0..arrivals), in declaration order. Flags are packed as indexes into
 * {@link Alphabet#flagValues()}. The configuration ({@code defaultInbox}, the number of clients)
 * is fixed by the bounds and not stored.
 *
 * <p>Bounds whose fields need more than 64 bits get the <em>wide</em> layout: two words, the
 * per-client reference counts in the second ({@link #refsWord}, at most 8 x 4 bits) and every
 * other field in the first (at most 53 bits within {@link Bounds}' ranges). The search keeps two
 * longs per state then; bounds that fit one long keep the one-word layout and its speed.
 *
 * <p>{@link #encode} reads the declaration field by field; the decoder and the one-pass
 * {@link #encodeAndRestore} the search runs per transition are generated from it (a loop over
 * the declaration's readers costs 15 times as much). A value that does not fit its field means
 * the model left the layout the bounds promise: encoding then fails naming the field and the
 * world, never silently wraps.
 */
public final class StateCodec {
    /** transportsOut is 0, LOGOFF_COMPLETE or activity bits: bits 16..19 of the value. */
    private static final int OUT_SHIFT = 16;
    private static final int OUT_MASK = LogoffFlag.COMPLETE.value | LogoffFlag.ACTIVITY_MASK;
    private static final StoreState[] STATES = StoreState.values();
    private static final WorldField[] FIELDS = WorldField.values();

    private final int clients;
    private final boolean defaultInbox;
    private final int[] flagValues;
    /** Index of each small flag value, -1 for none: the hot path of {@link #flagIndex}. */
    private final int[] smallFlagIndex = new int[64];
    /** By field ordinal: the first bit, and the width of each slot (a per-client field has one slot per client). */
    private final int[] shift = new int[FIELDS.length], width = new int[FIELDS.length];
    private final int bitsUsed;
    /** Two words per state: the reference counts in the second. */
    private final boolean wide;

    public StateCodec(Bounds bounds) {
        this(bounds, false);
    }

    /** With {@code forceWide}, the two-word layout even for bounds that fit one word (tests compare the two). */
    public StateCodec(Bounds bounds, boolean forceWide) {
        if (!GENERATED_FOR.equals(WorldField.ALL.stream().map(f -> f.key).toList())) {
            throw new IllegalStateException("StateCodec's generated code is for the fields " + GENERATED_FOR
                    + " but WorldField declares " + WorldField.ALL.stream().map(f -> f.key).toList()
                    + "; run ./storelogoff docs to regenerate it");
        }
        this.clients = bounds.clients();
        this.defaultInbox = bounds.defaultInbox();
        List<Integer> flags = Alphabet.flagValues();
        this.flagValues = flags.stream().mapToInt(Integer::intValue).toArray();
        Arrays.fill(smallFlagIndex, -1);
        for (int i = 0; i < flagValues.length; i++) {
            if (flagValues[i] >= 0 && flagValues[i] < smallFlagIndex.length) smallFlagIndex[flagValues[i]] = i;
        }
        int total = 0;
        for (WorldField f : FIELDS) total += bitsFor(largest(f, bounds)) * slotsPacked(f);
        this.wide = forceWide || total > 64;
        // The wide layout keeps bit 63 of the first word free: a change of the second word shows there (mask).
        int at = 0, limit = wide ? 63 : 64;
        for (WorldField f : FIELDS) {
            width[f.ordinal()] = bitsFor(largest(f, bounds));
            int bits = width[f.ordinal()] * slotsPacked(f);
            if (wide && f.kind == WorldField.Kind.REFERENCES) {
                shift[f.ordinal()] = 0;
                if (bits > 64) throw tooWide(bounds, f.key + " " + bits + " in the second word of 64");
                continue;
            }
            shift[f.ordinal()] = at;
            at += bits;
        }
        bitsUsed = total;
        if (at > limit) throw tooWide(bounds, at + " bits in the first word of " + limit);
    }

    private int slotsPacked(WorldField f) {
        return f.kind == WorldField.Kind.CONFIGURATION ? 0 : f.slots(clients);
    }

    private static IllegalArgumentException tooWide(Bounds bounds, String layout) {
        return new IllegalArgumentException("bounds " + bounds + " need more bits per state than the packed layout holds ("
                + layout + "); lower the bounds");
    }

    /** Whether a state takes two words: the per-client fields in the second ({@link #refsWord}). */
    public boolean wide() {
        return wide;
    }

    /** The largest packed value of {@code f} within {@code bounds}. */
    private int largest(WorldField f, Bounds bounds) {
        return switch (f.kind) {
            case CONFIGURATION -> 0;
            case STATE -> STATES.length - 1;
            case YES_NO -> 1;
            case REFERENCES -> bounds.refs();
            case MESSAGES -> bounds.messages();
            case ARRIVALS -> bounds.arrivals();
            case CALLS -> WorldField.Kind.MAX_CALLS;
            case FLAGS -> flagValues.length - 1;
            case OUTPUT_FLAGS -> OUT_MASK >>> OUT_SHIFT;
        };
    }

    /** Bits needed for the values 0..max, {@code max >= 0}: none for 0 alone. */
    static int bitsFor(int max) {
        return 32 - Integer.numberOfLeadingZeros(max);
    }

    public int bitsUsed() {
        return bitsUsed;
    }

    public int clients() {
        return clients;
    }

    /** The first bit of {@code f}'s first slot in a code. */
    int shift(WorldField f) {
        return shift[f.ordinal()];
    }

    /** The bits of each slot of {@code f}. */
    int width(WorldField f) {
        return width[f.ordinal()];
    }

    /**
     * The bits of {@code f}, every slot of it, in a code: 0 for a field these bounds do not store.
     * With the wide layout the per-client fields' bit is {@link #SECOND_WORD}: the search sets it in
     * the bits a step changed when the second word changed.
     */
    public long mask(WorldField f) {
        if (f.kind == WorldField.Kind.CONFIGURATION) return 0;
        if (wide && f.kind == WorldField.Kind.REFERENCES) return width[f.ordinal()] == 0 ? 0 : SECOND_WORD;
        long m = 0;
        int n = width[f.ordinal()];
        for (int slot = 0; slot < f.slots(clients); slot++) m |= ((1L << n) - 1) << (shift[f.ordinal()] + slot * n);
        return m;
    }

    /** The bit of the first word that stands for the second in the bits a step changed (wide layout). */
    public static final long SECOND_WORD = 1L << 63;

    /** The code of {@code w}, read field by field through the declaration; with the wide layout, its first word. */
    public long encode(World w) {
        requireConfiguration(w);
        long c = 0;
        for (WorldField f : FIELDS) {
            if (f.kind == WorldField.Kind.CONFIGURATION) continue;
            if (wide && f.kind == WorldField.Kind.REFERENCES) continue;
            int n = width[f.ordinal()];
            for (int slot = 0; slot < f.slots(clients); slot++) {
                int v = f.read(w, slot);
                int packed = switch (f.kind) {
                    case FLAGS -> flagIndex(v, f, slot, w);
                    case OUTPUT_FLAGS -> packOutput(v, f, w);
                    default -> checked(v, n, f, slot, w);
                };
                c |= (long) packed << (shift[f.ordinal()] + slot * n);
            }
        }
        return c;
    }

    /**
     * The second word of {@code w} with the wide layout: the per-client reference counts, client 1
     * in the lowest bits; 0 with the one-word layout. A count beyond its field fails naming it.
     */
    public long refsWord(World w) {
        if (!wide) return 0;
        int k = WorldField.REFS.ordinal(), n = width[k];
        long hi = 0;
        for (int i = 0; i < clients; i++) hi |= (long) checked(w.refs[i], n, FIELDS[k], i, w) << (i * n);
        return hi;
    }

    /** A fresh world holding state {@code c} (one-word layout). */
    public World decode(long c) {
        requireOneWord();
        return decode(c, c);
    }

    private void requireOneWord() {
        if (wide) throw new IllegalStateException("a state of the wide layout has two words: decode(c, hi)");
    }

    /** A fresh world holding state {@code c}, {@code hi} (the second word; {@code c} again with the one-word layout). */
    public World decode(long c, long hi) {
        World w = new World(clients, defaultInbox);
        decode(c, hi, w);
        return w;
    }

    /** Writes the state {@code c} of the one-word layout into {@code w}. */
    public void decode(long c, World w) {
        requireOneWord();
        decode(c, c, w);
    }

    /** The store state of {@code c}, without decoding the rest. */
    public StoreState state(long c) {
        int k = WorldField.STATE.ordinal();
        return STATES[(int) bits(c, shift[k], width[k])];
    }

    private void requireConfiguration(World w) {
        if (w.refs.length != clients || w.defaultInbox != defaultInbox) {
            throw new IllegalArgumentException("world does not match the codec's bounds");
        }
    }

    private static long bits(long c, int shift, int width) {
        return (c >>> shift) & ((1L << width) - 1);
    }

    private static long with(long c, int shift, int width, int value) {
        long mask = ((1L << width) - 1) << shift;
        return (c & ~mask) | ((long) value << shift);
    }

    private static int checked(int value, int width, WorldField f, int slot, World w) {
        if (value >>> width != 0) throw outside(f, slot, value, w);
        return value;
    }

    private int flagIndex(int flag, WorldField f, int slot, World w) {
        if (flag >= 0 && flag < smallFlagIndex.length && smallFlagIndex[flag] >= 0) return smallFlagIndex[flag];
        for (int i = 0; i < flagValues.length; i++) {
            if (flagValues[i] == flag) return i;
        }
        throw outside(f, slot, flag, w);
    }

    private static int packOutput(int flags, WorldField f, World w) {
        if ((flags & ~OUT_MASK) != 0) throw outside(f, 0, flags, w);
        return flags >>> OUT_SHIFT;
    }

    private static int unpackOutput(int packed) {
        return packed << OUT_SHIFT;
    }

    private static IllegalStateException outside(WorldField f, int slot, int value, World w) {
        return new IllegalStateException(f.name(slot) + " = " + value + " does not fit the state layout the bounds allow;"
                + " the model left its bounds in world: " + w);
    }

    // BEGIN GENERATED codec: from WorldField by ./storelogoff docs; do not edit
    /** The fields this code was generated for, checked against WorldField when a codec is made. */
    private static final List<String> GENERATED_FOR = List.of("defaultInbox", "state", "refs", "flagSaved", "savedFlag", "transportsCalls", "transportsFlag", "transportsOut", "transportsReturned", "flushQueues", "receptionEnabled", "submitted", "outbox", "sending", "sent", "arrivals", "arriving", "received", "returned");

    /**
     * Writes the state {@code c} into {@code w}, which must have this codec's configuration; with the
     * wide layout the per-client fields come from the second word {@code hi}, else {@code hi} is {@code c}.
     */
    public void decode(long c, long hi, World w) {
        requireConfiguration(w);
        int[] s = shift, n = width;
        w.state = STATES[(int) bits(c, s[1], n[1])];
        for (int i = 0; i < clients; i++) w.refs[i] = (int) bits(hi, s[2] + i * n[2], n[2]);
        w.flagSaved = bits(c, s[3], n[3]) != 0;
        w.savedFlag = flagValues[(int) bits(c, s[4], n[4])];
        w.transportsCalls = (int) bits(c, s[5], n[5]);
        w.transportsFlag = flagValues[(int) bits(c, s[6], n[6])];
        w.transportsOut = unpackOutput((int) bits(c, s[7], n[7]));
        w.transportsReturned = bits(c, s[8], n[8]) != 0;
        w.flushQueues = bits(c, s[9], n[9]) != 0;
        w.receptionEnabled = bits(c, s[10], n[10]) != 0;
        w.submitted = (int) bits(c, s[11], n[11]);
        w.outbox = (int) bits(c, s[12], n[12]);
        w.sending = (int) bits(c, s[13], n[13]);
        w.sent = (int) bits(c, s[14], n[14]);
        w.arrivals = (int) bits(c, s[15], n[15]);
        w.arriving = (int) bits(c, s[16], n[16]);
        w.received = (int) bits(c, s[17], n[17]);
        w.returned = (int) bits(c, s[18], n[18]);
    }

    /**
     * The code of {@code after}, a copy of {@code before} (code {@code beforeCode}) that one step
     * changed, with {@code after} put back to {@code before} on the way: one pass over the fields
     * instead of {@code encode(after)} then {@code after.copyFrom(before)}. A step changes few
     * fields, so most comparisons find nothing to do. A value beyond its field fails naming the
     * field and the world before the step. With the wide layout this is the first word;
     * {@link #refsWord} of {@code after}, taken before, is the second.
     */
    public long encodeAndRestore(World after, World before, long beforeCode) {
        int[] s = shift, n = width;
        long c = beforeCode;
        if (after.state != before.state) { c = with(c, s[1], n[1], after.state.ordinal()); after.state = before.state; }
        for (int i = 0; i < clients; i++) {
            if (after.refs[i] != before.refs[i]) { if (!wide) c = with(c, s[2] + i * n[2], n[2], checked(after.refs[i], n[2], FIELDS[2], i, before)); after.refs[i] = before.refs[i]; }
        }
        if (after.flagSaved != before.flagSaved) { c ^= 1L << s[3]; after.flagSaved = before.flagSaved; }
        if (after.savedFlag != before.savedFlag) { c = with(c, s[4], n[4], flagIndex(after.savedFlag, FIELDS[4], 0, before)); after.savedFlag = before.savedFlag; }
        if (after.transportsCalls != before.transportsCalls) { c = with(c, s[5], n[5], checked(after.transportsCalls, n[5], FIELDS[5], 0, before)); after.transportsCalls = before.transportsCalls; }
        if (after.transportsFlag != before.transportsFlag) { c = with(c, s[6], n[6], flagIndex(after.transportsFlag, FIELDS[6], 0, before)); after.transportsFlag = before.transportsFlag; }
        if (after.transportsOut != before.transportsOut) { c = with(c, s[7], n[7], packOutput(after.transportsOut, FIELDS[7], before)); after.transportsOut = before.transportsOut; }
        if (after.transportsReturned != before.transportsReturned) { c ^= 1L << s[8]; after.transportsReturned = before.transportsReturned; }
        if (after.flushQueues != before.flushQueues) { c ^= 1L << s[9]; after.flushQueues = before.flushQueues; }
        if (after.receptionEnabled != before.receptionEnabled) { c ^= 1L << s[10]; after.receptionEnabled = before.receptionEnabled; }
        if (after.submitted != before.submitted) { c = with(c, s[11], n[11], checked(after.submitted, n[11], FIELDS[11], 0, before)); after.submitted = before.submitted; }
        if (after.outbox != before.outbox) { c = with(c, s[12], n[12], checked(after.outbox, n[12], FIELDS[12], 0, before)); after.outbox = before.outbox; }
        if (after.sending != before.sending) { c = with(c, s[13], n[13], checked(after.sending, n[13], FIELDS[13], 0, before)); after.sending = before.sending; }
        if (after.sent != before.sent) { c = with(c, s[14], n[14], checked(after.sent, n[14], FIELDS[14], 0, before)); after.sent = before.sent; }
        if (after.arrivals != before.arrivals) { c = with(c, s[15], n[15], checked(after.arrivals, n[15], FIELDS[15], 0, before)); after.arrivals = before.arrivals; }
        if (after.arriving != before.arriving) { c = with(c, s[16], n[16], checked(after.arriving, n[16], FIELDS[16], 0, before)); after.arriving = before.arriving; }
        if (after.received != before.received) { c = with(c, s[17], n[17], checked(after.received, n[17], FIELDS[17], 0, before)); after.received = before.received; }
        if (after.returned != before.returned) { c = with(c, s[18], n[18], checked(after.returned, n[18], FIELDS[18], 0, before)); after.returned = before.returned; }
        return c;
    }

    /**
     * The code of {@code after}, a copy of {@code before} (code {@code beforeCode}) that one step
     * changed, leaving both as they are: as {@link #encodeAndRestore}, for a search that still
     * checks the step's invariants on {@code after}. With the wide layout, the first word.
     */
    public long encodeChanged(World after, World before, long beforeCode) {
        int[] s = shift, n = width;
        long c = beforeCode;
        if (after.state != before.state) { c = with(c, s[1], n[1], after.state.ordinal()); }
        for (int i = 0; i < clients; i++) {
            if (after.refs[i] != before.refs[i]) { if (!wide) c = with(c, s[2] + i * n[2], n[2], checked(after.refs[i], n[2], FIELDS[2], i, before)); }
        }
        if (after.flagSaved != before.flagSaved) { c ^= 1L << s[3]; }
        if (after.savedFlag != before.savedFlag) { c = with(c, s[4], n[4], flagIndex(after.savedFlag, FIELDS[4], 0, before)); }
        if (after.transportsCalls != before.transportsCalls) { c = with(c, s[5], n[5], checked(after.transportsCalls, n[5], FIELDS[5], 0, before)); }
        if (after.transportsFlag != before.transportsFlag) { c = with(c, s[6], n[6], flagIndex(after.transportsFlag, FIELDS[6], 0, before)); }
        if (after.transportsOut != before.transportsOut) { c = with(c, s[7], n[7], packOutput(after.transportsOut, FIELDS[7], before)); }
        if (after.transportsReturned != before.transportsReturned) { c ^= 1L << s[8]; }
        if (after.flushQueues != before.flushQueues) { c ^= 1L << s[9]; }
        if (after.receptionEnabled != before.receptionEnabled) { c ^= 1L << s[10]; }
        if (after.submitted != before.submitted) { c = with(c, s[11], n[11], checked(after.submitted, n[11], FIELDS[11], 0, before)); }
        if (after.outbox != before.outbox) { c = with(c, s[12], n[12], checked(after.outbox, n[12], FIELDS[12], 0, before)); }
        if (after.sending != before.sending) { c = with(c, s[13], n[13], checked(after.sending, n[13], FIELDS[13], 0, before)); }
        if (after.sent != before.sent) { c = with(c, s[14], n[14], checked(after.sent, n[14], FIELDS[14], 0, before)); }
        if (after.arrivals != before.arrivals) { c = with(c, s[15], n[15], checked(after.arrivals, n[15], FIELDS[15], 0, before)); }
        if (after.arriving != before.arriving) { c = with(c, s[16], n[16], checked(after.arriving, n[16], FIELDS[16], 0, before)); }
        if (after.received != before.received) { c = with(c, s[17], n[17], checked(after.received, n[17], FIELDS[17], 0, before)); }
        if (after.returned != before.returned) { c = with(c, s[18], n[18], checked(after.returned, n[18], FIELDS[18], 0, before)); }
        return c;
    }
    // END GENERATED codec
}
