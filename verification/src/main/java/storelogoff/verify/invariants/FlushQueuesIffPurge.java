package storelogoff.verify.invariants;

import static storelogoff.model.WorldField.*;

import storelogoff.model.LogoffFlag;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.verify.Conjunct;
import storelogoff.verify.Watch;

/** PURGE-1: FlushQueues is called for the transports if, and only if, the logoff flag is PURGE. */
final class FlushQueuesIffPurge extends Spec {
    FlushQueuesIffPurge() {
        super("flush-queues-iff-purge",
                "FlushQueues is called in a cycle if and only if StoreLogoffTransports was given PURGE.",
                Watch.changes(FLUSH_QUEUES, TRANSPORTS_CALLS, TRANSPORTS_FLAG).sameForEveryCaller(), "PURGE-1");
    }

    private final Conjunct onlyForPurge = conjunct("only-for-purge",
            "FlushQueues is not called unless StoreLogoffTransports was given PURGE.");
    private final Conjunct purgeFlushes = conjunct("purge-flushes",
            "StoreLogoffTransports given PURGE comes with a FlushQueues call.");

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        boolean purge = Facts.actedOn(after) == LogoffFlag.PURGE;
        if (after.flushQueues != purge) {
            return after.flushQueues
                    ? onlyForPurge.violated("FlushQueues was called although StoreLogoffTransports got "
                            + (after.transportsCalls == 0 ? "no call yet" : Facts.flags(after.transportsFlag)))
                    : purgeFlushes.violated("StoreLogoffTransports got LOGOFF_PURGE but FlushQueues was not called");
        }
        return null;
    }
}
