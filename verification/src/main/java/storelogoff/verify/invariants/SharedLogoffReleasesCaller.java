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
 * REM-3 read literally (the rem3-literal reading): when two clients use the store and one calls
 * StoreLogoff, the store is released for the caller at once and control returns to it: the
 * caller's references are gone, the other clients keep theirs.
 */
final class SharedLogoffReleasesCaller extends Spec {
    SharedLogoffReleasesCaller() {
        super("shared-logoff-releases-caller",
                "An accepted StoreLogoff on a shared store drops exactly the caller's references and leaves the others'.",
                Watch.events(Event.LOGOFF).accepted(), "REM-3", "REM-2");
    }

    private final Conjunct callersReferences = conjunct("callers-references",
            "The caller's references are gone after StoreLogoff on a shared store, and kept by a sole user.");
    private final Conjunct othersReferences = conjunct("others-references",
            "The other clients keep their references.");

    @Override
    public boolean appliesTo(Reading reading) {
        return reading.shared() == Reading.SharedStore.REM3_LITERAL;
    }

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        if (step.event() != Event.LOGOFF || observed.hresult != HResult.S_OK) return null;
        int caller = step.client() - 1;
        boolean shared = Facts.refs(before) > before.refs[caller];
        for (int c = 0; c < after.refs.length; c++) {
            int want = c == caller && shared ? 0 : before.refs[c];
            if (after.refs[c] != want) {
                return (c == caller ? callersReferences : othersReferences).violated(line(step)
                        + (shared ? " on a shared store" : " by the sole user") + " left client " + (c + 1)
                        + " with " + after.refs[c] + " references instead of " + want);
            }
        }
        return null;
    }
}
