package storelogoff.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.HResult;
import storelogoff.model.StoreState;

/** The kinds of step a watch tells apart, in the order of their index, and how a narrowed watch reads. */
class WatchKindsTest {

    @Test
    void everyKindSitsAtItsIndex() {
        List<Watch.Kind> all = Watch.Kind.all();
        assertThat(all).hasSize(Watch.Kind.count()).doesNotHaveDuplicates()
                .hasSize(Event.values().length * StoreState.values().length * 2 * Watch.Answer.values().length * 2 * 2);
        for (int i = 0; i < all.size(); i++) assertThat(all.get(i).index()).as("index of %s", all.get(i)).isEqualTo(i);
        Watch.Kind holder = new Watch.Kind(Event.RELEASE, StoreState.OPEN, true, Watch.Answer.OK, true, false);
        assertThat(Watch.Kind.index(Event.RELEASE, StoreState.OPEN, true, HResult.S_OK, true, false))
                .isEqualTo(holder.index());
        assertThat(all.get(holder.index())).isEqualTo(holder);
    }

    @Test
    void aWatchUnlessAnsweredSaysWhichAnswerItSkips() {
        assertThat(Watch.events(Event.LOGOFF).unlessAnswered(Watch.Answer.INVALID_OBJECT))
                .hasToString("logoff not answered MAPI_E_INVALID_OBJECT");
        assertThat(Watch.events(Event.ADDREF).byHolder(false)).hasToString("addref by a caller holding no reference");
        assertThat(Watch.outputWritten()).hasToString("steps that write output flags");
    }
}
