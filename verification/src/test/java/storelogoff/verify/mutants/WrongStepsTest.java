package storelogoff.verify.mutants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.HResult;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.verify.Invariant;
import storelogoff.verify.invariants.Invariants;
import storelogoff.verify.mutants.WrongSteps.WrongStep;

/**
 * A wrong step is the right step with only its result spoiled: the world after is the one the
 * model reaches, and only the named conjunct objects (issue 11, §2). Without the kill matrix's
 * per-JVM cache, unlike {@code PropertyPartsTest}.
 */
class WrongStepsTest {

    @Test
    void addRefWritingOutputIsARightAddRefThatAlsoWritesComplete() {
        WrongStep w = WrongSteps.all().stream().filter(s -> s.id().equals("addref-writes-output")).findFirst().orElseThrow();
        World expected = World.initial(2, true);
        expected.refs[0] = 2;
        assertThat(w.before()).isEqualTo(World.initial(2, true));
        assertThat(w.step()).isEqualTo(Step.call(Event.ADDREF, 1));
        assertThat(w.after()).as("the model's AddRef").isEqualTo(expected);
        assertThat(w.observed().hresult).isEqualTo(HResult.S_OK);
        assertThat(w.observed().outWritten).isTrue();
        assertThat(w.observed().outFlags).isEqualTo(LogoffFlag.COMPLETE.value);
    }

    @Test
    void eachWrongStepBreaksItsConjunctAndNothingElse() {
        for (WrongStep w : WrongSteps.all()) {
            for (Invariant inv : Invariants.forReading(w.reading())) {
                String message = inv.check(w.reading(), w.before(), w.step(), w.after(), w.observed());
                if (inv.id().equals(w.invariant())) {
                    assertThat(inv.conjunctOf(message)).as("%s: %s names a conjunct in '%s'", w.id(), inv.id(), message)
                            .isNotNull()
                            .extracting(c -> c.id()).isEqualTo(w.conjunct());
                } else {
                    assertThat(message).as("%s: %s holds", w.id(), inv.id()).isNull();
                }
            }
        }
    }
}
