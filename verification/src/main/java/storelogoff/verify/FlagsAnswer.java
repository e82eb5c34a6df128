package storelogoff.verify;

import storelogoff.model.Event;
import storelogoff.model.HResult;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Reading;
import storelogoff.model.Step;

/**
 * FLAGS-1, FLAGS-2, RET-1: the HRESULT a StoreLogoff's flags get under a reading, worked out from
 * the clauses, never asked of the model. Under the strict reading a NULL pointer, zero or several
 * input flags get MAPI_E_INVALID_PARAMETER and unknown or output-only bits MAPI_E_UNKNOWN_FLAGS
 * (checked first); under the lenient reading only NULL is refused; anything else gets S_OK.
 * {@code bad-flags-change-nothing} judges StoreLogoff by it, and the checkers know from it,
 * before any invariant runs, whether a StoreLogoff was answered so ({@link Watch.Kind#prescribed}).
 */
public final class FlagsAnswer {
    private FlagsAnswer() {}

    /** The HRESULT the reading prescribes for the flags of StoreLogoff {@code step}. */
    public static HResult prescribed(Reading reading, Step step) {
        if (step.event() != Event.LOGOFF) throw new IllegalArgumentException("not a StoreLogoff: " + step);
        if (step.nullFlags()) return HResult.MAPI_E_INVALID_PARAMETER;
        if (reading.validation() == Reading.Validation.LENIENT) return HResult.S_OK;
        int f = step.flags();
        if ((f & ~LogoffFlag.INPUT_MASK) != 0) return HResult.MAPI_E_UNKNOWN_FLAGS;
        return Integer.bitCount(f) == 1 ? HResult.S_OK : HResult.MAPI_E_INVALID_PARAMETER;
    }
}
