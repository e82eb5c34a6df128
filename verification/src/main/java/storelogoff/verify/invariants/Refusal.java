package storelogoff.verify.invariants;

import storelogoff.model.StoreState;
import storelogoff.model.World;

/** What a refused logoff must look like: REFUSED, with every transport activity as it was. */
final class Refusal {
    private Refusal() {}

    /** Null when {@code after} is REFUSED, else where the store went instead. */
    static String notRefused(World after) {
        return after.state == StoreState.REFUSED ? null : "the store went to " + after.state + " instead of REFUSED";
    }

    /** Null when every transport activity of {@code before} is as it was in {@code after}, else what changed. */
    static String activityChanged(World before, World after) {
        if (after.outbox != before.outbox || after.sending != before.sending || after.arriving != before.arriving
                || after.receptionEnabled != before.receptionEnabled || after.flushQueues) {
            return "transport activity changed: outbox " + before.outbox + "->" + after.outbox
                    + ", sending " + before.sending + "->" + after.sending
                    + ", arriving " + before.arriving + "->" + after.arriving
                    + ", reception " + before.receptionEnabled + "->" + after.receptionEnabled
                    + (after.flushQueues ? ", FlushQueues called" : "");
        }
        return null;
    }
}
