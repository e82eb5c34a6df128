package storelogoff.verify.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.verify.Invariant;
import storelogoff.verify.invariants.Invariants;
import storelogoff.verify.mutants.KillMatrix;
import storelogoff.verify.mutants.Mutant;
import storelogoff.verify.mutants.NamedMutants;
import storelogoff.verify.walk.WalkConfig.Lockstep;

/**
 * Comparing Spring with the direct model once per decision loses nothing against comparing it on
 * every step, for the named mutants (the wrong wirings are {@link DecisionLockstepTest}'s). A
 * class of its own because it takes half a minute: PIT leaves it out (verification/pom.xml).
 */
class NamedMutantsLockstepTest {
    private static final List<Invariant> INVARIANTS = Invariants.all();

    /**
     * Every named mutant gets the same report either way: under one of the readings it applies
     * to, taken in turn so that every reading is met (all of them would take a minute).
     */
    @Test
    void everyNamedMutantGetsTheSameReport() {
        WalkConfig cfg = KillMatrix.WALKS.withWalks(30);
        List<Mutant> mutants = NamedMutants.all();
        for (int i = 0; i < mutants.size(); i++) {
            Mutant mutant = mutants.get(i);
            List<Reading> readings = Reading.ALL.stream().filter(mutant::appliesTo).toList();
            Reading r = readings.get(i % readings.size());
            Model model = mutant.model(r);
            WalkReport memo = RandomWalks.run(model, INVARIANTS, cfg.withLockstep(Lockstep.DECISIONS));
            WalkReport every = RandomWalks.run(model, INVARIANTS, cfg.withLockstep(Lockstep.EVERY_STEP));
            String what = mutant.id() + " under " + r.name();
            assertThat(memo.passed()).as(what).isEqualTo(every.passed());
            assertThat(memo.fingerprint()).as(what).isEqualTo(every.fingerprint());
            if (!every.passed()) {
                assertThat(memo.failure().found()).as(what).isEqualTo(every.failure().found());
                assertThat(memo.failure().scenarioText()).as(what).isEqualTo(every.failure().scenarioText());
            }
        }
    }
}
