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
 * NOWAIT-3 (and PURGE-1, which works the same): for the store with the default Inbox, once
 * StoreLogoffTransports is called, messages in process are received and then reception is
 * disabled: no new arrival starts, none in process is dropped, and the store goes idle only
 * after they are all received.
 */
final class NoWaitStopsReception extends Spec {
    NoWaitStopsReception() {
        super("no-wait-stops-reception",
                "With the default Inbox, after the call under NO_WAIT or PURGE no new reception starts and in-process receptions complete.",
                Watch.changes(TRANSPORTS_CALLS, TRANSPORTS_FLAG, STATE, RECEPTION_ENABLED, ARRIVALS, RETURNED).sameForEveryCaller(), "NOWAIT-3", "NOWAIT-1", "REM-1");
    }

    private final Conjunct receptionDisabled = conjunct("reception-disabled",
            "After StoreLogoffTransports(NO_WAIT or PURGE), reception is disabled.");
    private final Conjunct noNewArrival = conjunct("no-new-arrival", "After the call, no new arrival starts.");
    private final Conjunct arrivalsKept = conjunct("arrivals-kept",
            "After the call, no arrival in process is returned to its transport.");
    private final Conjunct idleAfterArrivals = conjunct("idle-after-arrivals",
            "The store goes idle only once every arrival in process is received.");

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        LogoffFlag flag = Facts.actedOn(after);
        if ((flag != LogoffFlag.NO_WAIT && flag != LogoffFlag.PURGE) || !after.defaultInbox) return null;
        if (!Facts.loggingOff(after)) return null;
        if (after.receptionEnabled) {
            return receptionDisabled.violated("reception is still enabled in " + after.state
                    + " after StoreLogoffTransports(LOGOFF_" + flag.name() + ")");
        }
        if (after.arrivals > before.arrivals && !Facts.transportsCalled(before, after)) {
            return noNewArrival.violated(line(step) + " started a new reception in " + before.state
                    + " after StoreLogoffTransports(LOGOFF_" + flag.name() + ")");
        }
        if (after.returned != before.returned) {
            return arrivalsKept.violated(line(step) + " dropped " + (after.returned - before.returned)
                    + " in-process arrivals under LOGOFF_" + flag.name());
        }
        if (Facts.entered(StoreState.IDLE, before, after) && after.arriving != 0) {
            return idleAfterArrivals.violated("the store went idle under LOGOFF_" + flag.name() + " with " + after.arriving
                    + " arrivals still in process");
        }
        return null;
    }
}
