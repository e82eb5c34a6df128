package storelogoff.cli;

import storelogoff.scenario.StepReport;

/** {@code run --json}: one object per step, fields in {@link StepReport}'s order (docs/trace-format.md). */
final class StepJson {
    private StepJson() {}

    static String of(StepReport r) {
        StepReport.TransportsCall call = r.transportsCall();
        return new JsonObject()
                .put("line", r.line())
                .put("event", r.step())
                .put("result", r.result())
                .put("state", r.state().name())
                .put("refs", r.refs())
                .put("savedFlag", r.savedFlag())
                .put("outFlags", r.outFlags())
                .put("transportsCall", call == null ? null
                        : new JsonObject().put("flags", call.flags()).put("out", call.out()))
                .put("flushQueues", r.flushQueues())
                .put("transportsReturned", r.transportsReturned())
                .put("outbox", r.outbox())
                .put("sending", r.sending())
                .put("arriving", r.arriving())
                .put("sent", r.sent())
                .put("received", r.received())
                .put("returned", r.returned())
                .toString();
    }
}
