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
 * Type invariant: every count is non-negative, and the state agrees with the reference count.
 * OPEN means somebody holds the store; every other state means nobody does (IMPL-2).
 */
final class TypeInvariant extends Spec {
    TypeInvariant() {
        super("type", "Counts are never negative; OPEN means at least one reference is held and every other state means none is.",
                Watch.changes(STATE, REFS, SUBMITTED, OUTBOX, SENDING, SENT, ARRIVALS, ARRIVING, RECEIVED, RETURNED,
                        TRANSPORTS_CALLS).sameForEveryCaller(), "IMPL-2", "SIG-2");
    }

    private final Conjunct refsNotNegative = conjunct("refs-not-negative", "No client holds fewer than zero references.");
    private final Conjunct countsNotNegative = conjunct("counts-not-negative",
            "Every message count and the StoreLogoffTransports call count are zero or more.");
    private final Conjunct openIsHeld = conjunct("open-is-held", "An OPEN store has at least one reference held.");
    private final Conjunct othersUnheld = conjunct("others-unheld", "A store in any other state has no reference held.");

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        for (int c = 0; c < after.refs.length; c++) {
            if (after.refs[c] < 0) {
                return refsNotNegative.violated("client " + (c + 1) + " holds " + after.refs[c] + " references after " + line(step));
            }
        }
        if (after.outbox < 0 || after.sending < 0 || after.sent < 0 || after.arriving < 0 || after.received < 0
                || after.returned < 0 || after.submitted < 0 || after.arrivals < 0 || after.transportsCalls < 0) {
            return countsNotNegative.violated("a negative count after " + line(step) + ": " + after);
        }
        int refs = Facts.refs(after);
        if (after.state == StoreState.OPEN && refs < 1) {
            return openIsHeld.violated("the store is OPEN with no reference held after " + line(step));
        }
        if (after.state != StoreState.OPEN && refs != 0) {
            return othersUnheld.violated("the store is " + after.state + " while clients hold " + refs
                    + " references after " + line(step));
        }
        return null;
    }
}
