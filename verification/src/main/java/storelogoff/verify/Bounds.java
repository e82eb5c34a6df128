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
    /** The ranges of each bound; the state packing may allow less for a combination ({@code StateCodec}). */
    public static final int MAX_CLIENTS = 8, MAX_REFS = 15, MAX_MESSAGES = 15, MAX_ARRIVALS = 15;

    public Bounds {
        if (clients < 1 || clients > MAX_CLIENTS) throw new IllegalArgumentException("clients must be 1.." + MAX_CLIENTS + ", was " + clients);
        if (refs < 1 || refs > MAX_REFS) throw new IllegalArgumentException("refs must be 1.." + MAX_REFS + ", was " + refs);
        if (messages < 0 || messages > MAX_MESSAGES) throw new IllegalArgumentException("messages must be 0.." + MAX_MESSAGES + ", was " + messages);
        if (arrivals < 0 || arrivals > MAX_ARRIVALS) throw new IllegalArgumentException("arrivals must be 0.." + MAX_ARRIVALS + ", was " + arrivals);
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
