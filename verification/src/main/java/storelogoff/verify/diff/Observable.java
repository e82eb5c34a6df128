package storelogoff.verify.diff;

import java.util.ArrayList;
import java.util.List;

import storelogoff.model.LogoffFlag;
import storelogoff.model.Observation;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;

/**
 * What a caller, the spooler or a transport could see of one step: the answer (RET-1, FLAGS-1,
 * FLAGS-2), StoreLogoff's output flags (SIG-2), the StoreLogoffTransports call made by the step
 * (IMPL-1, IMPL-4), FlushQueues (PURGE-1), control return (ABORT-2, NOWAIT-4), the store's
 * state, its reference count and the message counts. Which row fired is not observable: two
 * readings may name the same behaviour differently.
 */
public record Observable(String result, boolean outWritten, int outFlags,
                         boolean transportsCalled, int transportsFlag, int transportsOut,
                         boolean flushQueues, boolean transportsReturned, StoreState state, int refs,
                         int outbox, int sending, int sent, int arriving, int received, int returned) {

    /** What {@code step} showed, going from {@code before} to {@code after}. */
    public static Observable of(World before, Step step, World after, Observation o) {
        // A new StoreLogoffTransports call shows as the cycle's call count going up (IMPL-2).
        boolean called = after.transportsCalls > before.transportsCalls;
        return new Observable(o.resultName(step.event()), o.outWritten, o.outWritten ? o.outFlags : 0,
                called, called ? after.transportsFlag : 0, called ? after.transportsOut : 0,
                after.flushQueues, after.transportsReturned, after.state, after.totalRefs(),
                after.outbox, after.sending, after.sent, after.arriving, after.received, after.returned);
    }

    /** Each field that differs, as {@code field: this vs other}; empty when equal. */
    public List<String> differences(Observable other) {
        List<String> out = new ArrayList<>();
        differ(out, "result", result, other.result);
        differ(out, "lpulFlags out", output(), other.output());
        differ(out, "StoreLogoffTransports", transportsCall(), other.transportsCall());
        differ(out, "flushQueues", flushQueues, other.flushQueues);
        differ(out, "transportsReturned", transportsReturned, other.transportsReturned);
        differ(out, "state", state, other.state);
        differ(out, "refs", refs, other.refs);
        differ(out, "outbox", outbox, other.outbox);
        differ(out, "sending", sending, other.sending);
        differ(out, "sent", sent, other.sent);
        differ(out, "arriving", arriving, other.arriving);
        differ(out, "received", received, other.received);
        differ(out, "returned", returned, other.returned);
        return out;
    }

    public String output() {
        return outWritten ? LogoffFlag.format(outFlags) : "not written";
    }

    public String transportsCall() {
        return transportsCalled
                ? "called with " + LogoffFlag.format(transportsFlag) + ", out " + LogoffFlag.format(transportsOut)
                : "not called";
    }

    private static void differ(List<String> out, String field, Object a, Object b) {
        if (!a.equals(b)) out.add(field + ": " + a + " vs " + b);
    }
}
