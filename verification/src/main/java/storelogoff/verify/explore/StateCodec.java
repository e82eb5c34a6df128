package storelogoff.verify.explore;

import java.util.Arrays;
import java.util.List;

import storelogoff.model.LogoffFlag;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.verify.Alphabet;
import storelogoff.verify.Bounds;

/**
 * Packs a {@link World} into one {@code long} and back, so the explorer stores a state in eight
 * bytes. Field widths follow from the {@link Bounds}: a reference count needs only the bits for
 * 0..refs, a ledger count the bits for 0..messages or 0..arrivals. Flags are packed as indexes
 * into {@link Alphabet#flagValues()}. The configuration ({@code defaultInbox}, the number of
 * clients) is fixed by the bounds and not stored.
 *
 * <p>A value that does not fit its field means the model left the layout the bounds promise;
 * {@link #encode} then fails with the world and the field, never silently wraps.
 */
public final class StateCodec {
    /** StoreLogoffTransports is called at most once per cycle (IMPL-4); two bits leave room to see a second call. */
    private static final int CALLS_BITS = 2;
    /** transportsOut is 0, LOGOFF_COMPLETE or activity bits: bits 16..19 of the value. */
    private static final int OUT_SHIFT = 16;
    private static final int OUT_MASK = LogoffFlag.COMPLETE.value | LogoffFlag.ACTIVITY_MASK;
    private static final int OUT_BITS = Integer.bitCount(OUT_MASK);
    private static final StoreState[] STATES = StoreState.values();
    private static final int STATE_BITS = bitsFor(STATES.length - 1);

    private final int clients;
    private final boolean defaultInbox;
    private final int[] flagValues;
    /** Index of each small flag value, -1 for none: the hot path of {@link #flagIndex}. */
    private final int[] smallFlagIndex = new int[64];

    private final int refBits, messageBits, arrivalBits, flagBits;
    private final int stateShift, refsShift, flagSavedShift, savedFlagShift, callsShift, transportsFlagShift,
            transportsOutShift, returnedShift, flushShift, receptionShift,
            submittedShift, outboxShift, sendingShift, sentShift,
            arrivalsShift, arrivingShift, receivedShift, returnedArrivalsShift;
    private final int bitsUsed;

    public StateCodec(Bounds bounds) {
        this.clients = bounds.clients();
        this.defaultInbox = bounds.defaultInbox();
        List<Integer> flags = Alphabet.flagValues();
        this.flagValues = flags.stream().mapToInt(Integer::intValue).toArray();
        Arrays.fill(smallFlagIndex, -1);
        for (int i = 0; i < flagValues.length; i++) {
            if (flagValues[i] >= 0 && flagValues[i] < smallFlagIndex.length) smallFlagIndex[flagValues[i]] = i;
        }

        refBits = bitsFor(bounds.refs());
        messageBits = bitsFor(bounds.messages());
        arrivalBits = bitsFor(bounds.arrivals());
        flagBits = bitsFor(flagValues.length - 1);

        int at = 0;
        stateShift = at; at += bitsFor(StoreState.values().length - 1);
        refsShift = at; at += refBits * clients;
        flagSavedShift = at; at += 1;
        savedFlagShift = at; at += flagBits;
        callsShift = at; at += CALLS_BITS;
        transportsFlagShift = at; at += flagBits;
        transportsOutShift = at; at += Integer.bitCount(OUT_MASK);
        returnedShift = at; at += 1;
        flushShift = at; at += 1;
        receptionShift = at; at += 1;
        submittedShift = at; at += messageBits;
        outboxShift = at; at += messageBits;
        sendingShift = at; at += messageBits;
        sentShift = at; at += messageBits;
        arrivalsShift = at; at += arrivalBits;
        arrivingShift = at; at += arrivalBits;
        receivedShift = at; at += arrivalBits;
        returnedArrivalsShift = at; at += arrivalBits;
        bitsUsed = at;
        if (bitsUsed > 64) {
            throw new IllegalArgumentException("bounds " + bounds + " need " + bitsUsed
                    + " bits per state but the packed layout holds 64 (" + refBits + " bits per reference count x "
                    + clients + " clients, " + messageBits + " per outbound count, " + arrivalBits
                    + " per inbound count); lower the bounds");
        }
    }

    /** Bits needed for the values 0..max. */
    static int bitsFor(int max) {
        return max <= 0 ? 0 : 32 - Integer.numberOfLeadingZeros(max);
    }

    public int bitsUsed() {
        return bitsUsed;
    }

