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
    // The fields are declared in WorldField (kind, meaning, clauses); keep both lists in the same order.
    public final boolean defaultInbox;
    public StoreState state = StoreState.OPEN;
    /** Index 0 is client 1. */
    public final int[] refs;

    // The current logoff cycle; savedFlag is meaningful only when flagSaved.
    public boolean flagSaved;
    public int savedFlag;
    public int transportsCalls;
    public int transportsFlag;
    public int transportsOut;
    public boolean transportsReturned;
    public boolean flushQueues;
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

    public World copy() {
        World w = new World(refs.length, defaultInbox);
        w.copyFrom(this);
        return w;
    }

    /**
     * Every declared field as {@code key=value} in declaration order (WorldField), the state
     * first without its key. The configuration is the run's, not the moment's, and is left out.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (WorldField f : WorldField.ALL) {
            if (f.kind == WorldField.Kind.CONFIGURATION) continue;
            if (b.length() > 0) b.append(' ');
            if (f.kind != WorldField.Kind.STATE) b.append(f.key).append('=');
            if (f.kind == WorldField.Kind.REFERENCES) b.append('[');
            for (int slot = 0; slot < f.slots(refs.length); slot++) {
                b.append(slot > 0 ? ", " : "").append(f.format(f.read(this, slot)));
            }
            if (f.kind == WorldField.Kind.REFERENCES) b.append(']');
        }
        return b.toString();
    }

    // Derived from WorldField; a loop over its readers would cost 15 times as much on the explorer's hot path.
    // BEGIN GENERATED world: from WorldField by ./storelogoff docs; do not edit
    public void copyFrom(World o) {
        if (o.defaultInbox != defaultInbox || o.refs.length != refs.length) {
            throw new IllegalArgumentException("worlds of different configurations");
        }
        if (state != o.state) state = o.state;
        for (int i = 0; i < refs.length; i++) refs[i] = o.refs[i];
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

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof World o
                && defaultInbox == o.defaultInbox
                && state == o.state
                && Arrays.equals(refs, o.refs)
                && flagSaved == o.flagSaved
                && savedFlag == o.savedFlag
                && transportsCalls == o.transportsCalls
                && transportsFlag == o.transportsFlag
                && transportsOut == o.transportsOut
                && transportsReturned == o.transportsReturned
                && flushQueues == o.flushQueues
                && receptionEnabled == o.receptionEnabled
                && submitted == o.submitted
                && outbox == o.outbox
                && sending == o.sending
                && sent == o.sent
                && arrivals == o.arrivals
                && arriving == o.arriving
                && received == o.received
                && returned == o.returned;
    }

    @Override
    public int hashCode() {
        int h = 1;
        h = 31 * h + (defaultInbox ? 1 : 0);
        h = 31 * h + state.ordinal();
        h = 31 * h + Arrays.hashCode(refs);
        h = 31 * h + (flagSaved ? 1 : 0);
        h = 31 * h + savedFlag;
        h = 31 * h + transportsCalls;
        h = 31 * h + transportsFlag;
        h = 31 * h + transportsOut;
        h = 31 * h + (transportsReturned ? 1 : 0);
        h = 31 * h + (flushQueues ? 1 : 0);
        h = 31 * h + (receptionEnabled ? 1 : 0);
        h = 31 * h + submitted;
        h = 31 * h + outbox;
        h = 31 * h + sending;
        h = 31 * h + sent;
        h = 31 * h + arrivals;
        h = 31 * h + arriving;
        h = 31 * h + received;
        h = 31 * h + returned;
        return h;
    }
    // END GENERATED world
}
