package storelogoff.verify.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import storelogoff.verify.Conjunct;
import storelogoff.verify.Invariant;
import storelogoff.verify.docs.KillMatrixDoc;
import storelogoff.verify.explore.LivenessProperty;
import storelogoff.verify.invariants.Invariants;
import storelogoff.verify.mutants.Kill;
import storelogoff.verify.mutants.WrongSteps;
import storelogoff.verify.mutants.WrongSteps.WrongStep;

/**
 * Every part of every property can fail (issue 11, §2): each conjunct of each invariant is the
 * first part broken by some mutant of the kill matrix or by a wrong step, and each liveness
 * property is violated by some mutant (that it holds, and not vacuously, on the real model is
 * checked by {@link InvariantSuiteTest}).
 */
class PropertyPartsTest {
    private final List<Kill> kills = KillMatrixDoc.kills();

    @Test
    @DisplayName("every invariant names its parts")
    void everyInvariantNamesItsConjuncts() {
        for (Invariant inv : Invariants.all()) {
            assertThat(inv.conjuncts()).as("conjuncts of %s", inv.id()).isNotEmpty();
            assertThat(inv.conjuncts()).as("conjuncts of %s are described", inv.id())
                    .allSatisfy(c -> assertThat(c.description()).isNotBlank());
        }
    }

    @Test
    @DisplayName("every violation an invariant reports in the kill matrix names one of its conjuncts")
    void everyViolationNamesAConjunct() {
        Set<String> invariants = new HashSet<>();
        Invariants.all().forEach(i -> invariants.add(i.id()));
        List<String> unnamed = new ArrayList<>();
        for (Kill k : kills) {
            if (k.verdict() != Kill.Verdict.KILLED || k.by().equals("liveness")) continue;
            long invariantKillers = k.killers().stream().filter(invariants::contains).count();
            if (k.conjuncts().size() != invariantKillers) unnamed.add(k.mutant().id() + "@" + k.reading().name() + " " + k);
        }
        assertThat(unnamed).as("kills whose invariant message names no conjunct: name the branch with conjunct(...)")
                .isEmpty();
    }

    @Test
    @DisplayName("each wrong step breaks its conjunct and no other property")
    void wrongStepsBreakTheirConjunctAlone() {
        for (WrongStep w : WrongSteps.all()) {
            for (Invariant inv : Invariants.forReading(w.reading())) {
                String message = inv.checkIfWatched(w.reading(), w.before(), w.step(), w.after(), w.observed());
                if (inv.id().equals(w.invariant())) {
                    assertThat(message).as("%s: %s objects", w.id(), inv.id()).isNotNull();
                    Conjunct named = inv.conjunctOf(message);
                    assertThat(named).as("%s: the conjunct %s names in '%s'", w.id(), inv.id(), message).isNotNull();
                    assertThat(named.id()).as("%s: %s", w.id(), message).isEqualTo(w.conjunct());
                } else {
                    assertThat(message).as("%s: %s must hold, so that the wrong step breaks one part only", w.id(), inv.id())
                            .isNull();
                }
            }
        }
    }

    @Test
    @DisplayName("every conjunct of every invariant is broken first by a mutant or a wrong step")
    void everyConjunctCanFailOnItsOwn() {
        Set<String> killed = new HashSet<>();
        for (Kill k : kills) killed.addAll(k.conjuncts());
        for (WrongStep w : WrongSteps.all()) killed.add(Kill.conjunctId(w.invariant(), w.conjunct()));
        List<String> idle = new ArrayList<>();
        for (Invariant inv : Invariants.all()) {
            for (Conjunct c : inv.conjuncts()) {
                String id = Kill.conjunctId(inv.id(), c.id());
                if (!killed.contains(id)) idle.add(id + " (" + c.description() + ")");
            }
        }
        assertThat(idle).as("conjuncts nothing breaks first: add a named mutant (NamedMutants) or a wrong step (WrongSteps)")
                .isEmpty();
    }

    @Test
    @DisplayName("every liveness property fails on some mutant")
    void everyLivenessPropertyFailsSomewhere() {
        for (LivenessProperty p : LivenessProperty.values()) {
            assertThat(kills).as("mutants violating %s", p.id).anySatisfy(k -> assertThat(k.killers()).contains(p.id));
        }
    }
}
