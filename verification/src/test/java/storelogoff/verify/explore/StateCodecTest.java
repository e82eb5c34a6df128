package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import storelogoff.model.LogoffFlag;
import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.model.WorldField;
import storelogoff.verify.Alphabet;
import storelogoff.verify.Bounds;
import storelogoff.verify.Invariant;

class StateCodecTest {

    static Iterable<Reading> readings() {
        return Reading.ALL;
    }

    /**
     * Every world the model produces from every explored state packs and unpacks to itself, and
     * the one-pass encoding the search uses agrees with the plain one and restores the world.
     */
    @ParameterizedTest
    @MethodSource("readings")
    void roundTripsEveryExploredWorld(Reading reading) {
        Bounds bounds = new Bounds(2, 2, 2, 2, true);
        Model model = new Model(reading);
        StateCodec codec = new StateCodec(bounds);
        Step[] alphabet = Alphabet.steps(bounds.clients()).toArray(new Step[0]);
        StateGraph graph = new StateGraph(false);
        new BreadthFirstSearch(model, bounds, codec, null, alphabet, new Invariant[0], graph, new LongIntHashMap(),
                new Traces(model, bounds, codec, null, graph, alphabet), 1, null).run();

        World before = bounds.initialWorld();
        Observation o = new Observation();
        long worlds = 0;
        // Compared plainly, asserted only where they differ: an assertion per world and step was most of the test's time.
        for (int i = 0; i < graph.size(); i++) {
            codec.decode(graph.code(i), before);
            long reencoded = codec.encode(before);
            if (reencoded != graph.code(i)) assertThat(reencoded).as("state %d re-encoded", i).isEqualTo(graph.code(i));
            if (codec.state(graph.code(i)) != before.state) assertThat(codec.state(graph.code(i))).isEqualTo(before.state);
            for (Step step : alphabet) {
                if (!bounds.allows(before, step)) continue;
                World after = before.copy();
                model.step(after, step, o);
                long code = codec.encode(after);
                World decoded = codec.decode(code);
                if (!decoded.equals(after)) assertThat(decoded).as("%s after %s", after, step).isEqualTo(after);
                long restoring = codec.encodeAndRestore(after, before, graph.code(i));
                if (restoring != code) assertThat(restoring).as("%s after %s", after, step).isEqualTo(code);
                if (!after.equals(before)) assertThat(after).as("restored after %s", step).isEqualTo(before);
                worlds++;
            }
        }
        assertThat(graph.size()).isGreaterThan(1000);
        assertThat(worlds).isGreaterThan(graph.size());
    }

    /** Every value a declared field may hold within the bounds. */
    static List<Integer> domain(WorldField f, Bounds b) {
        List<Integer> values = new ArrayList<>();
        switch (f.kind) {
            case STATE -> { for (StoreState st : StoreState.values()) values.add(st.ordinal()); }
            case YES_NO -> values.addAll(List.of(0, 1));
            case REFERENCES -> { for (int v = 0; v <= b.refs(); v++) values.add(v); }
            case MESSAGES -> { for (int v = 0; v <= b.messages(); v++) values.add(v); }
            case ARRIVALS -> { for (int v = 0; v <= b.arrivals(); v++) values.add(v); }
            case CALLS -> { for (int v = 0; v <= WorldField.Kind.MAX_CALLS; v++) values.add(v); }
            case FLAGS -> values.addAll(Alphabet.flagValues());
            case OUTPUT_FLAGS -> {
                values.add(0);
                values.add(LogoffFlag.COMPLETE.value);
                for (int bits = LogoffFlag.INBOUND.value; bits <= LogoffFlag.ACTIVITY_MASK; bits += LogoffFlag.INBOUND.value) {
                    values.add(bits);
                }
            }
            case CONFIGURATION -> { }
        }
        return values;
    }

