package storelogoff.model;

import java.util.List;
import java.util.function.Consumer;

/**
 * The kinds of transport activity a logoff can meet, each with the output bit that reports it
 * (OUT-1 arriving, OUT-2 being sent, OUT-3 pending in the Outbox).
 */
enum Activity {
    OUTBOX_PENDING(LogoffFlag.OUTBOUND_QUEUE.value, StoreDriver::submit),
    SENDING(LogoffFlag.OUTBOUND.value, d -> d.submit().sendStart()),
    ARRIVING(LogoffFlag.INBOUND.value, StoreDriver::receiveStart),
    ALL_AT_ONCE(LogoffFlag.ACTIVITY_MASK, d -> d.submit().sendStart().submit().receiveStart());

    static final List<Activity> ALL = List.of(values());

    /** The activity bits the world reports once this activity is under way. */
    final int bits;
    private final Consumer<StoreDriver> start;

    Activity(int bits, Consumer<StoreDriver> start) {
        this.bits = bits;
        this.start = start;
    }

    /** Client 1 and the transports make this activity happen; the store stays OPEN. */
    StoreDriver startOn(StoreDriver d) {
        start.accept(d);
        return d;
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT) + " (" + LogoffFlag.format(bits) + ")";
    }
}
