package storelogoff.verify.invariants;

import static storelogoff.scenario.ScenarioWriter.line;

import storelogoff.model.Event;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.verify.Conjunct;
import storelogoff.verify.Watch;

/**
 * OUT-1..3 with NOWAIT-2, NOWAIT-3, ORDERLY-2, QUIET-1, ABORT-3: transports send and receive
 * freely while the store is open or after a refused logoff; once a logoff is accepted, only
 * the work its flag lets finish goes on (NO_WAIT and PURGE send the Outbox, every flag
 * completes what is in process, nothing new arrives); an idle or released store sees no
 * transport activity. Each event moves exactly one message, and only the spooler's release
 * of an IDLE store releases it.
 */
final class TransportsFollowTheirWork extends Spec {
    TransportsFollowTheirWork() {
        super("transports-follow-their-work",
                "Transport events happen exactly when the state and the flag allow them, and each moves one message.",
                Watch.environment(), "OUT-1", "OUT-2", "OUT-3", "NOWAIT-2", "NOWAIT-3", "ORDERLY-2", "QUIET-1", "ABORT-3");
    }

    private final Conjunct happensWhenAllowed = conjunct("happens-when-allowed",
            "A transport or spooler event the state and the flag allow takes place.");
    private final Conjunct onlyWhenAllowed = conjunct("only-when-allowed",
            "A transport or spooler event the state and the flag do not allow changes nothing.");
    private final Conjunct movesOneMessage = conjunct("moves-one-message",
            "Each transport event moves exactly one message between its ledger's places.");
    private final Conjunct openAndRefusedStay = conjunct("open-and-refused-stay",
            "Transport activity leaves an OPEN or REFUSED store in its state.");

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        Event e = step.event();
        if (e.isClientCall()) return null;
        boolean happened = observed.fired != null && !after.equals(before);
        boolean allowed = allowed(e, before);
        if (happened != allowed) {
            return (happened ? onlyWhenAllowed : happensWhenAllowed).violated(line(step) + (happened ? " happened" : " did not happen")
                    + " in " + before.state + " with Outbox " + before.outbox + ", sending " + before.sending
                    + ", arriving " + before.arriving + ", reception " + (before.receptionEnabled ? "on" : "off")
                    + (before.transportsCalls > 0
                            ? ", after StoreLogoffTransports(" + Facts.flags(before.transportsFlag) + ")" : ""));
        }
        if (!happened) return null;
        int sentDelta = e == Event.SEND_DONE ? 1 : 0;
        int receivedDelta = e == Event.RECEIVE_DONE ? 1 : 0;
        int arrivalsDelta = e == Event.RECEIVE_START ? 1 : 0;
        if (after.outbox != before.outbox + e.outboxDelta || after.sending != before.sending + e.sendingDelta
                || after.arriving != before.arriving + e.arrivingDelta || after.sent != before.sent + sentDelta
                || after.received != before.received + receivedDelta || after.arrivals != before.arrivals + arrivalsDelta) {
            return movesOneMessage.violated(line(step) + " moved messages wrongly: before " + before + ", after " + after);
        }
        boolean stays = before.state == StoreState.OPEN || before.state == StoreState.REFUSED;
        if (stays && after.state != before.state) {
            return openAndRefusedStay.violated(line(step) + " moved the store from " + before.state + " to " + after.state);
        }
        return null;
    }

    private static boolean allowed(Event e, World w) {
        switch (w.state) {
            case OPEN, REFUSED:
                return switch (e) {
                    case SEND_START -> w.outbox > 0;
                    case SEND_DONE -> w.sending > 0;
                    case RECEIVE_START -> w.defaultInbox && w.receptionEnabled;
                    case RECEIVE_DONE -> w.arriving > 0;
                    default -> false;
                };
            case DRAINING:
                LogoffFlag flag = Facts.actedOn(w);
                return switch (e) {
                    case SEND_START -> w.outbox > 0 && (flag == LogoffFlag.NO_WAIT || flag == LogoffFlag.PURGE);
                    case SEND_DONE -> w.sending > 0;
                    case RECEIVE_DONE -> w.arriving > 0;
                    default -> false;
                };
            case IDLE:
                return e == Event.SPOOLER_RELEASE;
            default:
                return false;
        }
    }
}
