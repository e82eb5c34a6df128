package storelogoff.verify.invariants;

import static storelogoff.scenario.ScenarioWriter.line;

import storelogoff.model.Event;
import storelogoff.model.HResult;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.verify.Conjunct;
import storelogoff.verify.Watch;

/**
 * IMPL-1, IMPL-3: every accepted StoreLogoff saves its flags, overwriting earlier ones, and
 * StoreLogoffTransports receives the flags saved last in the cycle.
 */
final class LastFlagIsPassed extends Spec {
    LastFlagIsPassed() {
        super("last-flag-is-passed",
                "An accepted StoreLogoff overwrites the saved flag, and StoreLogoffTransports receives the last saved flag.",
                Watch.events(Event.LOGOFF).accepted().orTransportsCalls().sameForEveryCaller(), "IMPL-1", "IMPL-3");
    }

    private final Conjunct acceptedFlagSaved = conjunct("accepted-flag-saved",
            "An accepted StoreLogoff saves its flags, overwriting any saved before (IMPL-3).");
    private final Conjunct lastSavedPassed = conjunct("last-saved-passed",
            "StoreLogoffTransports receives the flag saved last in the cycle (IMPL-1).");

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        if (step.event() == Event.LOGOFF && observed.hresult == HResult.S_OK
                && (!after.flagSaved || after.savedFlag != step.flags())) {
            return acceptedFlagSaved.violated(line(step) + " was accepted but the saved flag is "
                    + (after.flagSaved ? Facts.flags(after.savedFlag) : "none") + " instead of " + Facts.flags(step.flags()));
        }
        if (Facts.transportsCalled(before, after) && before.flagSaved && after.transportsFlag != before.savedFlag) {
            return lastSavedPassed.violated("StoreLogoffTransports got " + Facts.flags(after.transportsFlag)
                    + " but the last saved flag was " + Facts.flags(before.savedFlag));
        }
        return null;
    }
}
