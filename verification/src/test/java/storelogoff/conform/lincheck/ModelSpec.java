package storelogoff.conform.lincheck;

import storelogoff.model.Event;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;

/**
 * The model's sequential behaviour as Lincheck's sequential specification: the same operations
 * as {@link ReferenceStoreOps}, each one step of the direct model (default reading, one client
 * holding every reference, as one store object is seen by the threads that share it).
 */
public final class ModelSpec {
    /** The compiled table is immutable and costly to build: one for every instance Lincheck makes. */
    private static final Model MODEL = new Model(Reading.DEFAULT);
    private final World world = World.initial(1, true);
    private final Observation observed = new Observation();

    public String addRef() {
        return step(Step.call(Event.ADDREF, 1));
    }

    public String release() {
        return step(Step.call(Event.RELEASE, 1));
    }

    public String logoffQuiet() {
        return step(Step.logoff(1, LogoffFlag.QUIET.value));
    }

    public String logoffZero() {
        return step(Step.logoff(1, 0));
    }

    /** {@code S_OK}, {@code S_OK transports=LOGOFF_QUIET}, {@code S_OK out=0}: what the caller and the support object see. */
    private String step(Step s) {
        int calls = world.transportsCalls;
        MODEL.step(world, s, observed);
        return Outcome.of(observed.hresult.value, world.transportsCalls > calls ? world.transportsFlag : null,
                observed.outWritten ? observed.outFlags : null);
    }
}
