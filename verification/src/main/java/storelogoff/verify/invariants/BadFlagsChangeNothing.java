package storelogoff.verify.invariants;

import static storelogoff.scenario.ScenarioWriter.line;

import storelogoff.model.Event;
import storelogoff.model.HResult;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.verify.Conjunct;
import storelogoff.verify.FlagsAnswer;
import storelogoff.verify.Watch;

/**
 * FLAGS-1, FLAGS-2: StoreLogoff takes exactly one of the five input flags, and gets the HRESULT
 * {@link FlagsAnswer} works out for its flags under the reading. A refused call changes nothing
 * and writes nothing back; an accepted one returns S_OK (RET-1).
 */
final class BadFlagsChangeNothing extends Spec {
    BadFlagsChangeNothing() {
        super("bad-flags-change-nothing",
                "A StoreLogoff with bad flags gets the reading's HRESULT and changes nothing; good flags get S_OK.",
                watched(), "FLAGS-1", "FLAGS-2", "RET-1");
    }

    /**
     * A holder's StoreLogoff on an open store answered otherwise than its flags prescribe; if
     * answered as prescribed, only a refusal that changes something or writes output flags.
     */
    private static Watch watched() {
        Watch logoff = Watch.events(Event.LOGOFF).from(StoreState.OPEN).byHolder(true);
        Watch refusedAsPrescribed = logoff.answeredAsPrescribed(true).unlessAnswered(Watch.Answer.OK);
        return logoff.answeredAsPrescribed(false).or(refusedAsPrescribed.changingAnything())
                .or(refusedAsPrescribed.writingOutput());
    }

    private final Conjunct hresultPerReading = conjunct("hresult-per-reading",
            "StoreLogoff by a holder of an open store returns the HRESULT the reading prescribes for its flags.");
    private final Conjunct refusalChangesNothing = conjunct("refusal-changes-nothing",
            "A StoreLogoff refused for its flags changes nothing.");
    private final Conjunct refusalWritesNothing = conjunct("refusal-writes-nothing",
            "A StoreLogoff refused for its flags writes nothing to *lpulFlags.");

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        if (step.event() != Event.LOGOFF || before.state != StoreState.OPEN || before.refsOf(step.client()) == 0) return null;
        HResult want = FlagsAnswer.prescribed(reading, step);
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
