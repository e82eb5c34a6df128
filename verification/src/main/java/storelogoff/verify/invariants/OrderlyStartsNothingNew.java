package storelogoff.verify.invariants;

import static storelogoff.model.WorldField.*;

import static storelogoff.scenario.ScenarioWriter.line;

import storelogoff.model.LogoffFlag;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.verify.Conjunct;
import storelogoff.verify.Watch;

/**
 * ORDERLY-2: messages being processed when StoreLogoffTransports is called are completed, but
 * no new ones are processed: no send starts, no arrival starts, and the store goes idle only
 * when the in-process ones are done. The Outbox stays queued in the store.
 */
final class OrderlyStartsNothingNew extends Spec {
    OrderlyStartsNothingNew() {
        super("orderly-starts-nothing-new",
                "Under ORDERLY, after the call no new send or receive starts, and in-process ones complete before the store goes idle.",
                Watch.changes(TRANSPORTS_CALLS, TRANSPORTS_FLAG, STATE, SENDING, OUTBOX, ARRIVALS,
                        RECEPTION_ENABLED, RETURNED).sameForEveryCaller(), "ORDERLY-2", "ORDERLY-1", "REM-1");
    }

    private final Conjunct outboxStays = conjunct("outbox-stays",
            "After StoreLogoffTransports(LOGOFF_ORDERLY) no send starts and the Outbox stays as it is.");
    private final Conjunct receptionClosed = conjunct("reception-closed",
            "After the call reception is disabled and no arrival starts.");
    private final Conjunct arrivalsKept = conjunct("arrivals-kept",
            "After the call, no arrival in process is returned to its transport.");
    private final Conjunct idleAfterWork = conjunct("idle-after-work",
            "The store goes idle only once every send and arrival in process is done.");

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        if (Facts.actedOn(after) != LogoffFlag.ORDERLY || !Facts.loggingOff(after)) return null;
        if (after.sending > before.sending || after.outbox != before.outbox) {
            return outboxStays.violated(line(step) + " moved the Outbox (" + before.outbox + "->" + after.outbox
                    + ") or started a send (" + before.sending + "->" + after.sending
                    + ") after StoreLogoffTransports(LOGOFF_ORDERLY)");
        }
        if (after.arrivals > before.arrivals || after.receptionEnabled) {
            return receptionClosed.violated(line(step)
                    + " left reception open or started an arrival after StoreLogoffTransports(LOGOFF_ORDERLY)");
        }
        if (after.returned != before.returned) {
            return arrivalsKept.violated(line(step) + " dropped in-process arrivals instead of completing them under LOGOFF_ORDERLY");
        }
        if (Facts.entered(StoreState.IDLE, before, after) && (after.sending != 0 || after.arriving != 0)) {
            return idleAfterWork.violated("the store went idle under LOGOFF_ORDERLY with " + after.sending + " sends and "
                    + after.arriving + " arrivals still in process");
        }
        return null;
    }
}
