package storelogoff.conform.lincheck;

import storelogoff.conform.reference.Mapi;
import storelogoff.conform.reference.Support;

/** A support object that remembers who called StoreLogoffTransports, and with what; the transports are idle. */
final class RecordingSupport implements Support {
    private volatile Thread caller;
    private volatile int flags;

    @Override
    public int storeLogoffTransports(int[] lpulFlags) {
        flags = lpulFlags[0];
        caller = Thread.currentThread();
        lpulFlags[0] = Mapi.LOGOFF_COMPLETE;
        return Mapi.S_OK;
    }

    /** The flag the current thread passed since it last asked, or null when it did not call. */
    Integer calledByMe() {
        if (caller != Thread.currentThread()) return null;
        caller = null;
        return flags;
    }
}
