package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The world as a value: two worlds are equal exactly when every field is, because the engines'
 * agreement check and the explorer's visited set compare worlds. Its text is what every
 * counterexample shows.
 */
@DisplayName("IMPL-1..4, OUT-1..3: a world is equal to another exactly when every field is, and prints every field")
class WorldTest {

    /** A busy world mid-cycle where no field has its initial value, so each change below is a change. */
    static World busy() {
        World w = World.initial(2, true);
        w.state = StoreState.DRAINING;
        w.refs[0] = 0;
        w.refs[1] = 2;
        w.flagSaved = true;
        w.savedFlag = LogoffFlag.PURGE.value;
        w.transportsCalls = 1;
        w.transportsFlag = LogoffFlag.PURGE.value;
        w.transportsOut = LogoffFlag.OUTBOUND.value | LogoffFlag.OUTBOUND_QUEUE.value;
        w.transportsReturned = true;
        w.flushQueues = true;
        w.receptionEnabled = false;
        w.submitted = 5;
        w.outbox = 1;
        w.sending = 2;
        w.sent = 2;
        w.arrivals = 4;
        w.arriving = 1;
        w.received = 2;
        w.returned = 1;
        return w;
    }

    /** One change per field of the world, each to a value the busy world does not have. */
    static Stream<Arguments> singleFieldChanges() {
        Map<String, Consumer<World>> changes = new LinkedHashMap<>();
        changes.put("state", w -> w.state = StoreState.IDLE);
        changes.put("refs of client 1", w -> w.refs[0] = 1);
        changes.put("refs of client 2", w -> w.refs[1] = 1);
        changes.put("flagSaved", w -> w.flagSaved = false);
        changes.put("savedFlag", w -> w.savedFlag = LogoffFlag.NO_WAIT.value);
        changes.put("transportsCalls", w -> w.transportsCalls = 2);
        changes.put("transportsFlag", w -> w.transportsFlag = LogoffFlag.ABORT.value);
        changes.put("transportsOut", w -> w.transportsOut = LogoffFlag.COMPLETE.value);
        changes.put("transportsReturned", w -> w.transportsReturned = false);
        changes.put("flushQueues", w -> w.flushQueues = false);
        changes.put("receptionEnabled", w -> w.receptionEnabled = true);
        changes.put("submitted", w -> w.submitted = 6);
        changes.put("outbox", w -> w.outbox = 0);
        changes.put("sending", w -> w.sending = 1);
        changes.put("sent", w -> w.sent = 3);
        changes.put("arrivals", w -> w.arrivals = 5);
        changes.put("arriving", w -> w.arriving = 0);
        changes.put("received", w -> w.received = 3);
        changes.put("returned", w -> w.returned = 0);
        return changes.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleFieldChanges")
    @DisplayName("a world differing in a single field is not equal, either way round")
    void differsInOneField(String field, Consumer<World> change) {
        World a = busy();
        World b = busy();
        change.accept(b);
        assertThat(b).as("after changing %s: [%s] vs [%s]", field, b, a).isNotEqualTo(a);
        assertThat(a).as("after changing %s: [%s] vs [%s]", field, a, b).isNotEqualTo(b);
    }

    @Test
    @DisplayName("a copy is equal with an equal hash code; a different configuration or another type is not equal")
    void equalityAndConfiguration() {
        World a = busy();
        assertThat(a.copy()).isEqualTo(a).hasSameHashCodeAs(a).isNotSameAs(a);
        assertThat(World.initial(2, true)).isEqualTo(World.initial(2, true));
        assertThat(World.initial(2, false)).as("without the default Inbox (NOWAIT-3)").isNotEqualTo(World.initial(2, true));
        assertThat(new World(2, false)).as("defaultInbox alone").isNotEqualTo(new World(2, true));
        assertThat(World.initial(3, true)).as("three clients").isNotEqualTo(World.initial(2, true));
        assertThat(a).isNotEqualTo(a.toString()).isNotEqualTo(null);
    }

    @Test
    @DisplayName("worlds in different states or with different counts hash differently, so the explorer's visited set stays fast")
    void hashCodesSpread() {
        Set<Integer> hashes = new HashSet<>();
        for (StoreState s : StoreState.values()) {
            World w = World.initial(2, true);
            w.state = s;
            hashes.add(w.hashCode());
        }
        for (int outbox = 1; outbox <= 3; outbox++) {
            World w = World.initial(2, true);
            w.outbox = outbox;
            hashes.add(w.hashCode());
        }
        assertThat(hashes).as("hash codes of 5 states and 3 Outbox counts").hasSize(StoreState.values().length + 3);
    }

    @Test
    @DisplayName("a world needs at least one client; one is enough")
    void clients() {
        assertThat(new World(1, true).clients()).isEqualTo(1);
        assertThat(World.initial(1, false).refs).containsExactly(1);
        assertThatThrownBy(() -> new World(0, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("clients must be at least 1, was 0");
        assertThatThrownBy(() -> new World(-1, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("clients must be at least 1, was -1");
    }

    @Test
    @DisplayName("IMPL-4, NOWAIT-3: the initial world prints with nothing saved, the transports not called and reception on")
    void initialText() {
        assertThat(World.initial(2, true)).hasToString("OPEN refs=[1, 0] saved=none transports=not called reception=on"
                + " outbox=0 sending=0 sent=0/0 arriving=0 received=0 returned=0/0");
        assertThat(World.initial(1, false)).hasToString("OPEN refs=[1] saved=none transports=not called reception=off"
                + " outbox=0 sending=0 sent=0/0 arriving=0 received=0 returned=0/0");
    }

    @Test
    @DisplayName("IMPL-1, IMPL-2, PURGE-1, OUT-2, OUT-3: a world mid-logoff prints the saved flag, the transports call, FlushQueues and both ledgers")
    void busyText() {
        World w = busy();
        assertThat(w).hasToString("DRAINING refs=[0, 2] saved=LOGOFF_PURGE"
                + " transports=1x(LOGOFF_PURGE -> LOGOFF_OUTBOUND|LOGOFF_OUTBOUND_QUEUE, returned) flushed reception=off"
                + " outbox=1 sending=2 sent=2/5 arriving=1 received=2 returned=1/4");
        w.transportsReturned = false;
        w.flushQueues = false;
        assertThat(w.toString()).as("control not yet returned, no FlushQueues")
                .contains(" transports=1x(LOGOFF_PURGE -> LOGOFF_OUTBOUND|LOGOFF_OUTBOUND_QUEUE) reception=off ");
    }
}
