package storelogoff.verify.invariants;

import storelogoff.model.LogoffFlag;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.verify.Conjunct;
import storelogoff.verify.Watch;

/**
 * ABORT-3, read literally (the default): if any transport activity is taking place, the logoff
 * does not occur and nothing changes for the spooler or the transports.
 */
final class AbortRefusesWhileActive extends Spec {
    AbortRefusesWhileActive() {
        super("abort-refuses-while-active",
                "Under ABORT with activity at the call, the logoff does not occur and the transports carry on untouched.",
                Watch.transportsCalls().sameForEveryCaller(), "ABORT-3");
    }

    private final Conjunct refusesWhileActive = conjunct("refuses-while-active",
            "StoreLogoffTransports(LOGOFF_ABORT) meeting activity leaves the store REFUSED.");
    private final Conjunct refusalLeavesActivity = conjunct("refusal-leaves-activity",
            "An ABORT refusal leaves every transport activity as it was and calls no FlushQueues.");

    @Override
    public boolean appliesTo(Reading reading) {
        return reading.abort() == Reading.AbortWhileActive.REFUSE;
    }

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        if (!Facts.transportsCalled(before, after) || Facts.actedOn(after) != LogoffFlag.ABORT) return null;
        int activity = Facts.activity(before);
        if (activity == 0) return null;
        String p = Refusal.notRefused(after);
        if (p != null) {
            return refusesWhileActive.violated("StoreLogoffTransports(LOGOFF_ABORT) met activity " + Facts.flags(activity)
                    + " but " + p);
        }
        p = Refusal.activityChanged(before, after);
        return p == null ? null : refusalLeavesActivity.violated("StoreLogoffTransports(LOGOFF_ABORT) met activity "
                + Facts.flags(activity) + " but " + p);
    }
}
