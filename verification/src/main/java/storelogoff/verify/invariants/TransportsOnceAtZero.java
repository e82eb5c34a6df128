package storelogoff.verify.invariants;

import static storelogoff.model.WorldField.*;

import static storelogoff.scenario.ScenarioWriter.line;

import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.verify.Conjunct;
import storelogoff.verify.Watch;

/**
 * IMPL-2: StoreLogoffTransports is called in exactly the step where the store's reference
 * count drops to zero, and exactly once per logoff cycle.
 */
final class TransportsOnceAtZero extends Spec {
    TransportsOnceAtZero() {
        super("transports-once-at-zero",
                "StoreLogoffTransports is called only in the step where the reference count drops to zero, and exactly once per cycle.",
                Watch.changes(REFS, TRANSPORTS_CALLS).sameForEveryCaller(), "IMPL-2");
    }

    private final Conjunct onlyAtZero = conjunct("only-at-zero",
            "StoreLogoffTransports is called only by the step that drops an open store's reference count to zero.");
    private final Conjunct calledAtZero = conjunct("called-at-zero",
            "The step that drops an open store's reference count to zero calls StoreLogoffTransports.");
    private final Conjunct oncePerCycle = conjunct("once-per-cycle", "StoreLogoffTransports is called at most once per cycle.");

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        boolean dropsToZero = before.state == StoreState.OPEN && Facts.refs(before) > 0 && Facts.refs(after) == 0;
        boolean called = Facts.transportsCalled(before, after);
        if (called && !dropsToZero) {
            return onlyAtZero.violated("StoreLogoffTransports was called by " + line(step) + " while " + Facts.refs(after)
                    + " references are still held (" + before.state + " -> " + after.state + ")");
        }
        if (dropsToZero && !called) {
            return calledAtZero.violated(line(step) + " dropped the reference count to zero without calling StoreLogoffTransports");
        }
        if (after.transportsCalls > 1) {
            return oncePerCycle.violated("StoreLogoffTransports was called " + after.transportsCalls
                    + " times in one cycle, the last by " + line(step));
        }
        return null;
    }
}
