package storelogoff.model;

/**
 * The HRESULTs the model returns, with their real values (MAPICode.h; docs/spec/sources.md).
 * StoreLogoff documents only S_OK (RET-1); the others follow the MAPI error convention.
 */
public enum HResult {
    S_OK(0x00000000),
    MAPI_E_INVALID_PARAMETER(0x80070057),
    MAPI_E_UNKNOWN_FLAGS(0x80040106),
    MAPI_E_INVALID_OBJECT(0x80040108),
    MAPI_E_NO_SUPPORT(0x80040102),
    MAPI_E_BUSY(0x8004010B),
    MAPI_E_CALL_FAILED(0x80004005);

    public final int value;

    HResult(int value) {
        this.value = value;
    }

    public boolean failed() {
        return value < 0;
    }

    public String hex() {
        return String.format("0x%08X", value);
    }
}
