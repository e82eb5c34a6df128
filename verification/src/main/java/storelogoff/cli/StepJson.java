package storelogoff.cli;

import storelogoff.scenario.StepReport;

/** {@code run --json}: one object per step, fields in {@link StepReport}'s order (docs/trace-format.md). */
final class StepJson {
    private StepJson() {}

    static String of(StepReport r) {
        return JsonLine.of(json -> {
            json.writeStartObject();
            json.writeNumberField("line", r.line());
            json.writeStringField("event", r.step());
            json.writeStringField("result", r.result());
            json.writeStringField("state", r.state().name());
            json.writeNumberField("refs", r.refs());
            json.writeStringField("savedFlag", r.savedFlag());
            JsonLine.strings(json, "outFlags", r.outFlags());
            StepReport.TransportsCall call = r.transportsCall();
            if (call == null) {
                json.writeNullField("transportsCall");
            } else {
                json.writeObjectFieldStart("transportsCall");
                json.writeStringField("flags", call.flags());
                JsonLine.strings(json, "out", call.out());
                json.writeEndObject();
            }
            json.writeBooleanField("flushQueues", r.flushQueues());
            json.writeBooleanField("transportsReturned", r.transportsReturned());
            json.writeNumberField("outbox", r.outbox());
            json.writeNumberField("sending", r.sending());
            json.writeNumberField("arriving", r.arriving());
            json.writeNumberField("sent", r.sent());
            json.writeNumberField("received", r.received());
            json.writeNumberField("returned", r.returned());
            json.writeEndObject();
        });
    }
}
