package storelogoff.verify.invariants;

import static storelogoff.model.WorldField.*;

import static storelogoff.scenario.ScenarioWriter.line;

import storelogoff.model.LogoffFlag;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.verify.Conjunct;
import storelogoff.verify.Watch;

/**
 * ABORT-2, NOWAIT-4, ORDERLY-3, PURGE-2 (with NOWAIT-1, ORDERLY-1: no waiting for transports):
 * control comes back from StoreLogoffTransports at the moment each flag prescribes. NO_WAIT,
 * ORDERLY and QUIET return at the call; PURGE only when the work is complete; ABORT only once
 * activity is stopped. It never returns before the call, and never stays away once idle.
 */
final class ControlReturnsOnTime extends Spec {
    ControlReturnsOnTime() {
        super("control-returns-on-time",
                "Control returns at the call for NO_WAIT, ORDERLY and QUIET, after completion for PURGE, and after activity stops for ABORT.",
                Watch.changes(TRANSPORTS_RETURNED, TRANSPORTS_CALLS, TRANSPORTS_FLAG, STATE).sameForEveryCaller(), "ABORT-2", "NOWAIT-4", "ORDERLY-3", "PURGE-2", "NOWAIT-1", "ORDERLY-1");
    }

    private final Conjunct notBeforeCall = conjunct("not-before-call",
            "Control never returns from StoreLogoffTransports before it is called.");
    private final Conjunct returnedOnceSettled = conjunct("returned-once-settled",
            "Once the store is IDLE, RELEASED or REFUSED, control has returned.");
    private final Conjunct returnsAtCall = conjunct("returns-at-call",
            "NO_WAIT, ORDERLY and QUIET return control at the call (NOWAIT-1, ORDERLY-1).");
    private final Conjunct purgeWaits = conjunct("purge-waits",
            "PURGE does not return control while work is still in process (PURGE-2).");
    private final Conjunct abortReturnsStopped = conjunct("abort-returns-stopped",
            "ABORT returns control only once sends and arrivals are stopped (ABORT-2).");

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        if (after.transportsReturned && after.transportsCalls == 0) {
            return notBeforeCall.violated("control returned from StoreLogoffTransports before it was called (" + line(step) + ")");
        }
        LogoffFlag flag = Facts.actedOn(after);
        if (flag == null) return null;
        boolean settled = after.state == StoreState.IDLE || after.state == StoreState.RELEASED
                || after.state == StoreState.REFUSED;
        if (settled && !after.transportsReturned) {
            return returnedOnceSettled.violated("the store is " + after.state
                    + " but control has not returned from StoreLogoffTransports(LOGOFF_" + flag.name() + ")");
        }
        if (!Facts.transportsCalled(before, after)) return null;
        switch (flag) {
            case NO_WAIT, ORDERLY, QUIET:
                if (!after.transportsReturned) {
                    return returnsAtCall.violated("StoreLogoffTransports(LOGOFF_" + flag.name()
                            + ") did not return control at the call");
                }
                break;
            case PURGE:
                if (after.state == StoreState.DRAINING && after.transportsReturned) {
                    return purgeWaits.violated("StoreLogoffTransports(LOGOFF_PURGE) returned control while work is still in process");
                }
                break;
            case ABORT:
                if (after.transportsReturned && after.state != StoreState.REFUSED
                        && (after.sending != 0 || after.arriving != 0)) {
                    return abortReturnsStopped.violated("StoreLogoffTransports(LOGOFF_ABORT) returned control with activity"
                            + " still running: sending=" + after.sending + " arriving=" + after.arriving);
                }
                break;
            default:
                break;
        }
        return null;
    }
}
