package storelogoff.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.HResult;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;

/** The kinds of step a watch tells apart, in the order of their index, and how a narrowed watch reads. */
class WatchKindsTest {

    @Test
    void everyKindSitsAtItsIndex() {
        List<Watch.Kind> all = Watch.Kind.all();
        assertThat(all).hasSize(Watch.Kind.count()).doesNotHaveDuplicates()
                .hasSize(Event.values().length * StoreState.values().length * 2 * 2 * Watch.Answer.values().length * 2 * 2);
        for (int i = 0; i < all.size(); i++) assertThat(all.get(i).index()).as("index of %s", all.get(i)).isEqualTo(i);
        Watch.Kind holder = new Watch.Kind(Event.RELEASE, StoreState.OPEN, true, false, Watch.Answer.OK, true, false);
        assertThat(Watch.Kind.index(Event.RELEASE, StoreState.OPEN, true, false, Watch.Answer.OK, true, false))
                .isEqualTo(holder.index());
        assertThat(all.get(holder.index())).isEqualTo(holder);
    }

    @Test
    void aWatchUnlessAnsweredSaysWhichAnswerItSkips() {
        assertThat(Watch.events(Event.LOGOFF).unlessAnswered(Watch.Answer.INVALID_OBJECT))
                .hasToString("logoff not answered MAPI_E_INVALID_OBJECT");
        assertThat(Watch.events(Event.ADDREF).byHolder(false)).hasToString("addref by a caller holding no reference");
        assertThat(Watch.outputWritten()).hasToString("steps that write output flags");
        assertThat(Watch.events(Event.LOGOFF).answeredAsPrescribed(true).or(Watch.events(Event.LOGOFF).answeredAsPrescribed(false)))
                .hasToString("logoff answered as its flags prescribe; logoff not answered as its flags prescribe");
        assertThat(Watch.events(Event.LOGOFF).writingOutput()).hasToString("logoff that write output flags");
    }

    /** FLAGS-1, FLAGS-2: one input flag alone gets S_OK; NULL, none, two, unknown or output bits are refused strictly, only NULL leniently. */
    @Test
    void eachArgumentGetsTheAnswerItsReadingPrescribes() {
        for (LogoffFlag f : LogoffFlag.values()) {
            assertThat(FlagsAnswer.prescribed(Reading.DEFAULT, Step.logoff(1, f.value))).as("%s alone", f)
                    .isEqualTo(f.input ? HResult.S_OK : HResult.MAPI_E_UNKNOWN_FLAGS);
        }
        int two = LogoffFlag.NO_WAIT.value | LogoffFlag.PURGE.value;
        assertThat(FlagsAnswer.prescribed(Reading.DEFAULT, Step.logoff(1, two))).isEqualTo(HResult.MAPI_E_INVALID_PARAMETER);
        assertThat(FlagsAnswer.prescribed(Reading.DEFAULT, Step.logoff(1, 0))).isEqualTo(HResult.MAPI_E_INVALID_PARAMETER);
        assertThat(FlagsAnswer.prescribed(Reading.DEFAULT, Step.logoff(1, 0x20 | two))).as("unknown bits come first")
                .isEqualTo(HResult.MAPI_E_UNKNOWN_FLAGS);
        assertThat(FlagsAnswer.prescribed(Reading.LENIENT_FLAGS, Step.logoff(1, 0x20 | two))).isEqualTo(HResult.S_OK);
        for (Reading r : Reading.ALL) {
            assertThat(FlagsAnswer.prescribed(r, Step.logoffNull(1))).as("NULL under %s", r).isEqualTo(HResult.MAPI_E_INVALID_PARAMETER);
        }
        assertThat(Watch.Kind.prescribedFor(Reading.DEFAULT, Step.call(Event.SUBMIT, 1))).as("another call").isNull();
    }

    /** The explorer's kind, summed from what it keeps per step of its alphabet, is the kind as defined. */
    @Test
    void theIndexSummedPerStepIsTheDefinedOne() {
        World open = World.initial(2, true), idle = World.initial(2, true);
        idle.state = StoreState.IDLE;
        idle.refs[0] = 0;
        World called = idle.copy();
        called.transportsCalls = 1;
        for (Reading r : Reading.ALL) for (Step step : Alphabet.steps(2)) for (World before : List.of(open, idle)) {
            for (HResult h : new HResult[] {null, HResult.S_OK, HResult.MAPI_E_INVALID_PARAMETER, HResult.MAPI_E_UNKNOWN_FLAGS,
                    HResult.MAPI_E_INVALID_OBJECT}) {
                for (boolean written : new boolean[] {false, true}) for (World after : List.of(before, called)) {
                    Observation o = new Observation();
                    o.hresult = h;
                    o.outWritten = written;
                    int summed = Watch.Kind.index(Watch.Kind.ofStep(step), before, Watch.Kind.caller(step),
                            Watch.Kind.prescribedFor(r, step), after, o);
                    assertThat(summed).as("%s under %s from %s answered %s", step, r, before.state, h)
                            .isEqualTo(Watch.Kind.of(r, step, before, after, o).index());
                }
            }
        }
    }
}
