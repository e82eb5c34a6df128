package storelogoff.verify.invariants;

import static storelogoff.model.WorldField.*;

import static storelogoff.scenario.ScenarioWriter.line;

import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.verify.Conjunct;
import storelogoff.verify.Watch;

/**
 * No message is ever lost, across release and refusal alike: every submitted message is in the
 * Outbox, being sent, or sent; every arrival is arriving, received, or returned to its
 * transport. Sent, received and returned messages stay so.
 */
final class NothingLost extends Spec {
    NothingLost() {
        super("nothing-lost",
                "Every submitted message is in the Outbox, sending or sent; every arrival is arriving, received or returned; none disappears.",
                Watch.changes(SUBMITTED, OUTBOX, SENDING, SENT, ARRIVALS, ARRIVING, RECEIVED, RETURNED).sameForEveryCaller(), "OUT-1", "OUT-2", "OUT-3", "ABORT-1");
    }

    private final Conjunct outboundLedger = conjunct("outbound-ledger",
            "Every submitted message is in the Outbox, being sent, or sent.");
    private final Conjunct inboundLedger = conjunct("inbound-ledger",
            "Every arrival is arriving, received, or returned to its transport.");
    private final Conjunct finishedStayFinished = conjunct("finished-stay-finished",
            "Sent, received, returned, submitted and arrived counts never go down.");

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        if (after.outbox + after.sending + after.sent != after.submitted) {
            return outboundLedger.violated("outbound ledger broken by " + line(step) + ": submitted " + after.submitted
                    + " but Outbox " + after.outbox + " + sending " + after.sending + " + sent " + after.sent);
        }
        if (after.arriving + after.received + after.returned != after.arrivals) {
            return inboundLedger.violated("inbound ledger broken by " + line(step) + ": " + after.arrivals
                    + " arrivals but arriving " + after.arriving + " + received " + after.received
                    + " + returned " + after.returned);
        }
        if (after.sent < before.sent || after.received < before.received || after.returned < before.returned
                || after.submitted < before.submitted || after.arrivals < before.arrivals) {
            return finishedStayFinished.violated(line(step) + " took back a finished message: sent " + before.sent + "->"
                    + after.sent + ", received " + before.received + "->" + after.received
                    + ", returned " + before.returned + "->" + after.returned);
        }
        return null;
    }
}
