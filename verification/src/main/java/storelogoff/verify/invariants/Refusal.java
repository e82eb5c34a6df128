package storelogoff.verify.invariants;

import storelogoff.model.StoreState;
import storelogoff.model.World;

/** What a refused logoff must look like: REFUSED, with every transport activity as it was. */
final class Refusal {
    private Refusal() {}

    /** Null when {@code after} is a clean refusal of {@code before}, else what differs. */
    static String problem(World before, World after) {
        if (after.state != StoreState.REFUSED) {
            return "the store went to " + after.state + " instead of REFUSED";
        }
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
