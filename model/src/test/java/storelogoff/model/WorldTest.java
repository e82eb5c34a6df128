package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
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

    /** One change per field and client of the world, as WorldField declares them, each to a value the busy world does not have. */
    static Stream<Arguments> singleFieldChanges() {
        List<Arguments> changes = new ArrayList<>();
        World busy = busy();
        for (WorldField f : WorldField.ALL) {
            if (f.kind == WorldField.Kind.CONFIGURATION) continue;
            for (int slot = 0; slot < f.slots(busy.clients()); slot++) {
                int other = otherValue(f, f.read(busy, slot));
                int at = slot;
                changes.add(Arguments.of(f.name(slot), (Consumer<World>) w -> f.write(w, at, other)));
            }
        }
        return changes.stream();
    }

    /** A value of {@code f}'s kind other than {@code v}. */
    static int otherValue(WorldField f, int v) {
        return switch (f.kind) {
            case STATE -> (v + 1) % StoreState.values().length;
            case YES_NO, CONFIGURATION -> 1 - v;
            case FLAGS -> v == LogoffFlag.NO_WAIT.value ? LogoffFlag.ABORT.value : LogoffFlag.NO_WAIT.value;
            case OUTPUT_FLAGS -> v == LogoffFlag.COMPLETE.value ? LogoffFlag.INBOUND.value : LogoffFlag.COMPLETE.value;
            default -> v + 1;
        };
    }

    @Test
    @DisplayName("WorldField declares every field of World, in the order World lists them, and reads and writes that field")
    void theDeclarationCoversTheWorld() throws ReflectiveOperationException {
        List<String> javaFields = Arrays.stream(World.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers())).map(Field::getName).toList();
        assertThat(WorldField.ALL.stream().map(f -> f.key).toList()).isEqualTo(javaFields);
        World w = busy();
        for (WorldField f : WorldField.ALL) {
            Field java = World.class.getField(f.key);
            for (int slot = 0; slot < f.slots(w.clients()); slot++) {
                Object value = java.get(w);
                Object held = value instanceof int[] a ? a[slot] : value instanceof StoreState st ? st.ordinal()
                        : value instanceof Boolean bool ? (bool ? 1 : 0) : value;
                assertThat(f.read(w, slot)).as("%s read", f.name(slot)).isEqualTo(held);
                if (f.kind == WorldField.Kind.CONFIGURATION) continue;
                int other = otherValue(f, f.read(w, slot));
                f.write(w, slot, other);
                assertThat(f.read(w, slot)).as("%s written", f.name(slot)).isEqualTo(other);
            }
        }
    }

    @Test
    @DisplayName("a copy copies every declared field")
    void copyCopiesEveryField() {
        World w = World.initial(2, true);
        w.copyFrom(busy());
        assertThat(w).hasToString(busy().toString()).isEqualTo(busy());
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
    @DisplayName("IMPL-4, NOWAIT-3: the initial world prints its state, then every declared field as key=value: nothing saved, the transports not called, reception on")
    void initialText() {
        assertThat(World.initial(2, true)).hasToString("OPEN refs=[1, 0] flagSaved=no savedFlag=0"
                + " transportsCalls=0 transportsFlag=0 transportsOut=0 transportsReturned=no flushQueues=no receptionEnabled=yes"
                + " submitted=0 outbox=0 sending=0 sent=0 arrivals=0 arriving=0 received=0 returned=0");
        assertThat(World.initial(1, false).toString()).as("the configuration is not printed").startsWith("OPEN refs=[1] ")
                .contains(" receptionEnabled=no ");
    }

    @Test
    @DisplayName("IMPL-1, IMPL-2, PURGE-1, OUT-2, OUT-3: a world mid-logoff prints the saved flag, the transports call, FlushQueues and both ledgers")
    void busyText() {
        assertThat(busy()).hasToString("DRAINING refs=[0, 2] flagSaved=yes savedFlag=LOGOFF_PURGE"
                + " transportsCalls=1 transportsFlag=LOGOFF_PURGE transportsOut=LOGOFF_OUTBOUND|LOGOFF_OUTBOUND_QUEUE"
                + " transportsReturned=yes flushQueues=yes receptionEnabled=no"
                + " submitted=5 outbox=1 sending=2 sent=2 arrivals=4 arriving=1 received=2 returned=1");
    }
}
