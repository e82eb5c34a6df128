package storelogoff.verify.invariants;

import storelogoff.model.LogoffFlag;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.verify.Conjunct;
import storelogoff.verify.Watch;

/** IMPL-4: with no accepted StoreLogoff in the cycle, StoreLogoffTransports receives LOGOFF_ABORT. */
final class AbortWhenNeverCalled extends Spec {
    AbortWhenNeverCalled() {
        super("abort-when-never-called",
                "When no StoreLogoff was accepted in the cycle, StoreLogoffTransports receives LOGOFF_ABORT.",
                Watch.transportsCalls().sameForEveryCaller(), "IMPL-4");
    }

    private final Conjunct abortByDefault = conjunct("abort-by-default",
            "With no flag saved in the cycle, StoreLogoffTransports receives LOGOFF_ABORT.");

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        if (Facts.transportsCalled(before, after) && !before.flagSaved && after.transportsFlag != LogoffFlag.ABORT.value) {
            return abortByDefault.violated("no StoreLogoff was accepted in this cycle, yet StoreLogoffTransports got "
                    + Facts.flags(after.transportsFlag) + " instead of LOGOFF_ABORT");
        }
        return null;
    }
}
