package storelogoff.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.HResult;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Step;
import storelogoff.model.StoreState;

/** The kinds of step a watch tells apart, in the order of their index, and how a narrowed watch reads. */
class WatchKindsTest {

    @Test
    void everyKindSitsAtItsIndex() {
        List<Watch.Kind> all = Watch.Kind.all();
        assertThat(all).hasSize(Watch.Kind.count()).doesNotHaveDuplicates()
                .hasSize(Event.values().length * StoreState.values().length * 2 * 2 * Watch.Answer.values().length * 2 * 2);
        for (int i = 0; i < all.size(); i++) assertThat(all.get(i).index()).as("index of %s", all.get(i)).isEqualTo(i);
        Watch.Kind holder = new Watch.Kind(Event.RELEASE, StoreState.OPEN, true, false, Watch.Answer.OK, true, false);
        assertThat(Watch.Kind.index(Event.RELEASE, StoreState.OPEN, true, false, HResult.S_OK, true, false))
                .isEqualTo(holder.index());
        assertThat(all.get(holder.index())).isEqualTo(holder);
    }

    @Test
    void aWatchUnlessAnsweredSaysWhichAnswerItSkips() {
        assertThat(Watch.events(Event.LOGOFF).unlessAnswered(Watch.Answer.INVALID_OBJECT))
                .hasToString("logoff not answered MAPI_E_INVALID_OBJECT");
        assertThat(Watch.events(Event.ADDREF).byHolder(false)).hasToString("addref by a caller holding no reference");
        assertThat(Watch.outputWritten()).hasToString("steps that write output flags");
        assertThat(Watch.events(Event.LOGOFF).oneFlag(true).or(Watch.events(Event.LOGOFF).oneFlag(false)))
                .hasToString("logoff with one input flag; logoff without exactly one input flag");
    }

    /** FLAGS-1: the argument every reading accepts is one of the five input flags alone; NULL, none, two, unknown or output bits are not. */
    @Test
    void oneInputFlagIsExactlyOneOfTheFiveAlone() {
        for (LogoffFlag f : LogoffFlag.values()) {
            assertThat(Watch.oneInputFlag(Step.logoff(1, f.value))).as("%s alone", f).isEqualTo(f.input);
        }
        for (int flags : List.of(0, LogoffFlag.NO_WAIT.value | LogoffFlag.PURGE.value, 0x20,
                LogoffFlag.COMPLETE.value | LogoffFlag.NO_WAIT.value)) {
            assertThat(Watch.oneInputFlag(Step.logoff(1, flags))).as("flags 0x%x", flags).isFalse();
        }
        assertThat(Watch.oneInputFlag(Step.logoffNull(1))).as("NULL").isFalse();
        assertThat(Watch.oneInputFlag(Step.call(Event.SUBMIT, 1))).as("another call").isFalse();
        assertThat(Alphabet.steps(2).stream().filter(Watch::oneInputFlag)).as("the explorer's alphabet")
                .hasSize(2 * 5).allMatch(s -> LogoffFlag.singleInput(s.flags()) != null);
    }
}
