package storelogoff.verify.invariants;

import storelogoff.model.LogoffFlag;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.verify.Conjunct;
import storelogoff.verify.Watch;

/**
 * ABORT-1, ABORT-2 (the abort-stops reading): activity is stopped before logoff, and control
 * returns only once it is stopped; the store is then idle and the spooler may release it.
 */
final class AbortStopsThenReleases extends Spec {
    AbortStopsThenReleases() {
        super("abort-stops-then-releases",
                "Under ABORT with activity at the call, sends and arrivals are stopped before control returns and the store goes idle.",
                Watch.transportsCalls().sameForEveryCaller(), "ABORT-1", "ABORT-2");
    }

    private final Conjunct activityStopped = conjunct("activity-stopped",
            "StoreLogoffTransports(LOGOFF_ABORT) meeting activity stops every send and arrival and disables reception.");
    private final Conjunct goesIdle = conjunct("goes-idle", "Once activity is stopped, the store is IDLE.");
    private final Conjunct returnsControl = conjunct("returns-control",
            "Once activity is stopped, control has returned from StoreLogoffTransports (ABORT-2).");

    @Override
    public boolean appliesTo(Reading reading) {
        return reading.abort() == Reading.AbortWhileActive.STOP_THEN_RELEASE;
    }

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        if (!Facts.transportsCalled(before, after) || Facts.actedOn(after) != LogoffFlag.ABORT) return null;
        if (Facts.activity(before) == 0) return null;
        if (after.sending != 0 || after.arriving != 0 || after.receptionEnabled) {
            return activityStopped.violated("StoreLogoffTransports(LOGOFF_ABORT) left activity running: sending="
                    + after.sending + " arriving=" + after.arriving + " reception=" + after.receptionEnabled);
        }
        if (after.state != StoreState.IDLE) {
            return goesIdle.violated("StoreLogoffTransports(LOGOFF_ABORT) stopped activity but the store is " + after.state);
        }
        if (!after.transportsReturned) {
            return returnsControl.violated("StoreLogoffTransports(LOGOFF_ABORT) stopped activity but control did not return");
        }
        return null;
    }
}
