package storelogoff.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.Step;
import storelogoff.model.World;

/** The exploration bounds: each range at both ends, and the steps they prune. */
class BoundsTest {

    @Test
    void eachBoundIsAcceptedAtBothEndsOfItsRangeAndRefusedJustBeyond() {
        Bounds low = new Bounds(1, 1, 0, 0, false);
        Bounds high = new Bounds(Bounds.MAX_CLIENTS, Bounds.MAX_REFS, Bounds.MAX_MESSAGES, Bounds.MAX_ARRIVALS, true);
        assertThat(low.clients()).isEqualTo(1);
        assertThat(high.arrivals()).isEqualTo(15);
        assertThatThrownBy(() -> new Bounds(0, 1, 0, 0, true)).hasMessage("clients must be 1..8, was 0");
        assertThatThrownBy(() -> new Bounds(9, 1, 0, 0, true)).hasMessage("clients must be 1..8, was 9");
        assertThatThrownBy(() -> new Bounds(1, 0, 0, 0, true)).hasMessage("refs must be 1..15, was 0");
        assertThatThrownBy(() -> new Bounds(1, 16, 0, 0, true)).hasMessage("refs must be 1..15, was 16");
        assertThatThrownBy(() -> new Bounds(1, 1, -1, 0, true)).hasMessage("messages must be 0..15, was -1");
        assertThatThrownBy(() -> new Bounds(1, 1, 16, 0, true)).hasMessage("messages must be 0..15, was 16");
        assertThatThrownBy(() -> new Bounds(1, 1, 0, -1, true)).hasMessage("arrivals must be 0..15, was -1");
        assertThatThrownBy(() -> new Bounds(1, 1, 0, 16, true)).hasMessage("arrivals must be 0..15, was 16");
    }

    @Test
    void addRefSubmitAndArrivalsStopAtTheirBoundAndNothingElseDoes() {
        Bounds b = new Bounds(2, 2, 1, 1, true);
        World w = b.initialWorld();
        assertThat(w).isEqualTo(World.initial(2, true));
        assertThat(b.allows(w, Step.call(Event.ADDREF, 1))).as("1 of 2 references").isTrue();
        assertThat(b.allows(w, Step.call(Event.SUBMIT, 1))).isTrue();
        assertThat(b.allows(w, Step.of(Event.RECEIVE_START))).isTrue();
        w.refs[0] = 2;
        w.submitted = 1;
        w.arrivals = 1;
        assertThat(b.allows(w, Step.call(Event.ADDREF, 1))).as("client 1 at its bound").isFalse();
        assertThat(b.allows(w, Step.call(Event.ADDREF, 2))).as("client 2 holds none").isTrue();
        assertThat(b.allows(w, Step.call(Event.SUBMIT, 2))).isFalse();
        assertThat(b.allows(w, Step.of(Event.RECEIVE_START))).isFalse();
        assertThat(b.allows(w, Step.of(Event.SEND_START))).isTrue();
        assertThat(b.allows(w, Step.logoff(1, 0))).isTrue();
    }

    @Test
    void saysEachBoundAndWhetherTheDefaultInboxIsThere() {
        assertThat(Bounds.DEFAULT).hasToString("2 clients, 2 refs each, 2 messages, 2 arrivals");
        assertThat(new Bounds(3, 1, 4, 5, false)).hasToString("3 clients, 1 refs each, 4 messages, 5 arrivals, no default Inbox");
        assertThat(new Bounds(3, 1, 4, 5, false).initialWorld().defaultInbox).isFalse();
    }
}
