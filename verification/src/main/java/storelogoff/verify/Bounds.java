package storelogoff.verify;

import storelogoff.model.Event;
import storelogoff.model.Step;
import storelogoff.model.World;

/**
 * The limits of exhaustive exploration: clients, references per client, messages submitted
 * and inbound arrivals in total. The model itself is unbounded; bounds only prune steps.
 */
public record Bounds(int clients, int refs, int messages, int arrivals, boolean defaultInbox) {

    public static final Bounds DEFAULT = new Bounds(2, 2, 2, 2, true);

    public Bounds {
        if (clients < 1 || clients > 8) throw new IllegalArgumentException("clients must be 1..8, was " + clients);
        if (refs < 1 || refs > 15) throw new IllegalArgumentException("refs must be 1..15, was " + refs);
        if (messages < 0 || messages > 15) throw new IllegalArgumentException("messages must be 0..15, was " + messages);
        if (arrivals < 0 || arrivals > 15) throw new IllegalArgumentException("arrivals must be 0..15, was " + arrivals);
    }

    public World initialWorld() {
        return World.initial(clients, defaultInbox);
    }

    /** Whether {@code step} stays within the bounds from {@code w}. */
    public boolean allows(World w, Step s) {
        Event e = s.event();
        if (e == Event.ADDREF) return w.refsOf(s.client()) < refs;
        if (e == Event.SUBMIT) return w.submitted < messages;
        if (e == Event.RECEIVE_START) return w.arrivals < arrivals;
        return true;
    }

    @Override
    public String toString() {
        return clients + " clients, " + refs + " refs each, " + messages + " messages, " + arrivals + " arrivals"
                + (defaultInbox ? "" : ", no default Inbox");
    }
}
