package storelogoff.conform.reference;

/** The MAPI values the reference store uses, as MAPIDefS.h and MAPICode.h define them. */
public final class Mapi {
    private Mapi() {}

    public static final int S_OK = 0;
    public static final int MAPI_E_INVALID_PARAMETER = 0x80070057;
    public static final int MAPI_E_UNKNOWN_FLAGS = 0x80040106;
    public static final int MAPI_E_INVALID_OBJECT = 0x80040108;

    public static final int LOGOFF_NO_WAIT = 0x00000001;
    public static final int LOGOFF_ORDERLY = 0x00000002;
    public static final int LOGOFF_PURGE = 0x00000004;
    public static final int LOGOFF_ABORT = 0x00000008;
    public static final int LOGOFF_QUIET = 0x00000010;
    /** The input flags StoreLogoff knows; one of them per call. */
    public static final int LOGOFF_INPUT = 0x0000001F;

    public static final int LOGOFF_COMPLETE = 0x00010000;
    public static final int LOGOFF_INBOUND = 0x00020000;
    public static final int LOGOFF_OUTBOUND = 0x00040000;
    public static final int LOGOFF_OUTBOUND_QUEUE = 0x00080000;
    /** The output flags that report transport activity. */
    public static final int LOGOFF_ACTIVITY = LOGOFF_INBOUND | LOGOFF_OUTBOUND | LOGOFF_OUTBOUND_QUEUE;
}
