package storelogoff.conform.lincheck;

import org.jetbrains.lincheck.datastructures.Operation;

import storelogoff.conform.reference.Mapi;
import storelogoff.conform.reference.ReferenceStore;

/** The reference store's operations for Lincheck: each thread is a holder of the one store object. */
public final class ReferenceStoreOps {
    private final RecordingSupport support = new RecordingSupport();
    private final ReferenceStore store = new ReferenceStore(support);

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
