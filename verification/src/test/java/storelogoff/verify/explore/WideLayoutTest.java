package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.verify.Bounds;
import storelogoff.verify.invariants.Invariants;
import storelogoff.verify.mutants.Mutant;
import storelogoff.verify.mutants.NamedMutants;

/**
 * The wide layout (two words per state) explores what the one-word layout explores: forced on
 * bounds that fit one word, every count, verdict and counterexample is the same, with and
 * without symmetry; and bounds past 64 bits get it without being asked.
 */
class WideLayoutTest {

    @Test
    void wideSearchMatchesTheOneWordSearch() {
        for (Reading r : Reading.ALL) {
            for (Bounds b : List.of(new Bounds(2, 2, 2, 2, true), new Bounds(3, 2, 1, 1, false))) {
                for (boolean symmetry : new boolean[] {false, true}) {
                    ExplorationResult one = explore(new Model(r), b, symmetry, false);
                    ExplorationResult two = explore(new Model(r), b, symmetry, true);
                    assertThat(List.of(two.states(), two.transitions(), two.edges(), two.depth(), two.invariantChecks()))
                            .as("%s %s symmetry %s", r.name(), b, symmetry)
                            .containsExactly(one.states(), one.transitions(), one.edges(), one.depth(), one.invariantChecks());
                    assertThat(two.passed()).isEqualTo(one.passed());
                }
            }
        }
    }

    @Test
    void wideSearchFindsTheSameCounterexamples() {
        Bounds b = Bounds.DEFAULT;
        // Every fourth named mutant, under the default reading: counterexamples of every kind, in seconds.
        List<Mutant> named = NamedMutants.all();
        for (int k = 0; k < named.size(); k += 4) {
            Mutant m = named.get(k);
            for (Reading r : List.of(Reading.DEFAULT)) {
                if (!m.appliesTo(r)) continue;
                for (boolean symmetry : new boolean[] {false, true}) {
                    ExplorationResult one = explore(m.model(r), b, symmetry, false);
                    ExplorationResult two = explore(m.model(r), b, symmetry, true);
                    assertThat(two.counterexamples().stream().map(Counterexample::toScenario).toList())
                            .as("%s under %s, symmetry %s", m.id(), r.name(), symmetry)
                            .isEqualTo(one.counterexamples().stream().map(Counterexample::toScenario).toList());
                }
            }
        }
    }

    @Test
    void boundsPast64BitsGetTwoWords() {
        Bounds big = new Bounds(8, 15, 15, 15, true);
        StateCodec codec = new StateCodec(big);
        assertThat(codec.wide()).isTrue();
        assertThat(codec.bitsUsed()).isGreaterThan(64);
        assertThat(new StateCodec(new Bounds(4, 3, 4, 4, true)).wide()).isFalse();
        World w = big.initialWorld();
        w.state = StoreState.DRAINING;
        for (int c = 0; c < 8; c++) w.refs[c] = 15 - c;
        w.submitted = 15;
        w.outbox = 7;
        w.arrivals = 15;
        w.returned = 3;
        assertThat(codec.decode(codec.encode(w), codec.refsWord(w))).isEqualTo(w);
    }

    private static ExplorationResult explore(Model model, Bounds b, boolean symmetry, boolean wide) {
        return new Explorer(model, b).invariants(Invariants.all()).liveness(true).crossCheck(CrossCheck.none())
                .threads(1).symmetry(symmetry).wideLayout(wide).run();
    }
}
