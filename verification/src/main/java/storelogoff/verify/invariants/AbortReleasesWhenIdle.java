package storelogoff.verify.invariants;

import storelogoff.model.LogoffFlag;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.verify.Conjunct;
import storelogoff.verify.Watch;

/** ABORT-4: if transport activity is idle at the call, the logoff proceeds and the spooler releases the store. */
final class AbortReleasesWhenIdle extends Spec {
    AbortReleasesWhenIdle() {
        super("abort-releases-when-idle",
                "Under ABORT with no activity at the call, the store goes idle so that the spooler releases it.",
                Watch.transportsCalls().sameForEveryCaller(), "ABORT-4");
    }

    private final Conjunct proceedsWhenIdle = conjunct("proceeds-when-idle",
            "StoreLogoffTransports(LOGOFF_ABORT) meeting no activity leaves the store IDLE.");

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        if (!Facts.transportsCalled(before, after) || Facts.actedOn(after) != LogoffFlag.ABORT) return null;
        if (Facts.activity(before) != 0 || after.state == StoreState.IDLE) return null;
        return proceedsWhenIdle.violated("StoreLogoffTransports(LOGOFF_ABORT) met no activity, yet the store went to "
                + after.state + " instead of IDLE");
    }
}
