package storelogoff.verify.invariants;

import static storelogoff.model.WorldField.*;

import static storelogoff.scenario.ScenarioWriter.line;

import storelogoff.model.HResult;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.verify.Conjunct;
import storelogoff.verify.Watch;

/**
 * Decision 0013: once the spooler has released the store, the object is invalid: every client
 * call fails with MAPI_E_INVALID_OBJECT, no event changes anything, and the store never leaves
 * RELEASED. The store is released only by the spooler, from IDLE (ABORT-4, NOWAIT-4, ORDERLY-3).
 */
final class ReleasedIsTerminal extends Spec {
    ReleasedIsTerminal() {
        super("released-is-terminal",
                "A released store answers every client call with MAPI_E_INVALID_OBJECT, changes nothing, and stays released.",
                Watch.changes(STATE).or(Watch.EVERY_STEP.from(StoreState.RELEASED)).sameForEveryCaller(), "ABORT-4", "NOWAIT-4", "ORDERLY-3");
    }

    private final Conjunct releasedFromIdle = conjunct("released-from-idle",
            "The store becomes RELEASED only from IDLE, by the spooler.");
    private final Conjunct callsFail = conjunct("calls-fail",
            "Every client call on a released store fails with MAPI_E_INVALID_OBJECT.");
    private final Conjunct nothingChanges = conjunct("nothing-changes", "No step changes a released store.");

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        if (Facts.entered(StoreState.RELEASED, before, after) && before.state != StoreState.IDLE) {
            return releasedFromIdle.violated("the store was released straight from " + before.state + " by " + line(step)
                    + ", not by the spooler from IDLE");
        }
        if (before.state != StoreState.RELEASED) return null;
        if (step.event().isClientCall() && observed.hresult != HResult.MAPI_E_INVALID_OBJECT) {
            return callsFail.violated(line(step) + " on a released store returned " + observed.hresult
                    + " instead of MAPI_E_INVALID_OBJECT");
        }
        if (!after.equals(before)) {
            return nothingChanges.violated(line(step) + " changed a released store: before " + before + ", after " + after);
        }
        return null;
    }
}
