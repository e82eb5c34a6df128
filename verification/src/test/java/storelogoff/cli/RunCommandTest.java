package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code storelogoff run}: output contract, option overrides and exit statuses (0 done, 2 bad input). */
class RunCommandTest {
    @TempDir
    Path dir;
    private String quiet;

    @BeforeEach
    void writeScenario() throws IOException {
        // QUIET-1: a send is in process at the final release, so the logoff is refused.
        quiet = write("quiet.scn", "submit\nsend-start\nlogoff QUIET\nrelease   # refused\nc2 addref\n");
    }

    private String write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p.toString();
    }

    /** The step lines of {@code run --json}: every line after the settings. */
    private static String[] steps(Cli r) {
        assertThat(r.outLines()[0]).as("the settings line").startsWith("{\"set\":{");
        return java.util.Arrays.copyOfRange(r.outLines(), 1, r.outLines().length);
    }

    @Test
    void jsonPrintsTheSettingsThenOneObjectPerStepWithTheFieldsInOrder() {
        Cli r = Cli.run("run", "--json", quiet);
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.outLines()[0]).isEqualTo("{\"set\":{\"reading\":\"default\",\"clients\":2,\"defaultInbox\":true}}");
        assertThat(steps(r)).hasSize(5);
        assertThat(steps(r)[3]).isEqualTo("{\"line\":4,\"event\":\"release\",\"result\":\"S_OK\",\"state\":\"REFUSED\","
                + "\"refs\":0,\"savedFlag\":\"LOGOFF_QUIET\",\"outFlags\":null,"
                + "\"transportsCall\":{\"flags\":\"LOGOFF_QUIET\",\"out\":[\"LOGOFF_OUTBOUND\"]},"
                + "\"flushQueues\":false,\"transportsReturned\":true,"
                + "\"outbox\":0,\"sending\":1,\"arriving\":0,\"sent\":0,\"received\":0,\"returned\":0}");
        assertThat(steps(r)[2]).contains("\"event\":\"logoff QUIET\"", "\"outFlags\":[\"LOGOFF_OUTBOUND\"]",
                "\"transportsCall\":null");
        assertThat(steps(r)[4]).contains("\"event\":\"c2 addref\"", "\"state\":\"OPEN\"", "\"savedFlag\":null");
    }

    /** The contract of docs/trace-format.md on the README's example: every field, in order, on every line. */
    @Test
    void jsonContractOnTheQuietExample() {
        String example = Path.of(System.getProperty("storelogoff.repo"), "docs", "examples",
                "quiet-refused-while-sending.scn").toString();
        Cli r = Cli.run("run", "--json", example);
        assertThat(r.exit()).as("%s", r).isZero();
        List<JsonNode> steps = Arrays.stream(steps(r)).map(JsonOutput::read).toList();
        assertThat(steps).hasSize(6).allSatisfy(step -> {
            assertThat(JsonOutput.names(step)).as("the fields in order").containsExactly("line", "event", "result", "state",
                    "refs", "savedFlag", "outFlags", "transportsCall", "flushQueues", "transportsReturned", "outbox",
                    "sending", "arriving", "sent", "received", "returned");
            assertThat(step.get("line").isInt() && step.get("refs").isInt() && step.get("returned").isInt()).isTrue();
            assertThat((step.get("outFlags").isArray() || step.get("outFlags").isNull()) && step.get("flushQueues").isBoolean()).isTrue();
            assertThat(step.get("savedFlag").isNull() || step.get("savedFlag").isTextual()).isTrue();
            JsonNode call = step.get("transportsCall");
            assertThat(call.isNull() || JsonOutput.names(call).equals(List.of("flags", "out"))).as("%s", call).isTrue();
        });
        assertThat(steps).extracting(s -> s.get("event").asText() + " " + s.get("result").asText() + " " + s.get("state").asText())
                .containsExactly("submit S_OK OPEN", "send-start OK OPEN", "logoff QUIET S_OK OPEN", "release S_OK REFUSED",
                        "send-done OK REFUSED", "spooler-release DISABLED REFUSED");
        assertThat(steps(r)[3]).contains("\"line\":13,", "\"transportsCall\":{\"flags\":\"LOGOFF_QUIET\",\"out\":[\"LOGOFF_OUTBOUND\"]}");
        assertThat(steps(r)[4]).contains("\"sending\":0,", "\"sent\":1,");
    }

    @Test
    void tableHasAHeadingAndOneAlignedRowPerStep() {
        Cli r = Cli.run("run", quiet);
        assertThat(r.exit()).as("%s", r).isZero();
        String[] lines = r.outLines();
        assertThat(lines).hasSize(7);
        assertThat(lines[0]).isEqualTo(quiet + ": reading default, 2 clients, default Inbox on, spring engine");
        assertThat(lines[1]).startsWith("line  event").contains("savedFlag", "transportsCall", "returned");
        assertThat(lines[5].strip().split("\\s{2,}")).startsWith("4", "release", "S_OK", "REFUSED", "0", "QUIET", "-",
                "QUIET -> OUTBOUND", "no", "yes");
        // Aligned: every column starts where its heading starts.
        int stateColumn = lines[1].indexOf("state");
        for (int i = 2; i < lines.length; i++) {
            assertThat(lines[i].substring(stateColumn)).as("row %d", i).matches("(OPEN|REFUSED) .*");
        }
    }

    @Test
    void optionsOverrideTheFileDirectives() throws IOException {
        String f = write("o.scn", "set reading abort-stops\nset default-inbox off\nreceive-start\nlogoff ABORT\nrelease\n");
        assertThat(steps(Cli.run("run", "--json", f))[0]).contains("\"result\":\"DISABLED\"");
        Cli r = Cli.run("run", "--json", "--reading", "default", "--engine", "direct", f);
        assertThat(r.outLines()[0]).as("the settings in force").contains("\"reading\":\"default\"", "\"defaultInbox\":false");
        assertThat(steps(r)[0]).contains("\"result\":\"DISABLED\"");
        assertThat(steps(Cli.run("run", "--json", "--reading", "default", f))[2]).contains("\"state\":\"IDLE\"");
        String inbox = write("i.scn", "receive-start\n");
        assertThat(steps(Cli.run("run", "--json", "--no-default-inbox", inbox))[0]).contains("\"result\":\"DISABLED\"");
        assertThat(steps(Cli.run("run", "--json", "--clients", "3", write("c.scn", "c3 addref")))[0])
                .contains("\"result\":\"S_OK\"");
        assertThat(Cli.run("run", "--json", "--engine", "direct", quiet).out()).isEqualTo(Cli.run("run", "--json", quiet).out());
    }

    @Test
    void malformedScenarioRunsNothingAndNamesFileAndLine() throws IOException {
        String f = write("bad.scn", "submit\nlogoff QUIET\nrelease\nlogoff NOWAIT\n");
        Cli r = Cli.run("run", "--json", f);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).as("nothing ran").isEmpty();
        assertThat(r.err()).isEqualTo(f + ":4: expected a flag name (NO_WAIT, ORDERLY, PURGE, ABORT, QUIET), a number or null,"
                + " found 'NOWAIT'" + System.lineSeparator());
    }

    @Test
    void clientsOptionDecidesWhichClientsAScenarioMayName() {
        Cli r = Cli.run("run", "--clients", "1", quiet);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo(quiet + ":5: expected a client c1 (this scenario has 1 client), found 'c2'");
    }

    @Test
    void missingFileIsExitTwo() {
        String missing = dir.resolve("missing.scn").toString();
        Cli r = Cli.run("run", missing);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(missing + ": cannot read the scenario: no such file");
    }

    /** Each bad argument: exactly one line on stderr, naming the command, and exit status 2. */
    @ParameterizedTest
    @ValueSource(strings = {"run", "run --clients 0 F", "run --clients 9 F", "run --clients x F", "run --reading strict F",
        "run --reading abort-stops+ F", "run --engine fast F", "run --bogus F", "run F F", "run --json", "frobnicate", "",
        "--bogus"})
    void badArgumentsGiveOneLineAndExitTwo(String args) {
        String[] argv = args.isEmpty() ? new String[0] : args.replace("F", quiet).split(" ");
        Cli r = Cli.run(argv);
        assertThat(r.exit()).as("%s", r).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).as("%s", r).hasSize(1);
        assertThat(r.err()).startsWith(args.startsWith("run") ? "storelogoff run: " : "storelogoff: ");
    }

    @Test
    void badValuesSayWhatWasExpected() {
        assertThat(Cli.run("run", "--clients", "0", quiet).err()).contains("'--clients': expected 1..8, found 0");
        assertThat(Cli.run("run", "--reading", "strict", quiet).err())
                .contains("expected one of default, lenient-flags, abort-stops", "found 'strict'");
        assertThat(Cli.run().err()).contains("missing command: expected one of verify, bench, mutants, run");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "run --help", "run -h"})
    void everyCommandAnswersHelp(String args) {
        Cli r = Cli.run(args.split(" "));
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Usage: storelogoff");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void everySubcommandAnswersHelp() {
        for (String name : Main.commandLine().getSubcommands().keySet()) {
            Cli r = Cli.run(name, "--help");
            assertThat(r.exit()).as("%s --help", name).isZero();
            assertThat(r.out()).as("%s --help", name).startsWith("Usage: storelogoff " + name);
        }
    }
}
