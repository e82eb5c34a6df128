package storelogoff.model;

/** The five states of a message store during logoff. */
public enum StoreState {
    /** At least one reference is held; StoreLogoff only saves its flag (IMPL-1, IMPL-3). */
    OPEN,
    /** The logoff was accepted; transports finish what the flag waits for (NOWAIT-2, NOWAIT-3, ORDERLY-2). */
    DRAINING,
    /** The logoff was accepted and nothing it waits for remains; the spooler releases next (ABORT-4, NOWAIT-4, ORDERLY-3). */
    IDLE,
    /** The spooler released the store; every client call fails with MAPI_E_INVALID_OBJECT. Terminal. */
    RELEASED,
    /** StoreLogoffTransports refused because transports were active (QUIET-1, ABORT-3); transports carry on. */
    REFUSED
}
