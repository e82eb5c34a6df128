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
 * QUIET-1: under LOGOFF_QUIET the logoff does not occur while any transport activity is taking
 * place: the store is refused and all activity is left as it was. When transports are quiet,
 * the logoff goes ahead.
 */
final class QuietRefusesWhileActive extends Spec {
    QuietRefusesWhileActive() {
        super("quiet-refuses-while-active",
                "Under QUIET the store is never released while activity was present at the call, and a refusal leaves all activity as it was.",
                Watch.transportsCalls().sameForEveryCaller(), "QUIET-1");
    }

    private final Conjunct refusesWhileActive = conjunct("refuses-while-active",
            "StoreLogoffTransports(LOGOFF_QUIET) meeting activity leaves the store REFUSED.");
    private final Conjunct refusalLeavesActivity = conjunct("refusal-leaves-activity",
            "A QUIET refusal leaves every transport activity as it was and calls no FlushQueues.");
    private final Conjunct proceedsWhenQuiet = conjunct("proceeds-when-quiet",
            "StoreLogoffTransports(LOGOFF_QUIET) meeting no activity leaves the store IDLE.");

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        if (!Facts.transportsCalled(before, after) || Facts.actedOn(after) != LogoffFlag.QUIET) return null;
        int activity = Facts.activity(before);
        if (activity != 0) {
            String p = Refusal.notRefused(after);
            if (p != null) {
                return refusesWhileActive.violated("StoreLogoffTransports(LOGOFF_QUIET) met activity "
                        + Facts.flags(activity) + " but " + p);
            }
            p = Refusal.activityChanged(before, after);
            return p == null ? null : refusalLeavesActivity.violated("StoreLogoffTransports(LOGOFF_QUIET) met activity "
                    + Facts.flags(activity) + " but " + p);
        }
        if (after.state != StoreState.IDLE) {
            return proceedsWhenQuiet.violated("StoreLogoffTransports(LOGOFF_QUIET) met no activity, yet the store went to "
                    + after.state + " instead of IDLE");
        }
        return null;
    }
}
