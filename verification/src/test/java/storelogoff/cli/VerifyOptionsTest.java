package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code storelogoff verify}'s options on the smallest bounds: the heading's clients remark,
 * each --cross-check form, the walks' coverage, the per-reading line on stderr, and --seed
 * refused where it seeds nothing.
 */
class VerifyOptionsTest {
    private static Cli verify(String... args) {
        List<String> all = new ArrayList<>(List.of("verify", "--reading", "default", "--refs", "1", "--messages", "1", "--arrivals", "1"));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(new String[0]));
    }

    @Test
    void theHeadingSaysClientsAreInterchangeableOnlyWhenThereAreTwo() {
        Cli one = verify("--clients", "1", "--symmetry", "--walks", "0", "--cross-check", "none");
        assertThat(one.exit()).as("%s", one).isZero();
        assertThat(one.outLines()[0]).startsWith("storelogoff verify: reading default; exhaustive within ").doesNotContain("interchangeable");
        assertThat(one.err().lines()).contains("default: all hold");
        // The summary's time column is seconds: a run this small takes well under a minute.
        String row = one.out().lines().filter(l -> l.startsWith("default ")).findFirst().orElseThrow();
        String time = row.trim().split(" +")[5];
        assertThat(time).endsWith("s");
        assertThat(Double.parseDouble(time.substring(0, time.length() - 1))).isBetween(0.0, 60.0);
        Cli two = verify("--clients", "2", "--symmetry", "--walks", "0", "--cross-check", "none");
        assertThat(two.outLines()[0]).contains(" (clients interchangeable); no random walks; seed ");
    }

    @Test
    void everyCrossCheckFormRuns() {
        for (String form : List.of("all", "decisions", "0", "3")) {
            Cli c = verify("--clients", "1", "--walks", "0", "--cross-check", form);
            assertThat(c.exit()).as("--cross-check %s: %s", form, c).isZero();
        }
        Cli negative = verify("--clients", "1", "--walks", "0", "--cross-check", "-1");
        assertThat(negative.exit()).isEqualTo(2);
        assertThat(negative.err()).contains("Invalid value for option '--cross-check': expected a count, all, decisions or none, found '-1'");
    }

    @Test
    void aSeedThatSeedsNothingIsRefused() {
        for (String form : List.of("none", "all", "decisions", "0")) {
            Cli c = verify("--clients", "1", "--walks", "0", "--cross-check", form, "--seed", "5");
            assertThat(c.exit()).as("--cross-check %s: %s", form, c).isEqualTo(2);
            assertThat(c.err()).contains("--seed does nothing with --walks 0 and --cross-check " + form
                    + " (it seeds the random walks and the cross-check sample)");
        }
        Cli sample = verify("--clients", "1", "--walks", "0", "--cross-check", "2", "--seed", "5");
        assertThat(sample.exit()).as("%s", sample).isZero();
        assertThat(sample.outLines()[0]).endsWith("; seed 5");
    }

    @Test
    void theWalksCoverageIsPrintedPerReading() {
        Cli c = verify("--clients", "1", "--walks", "2", "--steps", "5", "--cross-check", "none", "--coverage");
        assertThat(c.exit()).as("%s", c).isZero();
        assertThat(c.out()).contains("\n\ncoverage of the random walks under default:\n");
        int at = c.out().indexOf("coverage of the random walks under default:\n");
        List<String> after = c.out().substring(at).lines().skip(1).toList();
        assertThat(after.get(0)).startsWith("states: ");
        assertThat(after.get(1)).startsWith("(state, step) pairs tried: ");
    }

    /** A mutant runs under the chosen readings it applies to; under none of them is bad usage. */
    @Test
    void aMutantRunsOnlyUnderTheChosenReadingsItAppliesTo() {
        // strict-accepts-several-flags is about strict flag validation: lenient-flags has none.
        Cli c = verify("--clients", "1", "--walks", "0", "--cross-check", "none", "--mutant", "strict-accepts-several-flags",
                "--reading", "lenient-flags");
        assertThat(c.exit()).as("%s", c).isEqualTo(1);
        assertThat(c.outLines()[1]).startsWith("storelogoff verify: reading default; exhaustive within ");
        assertThat(c.err().lines().filter(l -> l.endsWith(" violation(s)"))).containsExactly("default: 1 violation(s)");

        Cli none = Cli.run("verify", "--mutant", "lenient-rejects-zero", "--reading", "default");
        assertThat(none.exit()).as("%s", none).isEqualTo(2);
        assertThat(none.err()).startsWith("storelogoff verify: --mutant: lenient-rejects-zero applies to none of the chosen readings");
        assertThat(none.out()).isEmpty();
    }

    /** The counterexamples are listed after the summary, a blank line between. */
    @Test
    void aBlankLineSeparatesTheSummaryFromTheCounterexamples(@TempDir Path dir) {
        Cli c = verify("--clients", "1", "--walks", "0", "--cross-check", "none", "--mutant", "strict-accepts-several-flags",
                "--out", dir.toString());
        assertThat(c.exit()).as("%s", c).isEqualTo(1);
        assertThat(c.out()).containsPattern("first walks whole\\)\n\ndefault: [a-z-]+ violated; counterexample ");
    }
}
