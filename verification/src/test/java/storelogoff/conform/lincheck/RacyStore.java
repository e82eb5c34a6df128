package storelogoff.conform.lincheck;

import static storelogoff.conform.reference.Mapi.*;

import storelogoff.conform.reference.Support;

/**
 * The reference store with the classic bug (REM-3): the reference count is read and written
 * without the lock. Two clients releasing a shared store at once can both see one reference
 * left, so StoreLogoffTransports is never called, or both see none, so it is called twice.
 * Lincheck must catch it.
 */
final class RacyStore {
    private final Support support;
    private int refs = 1;
    private boolean released;
    private boolean flagSaved;
    private int savedFlag;

    RacyStore(Support support) {
        this.support = support;
    }

    int addRef() {
        if (released) return MAPI_E_INVALID_OBJECT;
        refs++;
        return S_OK;
    }

    int release() {
        if (released || refs == 0) return MAPI_E_INVALID_OBJECT;
        int left = refs - 1; // read ...
        refs = left;         // ... then write: another release may have run in between
        if (left == 0) {
            released = true;
            support.storeLogoffTransports(new int[] {flagSaved ? savedFlag : LOGOFF_ABORT});
        }
        return S_OK;
    }

    synchronized int storeLogoff(int[] lpulFlags) {
        if (released) return MAPI_E_INVALID_OBJECT;
        int flags = lpulFlags[0];
        if ((flags & ~LOGOFF_INPUT) != 0) return MAPI_E_UNKNOWN_FLAGS;
        if (Integer.bitCount(flags) != 1) return MAPI_E_INVALID_PARAMETER;
        flagSaved = true;
        savedFlag = flags;
        lpulFlags[0] = 0;
        return S_OK;
    }
}