    /**
     * The generated decoder and one-pass encoder agree with the declaration, field by field:
     * every value of every declared field (each client's too) encodes through the declaration's
     * readers, decodes to itself, and re-encodes in one pass to the same code, restoring the world.
     */
    @Test
    void everyDeclaredFieldPacksEveryValueOfItsKind() {
        Bounds bounds = new Bounds(3, 3, 4, 2, true);
        StateCodec codec = new StateCodec(bounds);
        int checked = 0;
        for (WorldField f : WorldField.ALL) {
            for (int slot = 0; slot < f.slots(bounds.clients()); slot++) {
                for (int v : domain(f, bounds)) {
                    World before = bounds.initialWorld();
                    World after = before.copy();
                    f.write(after, slot, v);
                    long code = codec.encode(after);
                    assertThat(f.read(codec.decode(code), slot)).as("%s = %d decoded", f.name(slot), v).isEqualTo(v);
                    assertThat(codec.decode(code)).as("%s = %d", f.name(slot), v).isEqualTo(after);
                    assertThat(codec.encodeAndRestore(after, before, codec.encode(before))).as("%s = %d", f.name(slot), v)
                            .isEqualTo(code);
                    assertThat(after).as("restored after %s = %d", f.name(slot), v).isEqualTo(before);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(60);
    }

    /** Every bounded count refuses the value one past its bound, naming the field, in both encoders. */
    @Test
    void everyBoundedFieldRefusesTheValuePastItsBound() {
        Bounds bounds = new Bounds(2, 3, 3, 3, true);
        StateCodec codec = new StateCodec(bounds);
        for (WorldField f : WorldField.ALL) {
            if (f.kind != WorldField.Kind.REFERENCES && f.kind != WorldField.Kind.MESSAGES
                    && f.kind != WorldField.Kind.ARRIVALS && f.kind != WorldField.Kind.CALLS) continue;
            for (int slot = 0; slot < f.slots(bounds.clients()); slot++) {
                World before = bounds.initialWorld();
                World after = before.copy();
                f.write(after, slot, 4); // 3 takes two bits
                String expected = f.name(slot) + " = 4";
                assertThatThrownBy(() -> codec.encode(after)).hasMessageContaining(expected);
                assertThatThrownBy(() -> codec.encodeAndRestore(after, before, codec.encode(before)))
                        .hasMessageContaining(expected);
            }
        }
    }

    @Test
    void widthsFollowTheBounds() {
        StateCodec small = new StateCodec(new Bounds(1, 1, 0, 0, false));
        StateCodec large = new StateCodec(new Bounds(4, 3, 4, 4, true));
        // 4 clients x 2 bits for refs 0..3, 8 counts x 3 bits for 0..4: 8 + 24 bits more than 1 client x 1 bit, no counts.
        assertThat(large.bitsUsed() - small.bitsUsed()).isEqualTo(4 * 2 - 1 + 8 * 3);
        assertThat(large.bitsUsed()).isLessThanOrEqualTo(64);
    }

    @Test
    void boundsBeyondSixtyFourBitsTakeTwoWords() {
        StateCodec largest = new StateCodec(new Bounds(8, 15, 15, 15, true));
        assertThat(largest.bitsUsed()).isGreaterThan(64);
        assertThat(largest.wide()).isTrue();
        // The reference counts move to the second word; their change shows as one bit of the first.
        assertThat(largest.mask(WorldField.REFS)).isEqualTo(StateCodec.SECOND_WORD);
        assertThat(new StateCodec(new Bounds(4, 3, 4, 4, true)).wide()).isFalse();
    }

    @Test
    void encodeAndRestoreRefusesAValueBeyondItsField() {
        Bounds bounds = new Bounds(2, 2, 2, 2, true);
        StateCodec codec = new StateCodec(bounds);
        World before = bounds.initialWorld();
        World after = before.copy();
        after.arriving = 4; // 2 arrivals take 2 bits: 0..3
        assertThatThrownBy(() -> codec.encodeAndRestore(after, before, codec.encode(before)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("arriving = 4");
    }

    @Test
    void refusesAWorldBeyondTheBoundsNamingTheField() {
        Bounds bounds = new Bounds(2, 2, 2, 2, true);
        StateCodec codec = new StateCodec(bounds);
        World w = bounds.initialWorld();
        w.outbox = 4;
        assertThatThrownBy(() -> codec.encode(w)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outbox = 4");
        World v = bounds.initialWorld();
        v.savedFlag = 0x40;
        assertThatThrownBy(() -> codec.encode(v)).hasMessageContaining("savedFlag = 64");
        World u = bounds.initialWorld();
        u.refs[1] = -1;
        assertThatThrownBy(() -> codec.encode(u)).hasMessageContaining("refs of client 2 = -1");
    }
}
