package storelogoff.conform.lincheck;

import storelogoff.model.HResult;
import storelogoff.model.LogoffFlag;

/** One operation's outcome as text, the same for the store and the model: the HRESULT, StoreLogoffTransports, the output. */
final class Outcome {
    private Outcome() {}

    static String of(int hresult, Integer transports, Integer out) {
        String name = null;
        for (HResult h : HResult.values()) if (h.value == hresult) name = h.name();
        StringBuilder b = new StringBuilder(name != null ? name : String.format("0x%08X", hresult));
        if (transports != null) b.append(" transports=").append(LogoffFlag.format(transports));
        if (out != null) b.append(" out=").append(LogoffFlag.format(out));
        return b.toString();
    }
}
