package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;
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
        new BreadthFirstSearch(model, bounds, codec, alphabet, new Invariant[0], graph, new LongIntHashMap(),
                new Traces(model, bounds, codec, graph, alphabet), 1, null).run();

        World before = bounds.initialWorld();
        Observation o = new Observation();
        long worlds = 0;
        for (int i = 0; i < graph.size(); i++) {
            codec.decode(graph.code(i), before);
            assertThat(codec.encode(before)).as("state %d re-encoded", i).isEqualTo(graph.code(i));
            assertThat(codec.state(graph.code(i))).isEqualTo(before.state);
            for (Step step : alphabet) {
                if (!bounds.allows(before, step)) continue;
                World after = before.copy();
                model.step(after, step, o);
                long code = codec.encode(after);
                assertThat(codec.decode(code)).as("%s after %s", after, step).isEqualTo(after);
                assertThat(codec.encodeAndRestore(after, before, graph.code(i))).as("%s after %s", after, step)
                        .isEqualTo(code);
                assertThat(after).as("restored after %s", step).isEqualTo(before);
                worlds++;
            }
        }
        assertThat(graph.size()).isGreaterThan(1000);
        assertThat(worlds).isGreaterThan(graph.size());
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
    void refusesBoundsBeyondSixtyFourBits() {
        assertThatThrownBy(() -> new StateCodec(new Bounds(8, 15, 15, 15, true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bits per state")
                .hasMessageContaining("64");
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
