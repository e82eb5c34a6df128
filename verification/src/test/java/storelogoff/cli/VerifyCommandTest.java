package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify} and {@code mutants}: exit status, the summary, and counterexamples that replay with {@code run}. */
class VerifyCommandTest {

    @Test
    void theModelPassesWithASummaryPerReading() {
        Cli c = Cli.run("verify", "--walks", "10", "--seed", "7", "--cross-check", "200");
        assertThat(c.exit()).as(c.toString()).isZero();
        assertThat(c.out()).contains("seed 7", "reading", "states", "transitions/s", "steps/s",
                "All invariants hold under every reading. Reproduce with --seed 7.");
        for (String reading : new String[] {"default", "lenient-flags", "abort-stops", "output-complete",
                "output-unchanged", "rem3-literal"}) {
            assertThat(c.out()).contains("\n" + reading + " ");
        }
        assertThat(c.err()).as("progress goes to stderr").contains("default: exhaustive check");
    }

    @Test
    void aWrongModelFailsAndItsCounterexampleReplays(@TempDir Path dir) throws IOException {
        // QUIET-1: the mutant logs off while the Outbox holds a message.
        Cli c = Cli.run("verify", "--mutant", "quiet-ignores-activity", "--reading", "default", "--walks", "0");
        assertThat(c.exit()).as(c.toString()).isEqualTo(1);
        String scenario = c.out().substring(c.out().indexOf("# Counterexample"), c.out().indexOf("VIOLATED:"));
        assertThat(scenario).contains("quiet-refuses-while-active (QUIET-1)", "logoff QUIET", "release");
        Path file = Files.writeString(dir.resolve("cx.scn"), scenario);

        Cli onMutant = Cli.run("run", "--mutant", "quiet-ignores-activity", "--json", file.toString());
        assertThat(onMutant.exit()).isZero();
        assertThat(last(onMutant)).contains("\"state\":\"IDLE\"");
        Cli onModel = Cli.run("run", "--json", file.toString());
        assertThat(last(onModel)).as("the real model refuses (QUIET-1)").contains("\"state\":\"REFUSED\"");
    }

    @Test
    void badUsageIsOneLineAndExitTwo() {
        for (String[] args : new String[][] {{"verify", "--clients", "0"}, {"verify", "--cross-check", "some"},
                {"verify", "--mutant", "no-such-mutant"}, {"verify", "--reading", "nonsense"}, {"verify", "--walks", "-1"},
                {"mutants", "--bogus"}}) {
            Cli c = Cli.run(args);
            assertThat(c.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(c.err().lines().count()).as(c.err()).isEqualTo(1);
        }
    }

    private static String last(Cli c) {
        String[] lines = c.outLines();
        return lines[lines.length - 1];
    }
}
