package storelogoff.verify.invariants;

import storelogoff.model.LogoffFlag;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.verify.Watch;

/**
 * ABORT-1, ABORT-2 (the abort-stops reading): activity is stopped before logoff, and control
 * returns only once it is stopped; the store is then idle and the spooler may release it.
 */
final class AbortStopsThenReleases extends Spec {
    AbortStopsThenReleases() {
        super("abort-stops-then-releases",
                "Under ABORT with activity at the call, sends and arrivals are stopped before control returns and the store goes idle.",
                Watch.transportsCalls(), "ABORT-1", "ABORT-2");
    }

    @Override
    public boolean appliesTo(Reading reading) {
        return reading.abort() == Reading.AbortWhileActive.STOP_THEN_RELEASE;
    }

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        if (Facts.actedOn(after) != LogoffFlag.ABORT) return null;
        if (Facts.activity(before) == 0) return null;
        if (after.sending != 0 || after.arriving != 0 || after.receptionEnabled) {
            return "StoreLogoffTransports(LOGOFF_ABORT) left activity running: sending=" + after.sending
                    + " arriving=" + after.arriving + " reception=" + after.receptionEnabled;
        }
        if (after.state != StoreState.IDLE || !after.transportsReturned) {
            return "StoreLogoffTransports(LOGOFF_ABORT) stopped activity but the store is " + after.state
                    + (after.transportsReturned ? "" : " and control did not return");
        }
        return null;
    }
}
