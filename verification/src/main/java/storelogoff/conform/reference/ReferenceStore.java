package storelogoff.conform.reference;

import static storelogoff.conform.reference.Mapi.*;

/**
 * The store's side of IMsgStore::StoreLogoff under the default reading, written the way a
 * provider writes it: a reference count, a saved flag and the support object. Thread-safe:
 * every decision is made under the store's lock; the support object is called outside it,
 * once, by the release that took the count to zero.
 *
 * <ul>
 * <li>StoreLogoff checks its argument (FLAGS-1, FLAGS-2): NULL, zero or several flags are
 *     MAPI_E_INVALID_PARAMETER, unknown bits MAPI_E_UNKNOWN_FLAGS, and change nothing.
 * <li>Otherwise it saves the flag, the last call winning (IMPL-1, IMPL-3), writes back the
 *     activity it sees (SIG-2, OUT-1..3) and returns S_OK (RET-1). Nothing else happens yet.
 * <li>The final Release calls StoreLogoffTransports once with the saved flag, or LOGOFF_ABORT
 *     when none was saved (IMPL-1, IMPL-2, IMPL-4).
 * <li>If the spooler refused (QUIET or ABORT while transports were active: QUIET-1, ABORT-3)
 *     the store stays; the next AddRef starts a new logoff cycle. Else the store is gone and
 *     every call fails with MAPI_E_INVALID_OBJECT.
 * </ul>
 */
public final class ReferenceStore {
    private enum State { OPEN, LOGGING_OFF, REFUSED, RELEASED }

    private final Support support;
    private State state = State.OPEN;
    private int refs = 1;
    private boolean flagSaved;
    private int savedFlag;
    /** Messages in the store's Outbox, waiting for a transport (OUT-3). */
    private int outbox;

    /** A store opened by its first client: one reference. */
    public ReferenceStore(Support support) {
        this.support = support;
    }

    public synchronized int addRef() {
        if (state == State.REFUSED) {
            // Reopened after a refused logoff: a new cycle, nothing saved (IMPL-4).
            state = State.OPEN;
            flagSaved = false;
        } else if (state != State.OPEN) {
            return MAPI_E_INVALID_OBJECT;
        }
        refs++;
        return S_OK;
    }

    public int release() {
        int flags;
        synchronized (this) {
            if (state != State.OPEN || refs == 0) return MAPI_E_INVALID_OBJECT;
            if (--refs > 0) return S_OK;
            state = State.LOGGING_OFF;
            flags = flagSaved ? savedFlag : LOGOFF_ABORT;
        }
        // The final release, in this thread only: tell the transports, outside the lock.
        int[] lpulFlags = {flags};
        support.storeLogoffTransports(lpulFlags); // a failure does not stop the release (decision 0014)
        boolean refused = (flags == LOGOFF_QUIET || flags == LOGOFF_ABORT) && (lpulFlags[0] & LOGOFF_ACTIVITY) != 0;
        synchronized (this) {
            state = refused ? State.REFUSED : State.RELEASED;
        }
        return S_OK;
    }

    /** {@code lpulFlags}: null for a NULL pointer, else one element, in and out. */
    public synchronized int storeLogoff(int[] lpulFlags) {
        if (state != State.OPEN) return MAPI_E_INVALID_OBJECT;
        if (lpulFlags == null) return MAPI_E_INVALID_PARAMETER;
        int flags = lpulFlags[0];
        if ((flags & ~LOGOFF_INPUT) != 0) return MAPI_E_UNKNOWN_FLAGS;
        if (Integer.bitCount(flags) != 1) return MAPI_E_INVALID_PARAMETER;
        flagSaved = true;
        savedFlag = flags;
        lpulFlags[0] = activity();
        return S_OK;
    }

    /** A client submits a message: it waits in the Outbox. */
    public synchronized int submit() {
        if (state != State.OPEN) return MAPI_E_INVALID_OBJECT;
        outbox++;
        return S_OK;
    }

    /** The activity this store sees: messages waiting in its Outbox (transports send nothing here). */
    public synchronized int activity() {
        return outbox > 0 ? LOGOFF_OUTBOUND_QUEUE : 0;
    }

    public synchronized int refs() {
        return refs;
    }

    /** The flag saved in this cycle, or null. */
    public synchronized Integer savedFlag() {
        return flagSaved ? savedFlag : null;
    }

    public synchronized int outbox() {
        return outbox;
    }
}