    public long encode(World w) {
        // `over` collects the bits beyond each field's width: one test at the end instead of one per field.
        int over = 0;
        long c = (long) w.state.ordinal() << stateShift;
        for (int i = 0; i < clients; i++) {
            int r = w.refs[i];
            over |= r >>> refBits;
            c |= (long) r << (refsShift + i * refBits);
        }
        if (w.flagSaved) c |= 1L << flagSavedShift;
        c |= (long) flagIndex(w.savedFlag, "savedFlag", w) << savedFlagShift;
        over |= w.transportsCalls >>> CALLS_BITS;
        c |= (long) w.transportsCalls << callsShift;
        c |= (long) flagIndex(w.transportsFlag, "transportsFlag", w) << transportsFlagShift;
        over |= w.transportsOut & ~OUT_MASK;
        c |= (long) (w.transportsOut >>> OUT_SHIFT) << transportsOutShift;
        if (w.transportsReturned) c |= 1L << returnedShift;
        if (w.flushQueues) c |= 1L << flushShift;
        if (w.receptionEnabled) c |= 1L << receptionShift;
        over |= (w.submitted | w.outbox | w.sending | w.sent) >>> messageBits;
        c |= (long) w.submitted << submittedShift | (long) w.outbox << outboxShift
                | (long) w.sending << sendingShift | (long) w.sent << sentShift;
        over |= (w.arrivals | w.arriving | w.received | w.returned) >>> arrivalBits;
        c |= (long) w.arrivals << arrivalsShift | (long) w.arriving << arrivingShift
                | (long) w.received << receivedShift | (long) w.returned << returnedArrivalsShift;
        if (over != 0) throw outside(w);
        return c;
    }

    /**
     * The code of {@code after}, a copy of {@code before} (code {@code beforeCode}) that one step
     * changed, with {@code after} put back to {@code before} on the way: one pass over the fields
     * instead of {@code encode(after)} then {@code after.copyFrom(before)}. A step changes few
     * fields, so most comparisons find nothing to do. A value beyond its field fails naming the
     * field and the world before the step.
     */
    public long encodeAndRestore(World after, World before, long beforeCode) {
        long c = beforeCode;
        if (after.state != before.state) {
            c = with(c, stateShift, STATE_BITS, after.state.ordinal());
            after.state = before.state;
        }
        for (int i = 0; i < clients; i++) {
            int r = after.refs[i];
            if (r != before.refs[i]) {
                if (r >>> refBits != 0) throw outside("refs of client " + (i + 1), r, before);
                c = with(c, refsShift + i * refBits, refBits, r);
                after.refs[i] = before.refs[i];
            }
        }
        if (after.flagSaved != before.flagSaved) {
            c ^= 1L << flagSavedShift;
            after.flagSaved = before.flagSaved;
        }
        if (after.savedFlag != before.savedFlag) {
            c = with(c, savedFlagShift, flagBits, flagIndex(after.savedFlag, "savedFlag", before));
            after.savedFlag = before.savedFlag;
        }
        if (after.transportsCalls != before.transportsCalls) {
            c = with(c, callsShift, CALLS_BITS, checked(after.transportsCalls, CALLS_BITS, "transportsCalls", before));
            after.transportsCalls = before.transportsCalls;
        }
        if (after.transportsFlag != before.transportsFlag) {
            c = with(c, transportsFlagShift, flagBits, flagIndex(after.transportsFlag, "transportsFlag", before));
            after.transportsFlag = before.transportsFlag;
        }
        if (after.transportsOut != before.transportsOut) {
            if ((after.transportsOut & ~OUT_MASK) != 0) throw outside("transportsOut", after.transportsOut, before);
            c = with(c, transportsOutShift, OUT_BITS, after.transportsOut >>> OUT_SHIFT);
            after.transportsOut = before.transportsOut;
        }
        if (after.transportsReturned != before.transportsReturned) {
            c ^= 1L << returnedShift;
            after.transportsReturned = before.transportsReturned;
        }
        if (after.flushQueues != before.flushQueues) {
            c ^= 1L << flushShift;
            after.flushQueues = before.flushQueues;
        }
        if (after.receptionEnabled != before.receptionEnabled) {
            c ^= 1L << receptionShift;
            after.receptionEnabled = before.receptionEnabled;
        }
        if (after.submitted != before.submitted) {
            c = with(c, submittedShift, messageBits, checked(after.submitted, messageBits, "submitted", before));
            after.submitted = before.submitted;
        }
        if (after.outbox != before.outbox) {
            c = with(c, outboxShift, messageBits, checked(after.outbox, messageBits, "outbox", before));
            after.outbox = before.outbox;
        }
        if (after.sending != before.sending) {
            c = with(c, sendingShift, messageBits, checked(after.sending, messageBits, "sending", before));
            after.sending = before.sending;
        }
        if (after.sent != before.sent) {
            c = with(c, sentShift, messageBits, checked(after.sent, messageBits, "sent", before));
            after.sent = before.sent;
        }
        if (after.arrivals != before.arrivals) {
            c = with(c, arrivalsShift, arrivalBits, checked(after.arrivals, arrivalBits, "arrivals", before));
            after.arrivals = before.arrivals;
        }
        if (after.arriving != before.arriving) {
            c = with(c, arrivingShift, arrivalBits, checked(after.arriving, arrivalBits, "arriving", before));
            after.arriving = before.arriving;
        }
        if (after.received != before.received) {
            c = with(c, receivedShift, arrivalBits, checked(after.received, arrivalBits, "received", before));
            after.received = before.received;
        }
        if (after.returned != before.returned) {
            c = with(c, returnedArrivalsShift, arrivalBits, checked(after.returned, arrivalBits, "returned", before));
            after.returned = before.returned;
        }
        return c;
    }

