package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import storelogoff.model.Reading;
import storelogoff.verify.docs.KillMatrixDoc;
import storelogoff.verify.mutants.Kill;
import storelogoff.verify.mutants.Mutant;

/**
 * {@code storelogoff mutants} on made-up verdicts (the real matrix takes minutes;
 * {@code KillMatrixRecomputedTest} checks it): the kill matrix page's summary without its title,
 * then how many runs and survivors, exit 1 when a survivor is unexplained, 0 when none is.
 */
class MutantsCommandTest {
    private static Mutant mutant(String id, String operator) {
        return new Mutant(id, operator, "what " + id + " gets wrong", List.of("IMPL-2"), r -> true, t -> t);
    }

    private static final Kill KILLED = new Kill(mutant("wrong-one", "named"), Reading.DEFAULT, Kill.Verdict.KILLED,
            List.of("type"), List.of("type/refs-not-negative"), 3, "exhaustive");
    private static final Kill EQUIVALENT = new Kill(mutant("same-one", "drop-guard"), Reading.LENIENT_FLAGS,
            Kill.Verdict.EQUIVALENT, List.of(), List.of(), 0, "");
    private static final Kill SURVIVED = new Kill(mutant("missed-one", "retarget"), Reading.DEFAULT, Kill.Verdict.SURVIVED,
            List.of(), List.of(), 0, "");

    private static Cli mutants(List<Kill> kills) {
        CommandLine cl = Main.commandLine(new String[] {"mutants"});
        Cli.command(cl, MutantsCommand.class).matrix = () -> kills;
        return Cli.run(cl, "mutants");
    }

    /** The seconds the command says the matrix took: made-up verdicts take no time. */
    private static double seconds(String out) {
        Matcher m = Pattern.compile("\n\n(\\d+) mutant runs in (\\d+\\.\\d) s; ").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return Double.parseDouble(m.group(2));
    }

    @Test
    void anUnexplainedSurvivorIsExitOneWithTheSummary() {
        List<Kill> kills = List.of(KILLED, EQUIVALENT, SURVIVED);
        Cli c = mutants(kills);
        assertThat(c.exit()).as("%s", c).isEqualTo(1);
        assertThat(c.err()).isEqualTo("mutants: running the verification against every mutant..." + System.lineSeparator());
        String page = KillMatrixDoc.render(kills);
        String summary = page.substring(page.indexOf("-->\n\n") + "-->\n\n".length(), page.indexOf("\n## Every mutant"));
        assertThat(c.out()).startsWith(summary).doesNotContain("# Kill matrix", "<!--", "## Every mutant", "| Mutant | Reading | Verdict |")
                .endsWith(" s; 1 unexplained survivor(s).\n");
        assertThat(c.out()).contains("\n\n3 mutant runs in ");
        assertThat(seconds(c.out())).isLessThan(60);
    }

    @Test
    void withoutSurvivorsEveryNonEquivalentMutantIsKilled() {
        Cli c = mutants(List.of(KILLED, EQUIVALENT));
        assertThat(c.exit()).as("%s", c).isZero();
        assertThat(c.out()).endsWith(" s; every non-equivalent mutant is killed.\n").contains("\n\n2 mutant runs in ");
        assertThat(seconds(c.out())).isLessThan(60);
    }
}
