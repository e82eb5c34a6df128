package storelogoff.verify.invariants;

import static storelogoff.scenario.ScenarioWriter.line;

import storelogoff.model.Event;
import storelogoff.model.HResult;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.verify.Conjunct;
import storelogoff.verify.Watch;

/**
 * FLAGS-1, FLAGS-2: StoreLogoff takes exactly one of the five input flags. Under the strict
 * reading a NULL pointer, zero or several flags get MAPI_E_INVALID_PARAMETER and unknown or
 * output-only bits get MAPI_E_UNKNOWN_FLAGS (checked first); under the lenient reading only
 * NULL is refused. A refused call changes nothing and writes nothing back; an accepted one
 * returns S_OK (RET-1).
 */
final class BadFlagsChangeNothing extends Spec {
    BadFlagsChangeNothing() {
        super("bad-flags-change-nothing",
                "A StoreLogoff with bad flags gets the reading's HRESULT and changes nothing; good flags get S_OK.",
                watched(), "FLAGS-1", "FLAGS-2", "RET-1");
    }

    /** A holder's StoreLogoff on an open store, but one input flag answered S_OK: every reading requires just that. */
    private static Watch watched() {
        Watch logoff = Watch.events(Event.LOGOFF).from(StoreState.OPEN).byHolder(true);
        return logoff.oneFlag(false).or(logoff.oneFlag(true).unlessAnswered(Watch.Answer.OK));
    }

    private final Conjunct hresultPerReading = conjunct("hresult-per-reading",
            "StoreLogoff by a holder of an open store returns the HRESULT the reading prescribes for its flags.");
    private final Conjunct refusalChangesNothing = conjunct("refusal-changes-nothing",
            "A StoreLogoff refused for its flags changes nothing.");
    private final Conjunct refusalWritesNothing = conjunct("refusal-writes-nothing",
            "A StoreLogoff refused for its flags writes nothing to *lpulFlags.");

    /** The HRESULT the reading prescribes, computed here rather than asked of the model. */
    static HResult expected(Reading reading, Step step) {
        if (step.nullFlags()) return HResult.MAPI_E_INVALID_PARAMETER;
        if (reading.validation() == Reading.Validation.LENIENT) return HResult.S_OK;
        int f = step.flags();
        if ((f & ~LogoffFlag.INPUT_MASK) != 0) return HResult.MAPI_E_UNKNOWN_FLAGS;
        return Integer.bitCount(f) == 1 ? HResult.S_OK : HResult.MAPI_E_INVALID_PARAMETER;
    }

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        if (step.event() != Event.LOGOFF || before.state != StoreState.OPEN || before.refsOf(step.client()) == 0) return null;
        HResult want = expected(reading, step);
        if (observed.hresult != want) {
            return hresultPerReading.violated(line(step) + " returned " + observed.hresult + " but the " + reading
                    + " reading requires " + want);
        }
        if (want.failed() && !after.equals(before)) {
            return refusalChangesNothing.violated(line(step) + " was refused with " + want + " yet changed the world: before "
                    + before + ", after " + after);
        }
        if (want.failed() && observed.outWritten) {
            return refusalWritesNothing.violated(line(step) + " was refused with " + want + " yet wrote "
                    + Facts.flags(observed.outFlags) + " to *lpulFlags");
        }
        return null;
    }
}
