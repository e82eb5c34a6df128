package storelogoff.verify.invariants;

import static storelogoff.scenario.ScenarioWriter.line;

import storelogoff.model.Event;
import storelogoff.model.HResult;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;
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
                Watch.clientCalls(), "IMPL-2", "OUT-3");
    }

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        Event e = step.event();
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
                return line(step) + " in " + before.state + " by a client holding " + before.refs[c] + " references returned "
                        + observed.hresult + (after.equals(before) ? "" : " and changed the world")
                        + "; expected MAPI_E_INVALID_OBJECT and no change";
            }
            return null;
        }
        if (e == Event.LOGOFF) return null; // answered by bad-flags-change-nothing
        if (observed.hresult != HResult.S_OK) {
            return line(step) + " in " + before.state + " by a client holding " + before.refs[c] + " references returned "
                    + observed.hresult + " instead of S_OK";
        }
        int delta = e == Event.ADDREF ? 1 : e == Event.RELEASE ? -1 : 0;
        for (int i = 0; i < after.refs.length; i++) {
            int want = before.refs[i] + (i == c ? delta : 0);
            if (after.refs[i] != want) {
                return line(step) + " left client " + (i + 1) + " with " + after.refs[i] + " references instead of " + want;
            }
        }
        int messages = e == Event.SUBMIT ? 1 : 0;
        // The final release may stop sends (ABORT-1); that is judged by the ABORT invariants.
        boolean stopsActivity = Facts.transportsCalled(before, after);
        if (after.submitted != before.submitted + messages
                || !stopsActivity && after.outbox != before.outbox + messages) {
            return line(step) + " changed the Outbox from " + before.outbox + " to " + after.outbox + " (submitted "
                    + before.submitted + " -> " + after.submitted + "); expected " + messages + " new message(s)";
        }
        if (e == Event.ADDREF && before.state == StoreState.REFUSED && (after.state != StoreState.OPEN
                || after.flagSaved || after.transportsCalls != 0)) {
            return "reopening the refused store by " + line(step) + " did not start a new cycle: " + after;
        }
        return null;
    }
}
