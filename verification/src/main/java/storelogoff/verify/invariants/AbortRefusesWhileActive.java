package storelogoff.verify.invariants;

import storelogoff.model.LogoffFlag;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.verify.Watch;

/**
 * ABORT-3, read literally (the default): if any transport activity is taking place, the logoff
 * does not occur and nothing changes for the spooler or the transports.
 */
final class AbortRefusesWhileActive extends Spec {
    AbortRefusesWhileActive() {
        super("abort-refuses-while-active",
                "Under ABORT with activity at the call, the logoff does not occur and the transports carry on untouched.",
                Watch.transportsCalls(), "ABORT-3");
    }

    @Override
    public boolean appliesTo(Reading reading) {
        return reading.abort() == Reading.AbortWhileActive.REFUSE;
    }

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        if (Facts.actedOn(after) != LogoffFlag.ABORT) return null;
        int activity = Facts.activity(before);
        if (activity == 0) return null;
        String p = Refusal.problem(before, after);
        return p == null ? null : "StoreLogoffTransports(LOGOFF_ABORT) met activity " + Facts.flags(activity) + " but " + p;
    }
}
