package storelogoff.verify.invariants;

import static storelogoff.model.WorldField.*;

import static storelogoff.scenario.ScenarioWriter.line;

import storelogoff.model.Event;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.verify.Conjunct;
import storelogoff.verify.Watch;

/**
 * REM-2, read with IMPL-2 (the default): StoreLogoff is meant for a store only the caller
 * uses, but the reference count governs: the call itself takes no client's references away,
 * so other holders keep a working store.
 */
final class LogoffLeavesOthersReferences extends Spec {
    LogoffLeavesOthersReferences() {
        super("logoff-leaves-references",
                "StoreLogoff never changes any client's references; only Release ends the store's use.",
                Watch.events(Event.LOGOFF).changing(REFS).sameForEveryCaller(), "REM-2", "IMPL-2");
    }

    private final Conjunct referencesKept = conjunct("references-kept",
            "StoreLogoff leaves every client's reference count as it was.");

    @Override
    public boolean appliesTo(Reading reading) {
        return reading.shared() == Reading.SharedStore.REFERENCE_COUNT;
    }

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        if (step.event() != Event.LOGOFF) return null;
        for (int c = 0; c < after.refs.length; c++) {
            if (after.refs[c] != before.refs[c]) {
                return referencesKept.violated(line(step) + " changed client " + (c + 1) + "'s references from " + before.refs[c]
                        + " to " + after.refs[c]);
            }
        }
        return null;
    }
}
