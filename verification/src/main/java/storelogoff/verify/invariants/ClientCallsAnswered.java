package storelogoff.verify.invariants;

import static storelogoff.scenario.ScenarioWriter.line;

import storelogoff.model.Event;
import storelogoff.model.HResult;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.verify.Conjunct;
import storelogoff.verify.Watch;

/**
 * IMPL-2, OUT-3 (docs/decisions/0013, 0016, 0023): the reference count moves one step at a
 * time and only the caller's. AddRef on an open or refused store succeeds and adds one
 * reference (a refused store reopens, starting a new cycle); Release and Submit by a holder of
 * an open store succeed, Release dropping one reference and Submit adding one Outbox message.
 * Any other client call fails with MAPI_E_INVALID_OBJECT and changes nothing.
 */
final class ClientCallsAnswered extends Spec {
    ClientCallsAnswered() {
        super("client-calls-answered",
                "AddRef, Release and Submit succeed exactly when the store and the caller allow them, and move one reference or message.",
                watched(), "IMPL-2", "OUT-3");
    }

    /**
     * The calls the store and the caller allow (a holder's StoreLogoff on an open store is
     * bad-flags-change-nothing's to judge); the others only when they are not refused as an
     * invalid object, or change something: refused as an invalid object, changing nothing, they hold.
     */
    private static Watch watched() {
        Watch notOpen = Watch.events(Event.RELEASE, Event.SUBMIT, Event.LOGOFF)
                .from(StoreState.REFUSED, StoreState.DRAINING, StoreState.IDLE, StoreState.RELEASED);
        Watch refused = Watch.events(Event.ADDREF).from(StoreState.DRAINING, StoreState.IDLE, StoreState.RELEASED)
                .or(notOpen)
                .or(Watch.events(Event.RELEASE, Event.SUBMIT, Event.LOGOFF).from(StoreState.OPEN).byHolder(false));
        return Watch.events(Event.ADDREF).from(StoreState.OPEN, StoreState.REFUSED)
                .or(Watch.events(Event.RELEASE, Event.SUBMIT).from(StoreState.OPEN).byHolder(true))
                .or(refused.unlessAnswered(Watch.Answer.INVALID_OBJECT))
                .or(refused.changingAnything());
    }

    private final Conjunct refusedChangesNothing = conjunct("refused-call-changes-nothing",
            "A call the store or the caller does not allow fails with MAPI_E_INVALID_OBJECT and changes nothing.");
    private final Conjunct allowedSucceeds = conjunct("allowed-call-succeeds",
            "AddRef, Release and Submit that the store and the caller allow return S_OK.");
    private final Conjunct movesCallersReference = conjunct("moves-callers-reference",
            "AddRef adds one reference and Release drops one, the caller's only.");
    private final Conjunct movesOneMessage = conjunct("moves-one-message",
            "Submit adds exactly one message to the Outbox; other calls add none.");
    private final Conjunct reopenStartsCycle = conjunct("reopen-starts-cycle",
            "AddRef on a refused store opens it with a new cycle: no flag saved, no StoreLogoffTransports call.");

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        Event e = step.event();
        if (!e.isClientCall()) return null;
        int c = step.client() - 1;
        boolean holds = before.refs[c] > 0;
        boolean open = before.state == StoreState.OPEN;
        boolean allowed = switch (e) {
            case ADDREF -> open || before.state == StoreState.REFUSED;
            case RELEASE, SUBMIT, LOGOFF -> open && holds;
            default -> false;
        };
        if (!allowed) {
            if (observed.hresult != HResult.MAPI_E_INVALID_OBJECT || !after.equals(before)) {
                return refusedChangesNothing.violated(line(step) + " in " + before.state + " by a client holding "
                        + before.refs[c] + " references returned " + observed.hresult
                        + (after.equals(before) ? "" : " and changed the world") + "; expected MAPI_E_INVALID_OBJECT and no change");
            }
            return null;
        }
        if (e == Event.LOGOFF) return null; // answered by bad-flags-change-nothing
        if (observed.hresult != HResult.S_OK) {
            return allowedSucceeds.violated(line(step) + " in " + before.state + " by a client holding " + before.refs[c]
                    + " references returned " + observed.hresult + " instead of S_OK");
        }
        int delta = e == Event.ADDREF ? 1 : e == Event.RELEASE ? -1 : 0;
        for (int i = 0; i < after.refs.length; i++) {
            int want = before.refs[i] + (i == c ? delta : 0);
            if (after.refs[i] != want) {
                return movesCallersReference.violated(line(step) + " left client " + (i + 1) + " with " + after.refs[i]
                        + " references instead of " + want);
            }
        }
        int messages = e == Event.SUBMIT ? 1 : 0;
        // The final release may stop sends (ABORT-1); that is judged by the ABORT invariants.
        boolean stopsActivity = Facts.transportsCalled(before, after);
        if (after.submitted != before.submitted + messages
                || !stopsActivity && after.outbox != before.outbox + messages) {
            return movesOneMessage.violated(line(step) + " changed the Outbox from " + before.outbox + " to " + after.outbox
                    + " (submitted " + before.submitted + " -> " + after.submitted + "); expected " + messages
                    + " new message(s)");
        }
        if (e == Event.ADDREF && before.state == StoreState.REFUSED && (after.state != StoreState.OPEN
                || after.flagSaved || after.transportsCalls != 0)) {
            return reopenStartsCycle.violated("reopening the refused store by " + line(step) + " did not start a new cycle: " + after);
        }
        return null;
    }
}
