package storelogoff.verify.mutants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import storelogoff.model.Reading;
import storelogoff.verify.Bounds;
import storelogoff.verify.invariants.Invariants;

/**
 * How one mutant is judged, at the smallest bounds: found by the search without the default
 * Inbox when the one with it passes; survived or equivalent when nothing finds it.
 */
class KillMatrixJudgeTest {
    private static final Bounds SMALLEST = new Bounds(1, 1, 1, 1, true);

    @Test
    void aMutantOnlyAStoreWithoutTheDefaultInboxShowsIsFoundByTheSearchWithoutIt() {
        // An arrival starting with reception disabled: with the default Inbox reception is never off at these bounds.
        Kill k = KillMatrix.judge(KillMatrix.byId("drop-guard:StartArrival@default"), Reading.DEFAULT, SMALLEST, Invariants.all());
        assertThat(k.verdict()).isEqualTo(Kill.Verdict.KILLED);
        assertThat(k.by()).isEqualTo("exhaustive");
        assertThat(k.killers()).startsWith("transports-follow-their-work");
        assertThat(k.traceLength()).isEqualTo(1);
    }

    @Test
    void aMutantNothingFindsSurvivesUnlessARuleExplainsIt() {
        Mutant unchanged = new Mutant("changes-nothing", "named", "The table as declared.", List.of(),
                r -> r.equals(Reading.DEFAULT), UnaryOperator.identity());
        assertThat(KillMatrix.judge(unchanged, Reading.DEFAULT, SMALLEST, Invariants.all()))
                .isEqualTo(new Kill(unchanged, Reading.DEFAULT, Kill.Verdict.SURVIVED, List.of(), List.of(), 0, ""));
        Mutant ruled = KillMatrix.byId("replace-hresult:RejectLogoffFlags:rejectFlags=MAPI_E_INVALID_PARAMETER@lenient-flags");
        Reading lenient = Reading.byName("lenient-flags");
        assertThat(KillMatrix.judge(ruled, lenient, SMALLEST, Invariants.all()))
                .isEqualTo(new Kill(ruled, lenient, Kill.Verdict.EQUIVALENT, List.of(), List.of(), 0, ""));
    }
}
