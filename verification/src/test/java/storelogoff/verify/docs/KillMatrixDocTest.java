package storelogoff.verify.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Reading;
import storelogoff.verify.mutants.Kill;
import storelogoff.verify.mutants.Mutant;

/**
 * The kill matrix page from three made-up verdicts with distinct counts: a named mutant killed
 * by the type invariant's first conjunct and determinism, a generated one equivalent, another
 * surviving. Each count lands in its own column and row.
 */
class KillMatrixDocTest {
    private static Mutant mutant(String id, String operator) {
        return new Mutant(id, operator, "what " + id + " gets wrong", List.of("IMPL-2"), r -> true, t -> t);
    }

    private static final List<Kill> KILLS = List.of(
            new Kill(mutant("wrong-one", "named"), Reading.DEFAULT, Kill.Verdict.KILLED, List.of("type", "determinism"),
                    List.of("type/refs-not-negative"), 3, "exhaustive"),
            new Kill(mutant("same-one", "drop-guard"), Reading.LENIENT_FLAGS, Kill.Verdict.EQUIVALENT, List.of(), List.of(), 0, ""),
            new Kill(mutant("missed-one", "retarget"), Reading.DEFAULT, Kill.Verdict.SURVIVED, List.of(), List.of(), 0, ""));

    /** Rendered in each test, not in a static initializer, so that PIT counts what each test covers. */
    private static String page() {
        return KillMatrixDoc.render(KILLS);
    }

    @Test
    void theScoreCountsEachOperatorsVerdictsAndLeavesEquivalentOnesOut() {
        assertThat(page()).contains("| `named` | 1 | 1 | 0 | 0 | 100.0% |\n")
                .contains("| `drop-guard` | 1 | 0 | 1 | 0 | - |\n")
                .contains("| `retarget` | 1 | 0 | 0 | 1 | 0.0% |\n")
                .contains("| **all** | 3 | 1 | 1 | 1 | 50.0% |\n")
                .as("an operator without mutants has no row").doesNotContain("| `negate-guard` |");
    }

    @Test
    void killsAreCountedPerPropertyAndPerConjunct() {
        assertThat(page()).contains("| `type` | IMPL-2, SIG-2 | 1 |\n")
                .contains("| `client-calls-answered` | IMPL-2, OUT-3 | 0 |\n")
                .contains("| `determinism` (structural) | | 1 |\n")
                .contains("| `type` | `refs-not-negative` | No client holds fewer than zero references. | 1 | `wrong-one` |  |\n")
                .contains("| `type` | `open-is-held` | An OPEN store has at least one reference held. | 0 |  |  |\n")
                .as("a wrong step stands in the row of the conjunct it breaks, and only there")
                .contains("| `output-flags-report-activity` | `only-logoff-writes` | Only StoreLogoff writes output flags. | 0 |  |"
                        + " `addref-writes-output` |\n")
                .containsOnlyOnce("`addref-writes-output`");
    }

    @Test
    void survivorsAreListedAndEveryMutantHasItsRow() {
        assertThat(page()).contains("## Unexplained survivors\n\n- `missed-one`: what missed-one gets wrong\n")
                .doesNotContain("## Unexplained survivors\n\nNone.");
        assertThat(page()).contains("| `wrong-one` | default | killed | type/refs-not-negative, determinism | 3 | exhaustive |\n")
                .contains("| `same-one` | lenient-flags | equivalent |  |  |  |\n")
                .contains("| `missed-one` | default | survived |  |  |  |\n");
        assertThat(KillMatrixDoc.render(KILLS.subList(0, 2))).contains("## Unexplained survivors\n\nNone.\n");
    }

    @Test
    void onlyKillersThatAreNoPropertyAreStructural() {
        List<Kill> kills = List.of(new Kill(mutant("loops", "named"), Reading.DEFAULT, Kill.Verdict.KILLED,
                List.of("type", "drain-ends", "determinism"), List.of(), 2, "liveness"));
        assertThat(KillMatrixDoc.render(kills)).contains("| `drain-ends` (liveness) | ")
                .contains("| `determinism` (structural) | | 1 |\n")
                .as("an invariant or a liveness property is never listed as structural")
                .doesNotContain("| `type` (structural)").doesNotContain("| `drain-ends` (structural)");
    }

    @Test
    void aConjunctsExampleIsTheFirstNamedMutantElseTheFirstGeneratedOne() {
        List<String> conjunct = List.of("type/refs-not-negative");
        Kill generated = new Kill(mutant("gen-first", "drop-guard"), Reading.DEFAULT, Kill.Verdict.KILLED, List.of("type"),
                conjunct, 4, "exhaustive");
        Kill named = new Kill(mutant("named-later", "named"), Reading.DEFAULT, Kill.Verdict.KILLED, List.of("type"),
                conjunct, 5, "exhaustive");
        Kill named2 = new Kill(mutant("named-last", "named"), Reading.DEFAULT, Kill.Verdict.KILLED, List.of("type"),
                conjunct, 6, "exhaustive");
        String row = "| `type` | `refs-not-negative` | No client holds fewer than zero references. | ";
        assertThat(KillMatrixDoc.render(List.of(generated, named, named2))).contains(row + "3 | `named-later` |");
        assertThat(KillMatrixDoc.render(List.of(generated))).contains(row + "1 | `gen-first` |");
    }

    @Test
    void everyEquivalenceRuleIsListedWithItsReason() {
        String page = page();
        storelogoff.verify.mutants.EquivalentMutants.rules().forEach((rule, why) ->
                assertThat(page).contains("| `" + rule.replace("|", "\\|") + "` | " + why + " |\n"));
        assertThat(storelogoff.verify.mutants.EquivalentMutants.rules()).isNotEmpty();
    }
}
