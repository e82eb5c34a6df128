package storelogoff.conform.lincheck;

import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;

import org.jetbrains.lincheck.datastructures.Operation;

import storelogoff.conform.reference.Mapi;

/**
 * A store's operations for Lincheck: each thread is a holder of the one store object. The
 * subclasses only say which store; the operations and what they report are the same.
 */
public abstract class StoreOps {
    /** The calls Lincheck makes on a store, whatever its class. */
    protected record Store(IntSupplier addRef, IntSupplier release, ToIntFunction<int[]> storeLogoff) {
    }

    private final RecordingSupport support = new RecordingSupport();
    private final Store store;

    protected StoreOps(Function<RecordingSupport, Store> open) {
        store = open.apply(support);
    }

    @Operation
    public String addRef() {
        return Outcome.of(store.addRef().getAsInt(), null, null);
    }

    @Operation
    public String release() {
        int hr = store.release().getAsInt();
        return Outcome.of(hr, support.calledByMe(), null);
    }

    @Operation
    public String logoffQuiet() {
        return logoff(Mapi.LOGOFF_QUIET);
    }

    @Operation
    public String logoffZero() {
        return logoff(0);
    }

    private String logoff(int flags) {
        int[] lpulFlags = {flags};
        int hr = store.storeLogoff().applyAsInt(lpulFlags);
        return Outcome.of(hr, null, hr == Mapi.S_OK ? lpulFlags[0] : null);
    }
}
