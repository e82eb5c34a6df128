package storelogoff.model;

import java.util.Arrays;

/**
 * Everything the store, its clients and the transports know at one moment.
 *
 * <p>Mutable on purpose: the direct engine and the explorer decode into one scratch world and
 * run actions on it without allocating. Guards read a world; actions change it; nothing else
 * does. The fields that describe the current logoff cycle (saved flag, the StoreLogoffTransports
 * call, FlushQueues, control return) are the cycle's history that invariants check against.
 */
public final class World {
    /** No StoreLogoff was accepted in this cycle (IMPL-4). */
    public static final int NONE = -1;

    public StoreState state = StoreState.OPEN;
    /** References held per client; index 0 is client 1. */
    public final int[] refs;
    /** Configuration: the store holds the default Inbox (NOWAIT-3). */
    public final boolean defaultInbox;

    // The saved logoff flag (IMPL-1, IMPL-3); meaningful only when flagSaved.
    public boolean flagSaved;
    public int savedFlag;

    // StoreLogoffTransports in this cycle (IMPL-2, IMPL-4).
    public int transportsCalls;
    public int transportsFlag;
    public int transportsOut;
    /** Control has come back from StoreLogoffTransports (ABORT-2, NOWAIT-4, ORDERLY-3, PURGE-2). */
    public boolean transportsReturned;
    /** FlushQueues was called for the transports in this cycle (PURGE-1). */
    public boolean flushQueues;
    /** New inbound messages may start arriving (NOWAIT-3, ORDERLY-2). */
    public boolean receptionEnabled;

    // Outbound ledger: every submitted message is in the Outbox, being sent, or sent.
    public int submitted;
    public int outbox;
    public int sending;
    public int sent;

    // Inbound ledger: every arrival is arriving, received, or returned to its transport.
    public int arrivals;
    public int arriving;
    public int received;
    public int returned;

    public World(int clients, boolean defaultInbox) {
        if (clients < 1) throw new IllegalArgumentException("clients must be at least 1, was " + clients);
        this.refs = new int[clients];
        this.defaultInbox = defaultInbox;
    }

    /** The initial world: OPEN, client 1 holds one reference, nothing queued or active. */
    public static World initial(int clients, boolean defaultInbox) {
        World w = new World(clients, defaultInbox);
        w.refs[0] = 1;
        w.receptionEnabled = defaultInbox;
        return w;
    }

    public int clients() {
        return refs.length;
    }

    public int totalRefs() {
        int n = 0;
        for (int r : refs) n += r;
        return n;
    }

    public int refsOf(int client) {
        return client >= 1 && client <= refs.length ? refs[client - 1] : 0;
    }

    /** The output bits that describe transport activity now (OUT-1, OUT-2, OUT-3). */
    public int activityBits() {
        int bits = 0;
        if (arriving > 0) bits |= LogoffFlag.INBOUND.value;
        if (sending > 0) bits |= LogoffFlag.OUTBOUND.value;
        if (outbox > 0) bits |= LogoffFlag.OUTBOUND_QUEUE.value;
        return bits;
    }

    /** The flag StoreLogoffTransports gets now: the saved one, else LOGOFF_ABORT (IMPL-1, IMPL-4). */
    public int flagForTransports() {
        return flagSaved ? savedFlag : LogoffFlag.ABORT.value;
    }

    /** Starts a new logoff cycle: nothing saved, no transports call (IMPL-3, IMPL-4). */
    public void resetCycle() {
        flagSaved = false;
        savedFlag = 0;
        transportsCalls = 0;
        transportsFlag = 0;
        transportsOut = 0;
        transportsReturned = false;
        flushQueues = false;
        receptionEnabled = defaultInbox;
    }

    public void copyFrom(World o) {
        if (o.refs.length != refs.length || o.defaultInbox != defaultInbox) {
            throw new IllegalArgumentException("worlds of different configurations");
        }
        state = o.state;
        System.arraycopy(o.refs, 0, refs, 0, refs.length);
        flagSaved = o.flagSaved;
        savedFlag = o.savedFlag;
        transportsCalls = o.transportsCalls;
        transportsFlag = o.transportsFlag;
        transportsOut = o.transportsOut;
        transportsReturned = o.transportsReturned;
        flushQueues = o.flushQueues;
        receptionEnabled = o.receptionEnabled;
        submitted = o.submitted;
        outbox = o.outbox;
        sending = o.sending;
        sent = o.sent;
        arrivals = o.arrivals;
        arriving = o.arriving;
        received = o.received;
        returned = o.returned;
    }

    public World copy() {
        World w = new World(refs.length, defaultInbox);
        w.copyFrom(this);
        return w;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof World o)) return false;
        return state == o.state && Arrays.equals(refs, o.refs) && defaultInbox == o.defaultInbox
                && flagSaved == o.flagSaved && savedFlag == o.savedFlag
                && transportsCalls == o.transportsCalls && transportsFlag == o.transportsFlag
                && transportsOut == o.transportsOut && transportsReturned == o.transportsReturned
                && flushQueues == o.flushQueues && receptionEnabled == o.receptionEnabled
                && submitted == o.submitted && outbox == o.outbox && sending == o.sending && sent == o.sent
                && arrivals == o.arrivals && arriving == o.arriving && received == o.received
                && returned == o.returned;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new int[] {state.ordinal(), Arrays.hashCode(refs), savedFlag, transportsCalls,
                outbox, sending, sent, arriving, received, returned});
    }

    @Override
    public String toString() {
        return state + " refs=" + Arrays.toString(refs)
                + " saved=" + (flagSaved ? LogoffFlag.format(savedFlag) : "none")
                + " transports=" + (transportsCalls == 0 ? "not called"
                        : transportsCalls + "x(" + LogoffFlag.format(transportsFlag) + " -> "
                                + LogoffFlag.format(transportsOut) + (transportsReturned ? ", returned" : "") + ")")
                + (flushQueues ? " flushed" : "")
                + " reception=" + (receptionEnabled ? "on" : "off")
                + " outbox=" + outbox + " sending=" + sending + " sent=" + sent + "/" + submitted
                + " arriving=" + arriving + " received=" + received + " returned=" + returned + "/" + arrivals;
    }
}
