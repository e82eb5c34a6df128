package storelogoff.scenario;

import java.util.List;

import storelogoff.model.StoreState;

/**
 * What one scenario step did, as {@code run} prints it: the step and its result, then the world
 * after it. Field order is the output order of {@code run --json} (docs/trace-format.md).
 *
 * @param line              the step's line in the scenario file
 * @param step              the step as scenario text, e.g. {@code c2 logoff NO_WAIT}
 * @param result            the HRESULT name of a client call, or OK / DISABLED for other events
 * @param state             the store's state after the step
 * @param refs              references held by all clients together (IMPL-2)
 * @param savedFlag         the saved StoreLogoff flag, e.g. {@code LOGOFF_NO_WAIT}; null when none (IMPL-1, IMPL-4)
 * @param outFlags          what StoreLogoff wrote to {@code *lpulFlags}, by name; empty when nothing (SIG-2, OUT-1..3)
 * @param transportsCall    the StoreLogoffTransports call this step made, or null (IMPL-1, IMPL-2)
 * @param flushQueues       FlushQueues has been called in this logoff cycle (PURGE-1)
 * @param transportsReturned control has come back from StoreLogoffTransports (ABORT-2, NOWAIT-4, ORDERLY-3, PURGE-2)
 */
public record StepReport(int line, String step, String result, StoreState state, int refs, String savedFlag,
                         List<String> outFlags, TransportsCall transportsCall, boolean flushQueues,
                         boolean transportsReturned, int outbox, int sending, int arriving, int sent,
                         int received, int returned) {

    public StepReport {
        outFlags = List.copyOf(outFlags);
    }

    /** The flag StoreLogoffTransports was given and the flags it answered with (IMPL-1, IMPL-4). */
    public record TransportsCall(String flags, List<String> out) {
        public TransportsCall {
            out = List.copyOf(out);
        }
    }
}
