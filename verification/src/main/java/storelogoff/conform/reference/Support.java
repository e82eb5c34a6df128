package storelogoff.conform.reference;

/** The part of MAPI's support object (IMAPISupport) a store calls at logoff. */
public interface Support {
    /**
     * Tells the MAPI spooler how the store's transports log off. {@code lpulFlags[0]} holds the
     * flag on the way in and the spooler's output flags on the way out: LOGOFF_COMPLETE, or the
     * activity it found. Returns an HRESULT.
     */
    int storeLogoffTransports(int[] lpulFlags);
}
