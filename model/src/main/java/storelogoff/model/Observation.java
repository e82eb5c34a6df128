package storelogoff.model;

/**
 * What one step showed beyond the world: which transition fired, the HRESULT a client call
 * returned, and StoreLogoff's output flags (SIG-2). Reused across steps, like the world.
 */
public final class Observation {
    public Transition fired;
    /** Set by an action for a failing call; the engine fills in S_OK or MAPI_E_INVALID_OBJECT. */
    public HResult hresult;
    /** True when StoreLogoff wrote {@code *lpulFlags} back. */
    public boolean outWritten;
    public int outFlags;

    public void reset() {
        fired = null;
        hresult = null;
        outWritten = false;
        outFlags = 0;
    }

    /** The result column of a scenario run: the HRESULT of a call, or OK / DISABLED. */
    public String resultName(Event event) {
        if (event.isClientCall()) return hresult == null ? "?" : hresult.name();
        return fired != null ? "OK" : "DISABLED";
    }

    public void copyFrom(Observation o) {
        fired = o.fired;
        hresult = o.hresult;
        outWritten = o.outWritten;
        outFlags = o.outFlags;
    }

    @Override
    public String toString() {
        return (fired == null ? "no transition" : fired.name()) + " hr=" + hresult
                + (outWritten ? " out=" + LogoffFlag.format(outFlags) : "");
    }
}
