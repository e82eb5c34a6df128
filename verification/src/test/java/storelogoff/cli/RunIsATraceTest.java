package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import storelogoff.model.Reading;
import storelogoff.scenario.ObservedField;

/**
 * The record of a run is a trace: what {@code run --json} prints, {@code check} reads as a JSON
 * Lines trace that conforms, on every field of every step, for every example scenario under
 * every reading. So every field name and value {@code run} writes is one {@code check} accepts.
 */
class RunIsATraceTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("storelogoff.repo"), "docs", "examples");

    @TempDir
    static Path dir;

    static Stream<Arguments> examplesUnderEveryReading() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path scn : files.filter(p -> p.toString().endsWith(".scn")).sorted().toList()) {
                for (Reading r : Reading.ALL) out.add(Arguments.of(scn.getFileName().toString(), r.name()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} under {1}")
    @MethodSource("examplesUnderEveryReading")
    void runJsonIsAConformingTrace(String example, String reading) throws IOException {
        Cli run = Cli.run("run", "--json", "--reading", reading, EXAMPLES.resolve(example).toString());
        assertThat(run.exit()).as("%s", run).isZero();
        Path trace = dir.resolve(example + "." + reading + ".jsonl");
        Files.writeString(trace, run.out());

        Cli check = Cli.run("check", "--json", trace.toString());
        assertThat(check.exit()).as("check of the run's output:\n%s\n%s", run.out(), check).isZero();
        int steps = run.outLines().length - 1;
        assertThat(check.out()).contains("\"reading\":\"" + reading + "\"", "\"conforms\":true",
                "\"replayed\":" + steps + ",\"compared\":" + steps);
        for (ObservedField f : ObservedField.ALL) {
            assertThat(run.outLines()[1]).as("every field on every step").contains("\"" + f.group() + "\":");
        }
    }

    /** Read back, each member of a run's step is compared: a wrong value in any of them is a divergence on that field. */
    @ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiterString = " -> ", value = {
        "\"result\":\"S_OK\" -> \"result\":\"MAPI_E_BUSY\" -> result",
        "\"state\":\"REFUSED\" -> \"state\":\"IDLE\" -> state",
        "\"refs\":0 -> \"refs\":1 -> refs",
        "\"savedFlag\":\"LOGOFF_QUIET\" -> \"savedFlag\":null -> savedFlag",
        "\"outFlags\":null -> \"outFlags\":[] -> outFlags",
        "\"transportsCall\":{\"flags\":\"LOGOFF_QUIET\" -> \"transportsCall\":{\"flags\":\"LOGOFF_ABORT\" -> transportsCall.flags",
        "\"out\":[\"LOGOFF_OUTBOUND\"] -> \"out\":[\"LOGOFF_COMPLETE\"] -> transportsCall.out",
        "\"flushQueues\":false -> \"flushQueues\":true -> flushQueues",
        "\"transportsReturned\":true -> \"transportsReturned\":false -> transportsReturned",
        "\"sending\":1 -> \"sending\":0 -> sending",
        "\"returned\":0} -> \"returned\":2} -> returned"})
    void aWrongValueInARunsStepDiverges(String right, String wrong, String field) throws IOException {
        Path quiet = EXAMPLES.resolve("quiet-refused-while-sending.scn");
        String out = Cli.run("run", "--json", quiet.toString()).out();
        String release = out.lines().filter(l -> l.contains("\"event\":\"release\"")).findFirst().orElseThrow();
        assertThat(release).contains(right);
        Path trace = dir.resolve("wrong-" + field + ".jsonl");
        Files.writeString(trace, out.replace(release, release.replace(right, wrong)));
        Cli check = Cli.run("check", "--json", trace.toString());
        assertThat(check.exit()).as("%s", check).isEqualTo(1);
        assertThat(check.out()).contains("{\"field\":\"" + field + "\",").containsPattern(
                "\\{\"field\":\"" + java.util.regex.Pattern.quote(field) + "\",[^}]*\"differs\":true}");
    }
}
