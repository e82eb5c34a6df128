package storelogoff.conform.lincheck;

import org.jetbrains.lincheck.datastructures.Operation;

import storelogoff.conform.reference.Mapi;

/** {@link RacyStore}'s operations for Lincheck, the same as {@link ReferenceStoreOps}. */
public final class RacyStoreOps {
    private final RecordingSupport support = new RecordingSupport();
    private final RacyStore store = new RacyStore(support);

    @Operation
    public String addRef() {
        return Outcome.of(store.addRef(), null, null);
    }

    @Operation
    public String release() {
        int hr = store.release();
        return Outcome.of(hr, support.calledByMe(), null);
    }

    @Operation
    public String logoffQuiet() {
        return logoff(Mapi.LOGOFF_QUIET);
    }

    @Operation
    public String logoffZero() {
        return logoff(0);
    }

    private String logoff(int flags) {
        int[] lpulFlags = {flags};
        int hr = store.storeLogoff(lpulFlags);
        return Outcome.of(hr, null, hr == Mapi.S_OK ? lpulFlags[0] : null);
    }
}