    private static long with(long c, int shift, int width, int value) {
        long mask = ((1L << width) - 1) << shift;
        return (c & ~mask) | ((long) value << shift);
    }

    private static int checked(int value, int width, String name, World before) {
        if (value >>> width != 0) throw outside(name, value, before);
        return value;
    }

    /** Writes the state {@code c} into {@code w}, which must have this codec's configuration. */
    public void decode(long c, World w) {
        if (w.refs.length != clients || w.defaultInbox != defaultInbox) {
            throw new IllegalArgumentException("world does not match the codec's bounds");
        }
        w.state = STATES[(int) bits(c, stateShift, bitsFor(STATES.length - 1))];
        for (int i = 0; i < clients; i++) w.refs[i] = (int) bits(c, refsShift + i * refBits, refBits);
        w.flagSaved = bits(c, flagSavedShift, 1) != 0;
        w.savedFlag = flagValues[(int) bits(c, savedFlagShift, flagBits)];
        w.transportsCalls = (int) bits(c, callsShift, CALLS_BITS);
        w.transportsFlag = flagValues[(int) bits(c, transportsFlagShift, flagBits)];
        w.transportsOut = (int) bits(c, transportsOutShift, Integer.bitCount(OUT_MASK)) << OUT_SHIFT;
        w.transportsReturned = bits(c, returnedShift, 1) != 0;
        w.flushQueues = bits(c, flushShift, 1) != 0;
        w.receptionEnabled = bits(c, receptionShift, 1) != 0;
        w.submitted = (int) bits(c, submittedShift, messageBits);
        w.outbox = (int) bits(c, outboxShift, messageBits);
        w.sending = (int) bits(c, sendingShift, messageBits);
        w.sent = (int) bits(c, sentShift, messageBits);
        w.arrivals = (int) bits(c, arrivalsShift, arrivalBits);
        w.arriving = (int) bits(c, arrivingShift, arrivalBits);
        w.received = (int) bits(c, receivedShift, arrivalBits);
        w.returned = (int) bits(c, returnedArrivalsShift, arrivalBits);
    }

    /** A fresh world holding state {@code c}. */
    public World decode(long c) {
        World w = new World(clients, defaultInbox);
        decode(c, w);
        return w;
    }

    /** The store state of {@code c}, without decoding the rest. */
    public StoreState state(long c) {
        return STATES[(int) bits(c, stateShift, bitsFor(STATES.length - 1))];
    }

    private static long bits(long c, int shift, int width) {
        return (c >>> shift) & ((1L << width) - 1);
    }

    private int flagIndex(int flag, String name, World w) {
        if (flag >= 0 && flag < smallFlagIndex.length && smallFlagIndex[flag] >= 0) return smallFlagIndex[flag];
        for (int i = 0; i < flagValues.length; i++) {
            if (flagValues[i] == flag) return i;
        }
        throw outside(name, flag, w);
    }

    /** The failure for a world with a field beyond its width: names the first such field. */
    private IllegalStateException outside(World w) {
        for (int i = 0; i < clients; i++) {
            if (w.refs[i] >>> refBits != 0) return outside("refs of client " + (i + 1), w.refs[i], w);
        }
        if (w.transportsCalls >>> CALLS_BITS != 0) return outside("transportsCalls", w.transportsCalls, w);
        if ((w.transportsOut & ~OUT_MASK) != 0) return outside("transportsOut", w.transportsOut, w);
        String[] names = {"submitted", "outbox", "sending", "sent", "arrivals", "arriving", "received", "returned"};
        int[] values = {w.submitted, w.outbox, w.sending, w.sent, w.arrivals, w.arriving, w.received, w.returned};
        for (int k = 0; k < names.length; k++) {
            if (values[k] >>> (k < 4 ? messageBits : arrivalBits) != 0) return outside(names[k], values[k], w);
        }
        throw new AssertionError("no field of " + w + " is beyond its width");
    }

    private static IllegalStateException outside(String name, int value, World w) {
        return new IllegalStateException(name + " = " + value + " does not fit the state layout the bounds allow;"
                + " the model left its bounds in world: " + w);
    }
}
