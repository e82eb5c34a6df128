package storelogoff.verify.invariants;

import static storelogoff.model.WorldField.*;

import storelogoff.model.LogoffFlag;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.verify.Conjunct;
import storelogoff.verify.Watch;

/**
 * NOWAIT-2, PURGE-1: under NO_WAIT (and PURGE, which works the same) outbound messages that are
 * ready are sent, so the Outbox is empty and nothing is being sent when the store goes idle
 * and when it is released.
 */
final class OutboxSentBeforeRelease extends Spec {
    OutboxSentBeforeRelease() {
        super("outbox-sent-before-release",
                "Under NO_WAIT or PURGE the Outbox is empty and no send is in process when the store goes idle or is released.",
                Watch.changes(STATE).sameForEveryCaller(), "NOWAIT-2", "PURGE-1");
    }

    private final Conjunct outboxEmpty = conjunct("outbox-empty",
            "Under NO_WAIT or PURGE the Outbox is empty when the store goes idle or is released.");
    private final Conjunct sendsFinished = conjunct("sends-finished",
            "Under NO_WAIT or PURGE no send is in process when the store goes idle or is released.");

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        LogoffFlag flag = Facts.actedOn(after);
        if (flag != LogoffFlag.NO_WAIT && flag != LogoffFlag.PURGE) return null;
        if (!Facts.entered(StoreState.IDLE, before, after) && !Facts.entered(StoreState.RELEASED, before, after)) return null;
        if (after.outbox != 0 || after.sending != 0) {
            return (after.outbox != 0 ? outboxEmpty : sendsFinished).violated("the store became " + after.state
                    + " under LOGOFF_" + flag.name() + " with " + after.outbox + " messages in the Outbox and "
                    + after.sending + " being sent");
        }
        return null;
    }
}
