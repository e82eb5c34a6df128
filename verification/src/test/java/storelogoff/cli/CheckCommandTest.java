package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import storelogoff.model.Reading;

/**
 * {@code storelogoff check}: exit statuses (0 conforms, 1 diverges, 2 bad input), and the
 * verdicts on the shipped traces that docs/reference/implementations.md states.
 */
class CheckCommandTest {
    private static final String REPO = Objects.requireNonNull(System.getProperty("storelogoff.repo"),
            "system property storelogoff.repo (the repository root) is not set");
    private static final String TRACES = "docs/examples/traces/";

    @TempDir
    Path dir;

    private String write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p.toString();
    }

    /** Runs check on a repository file named as in the docs, and shows it with that name. */
    private static Cli check(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "check";
        for (int i = 0; i < args.length; i++) full[i + 1] = args[i].startsWith("docs/") ? Path.of(REPO, args[i]).toString() : args[i];
        Cli r = Cli.run(full);
        String prefix = Path.of(REPO) + File.separator;
        return new Cli(r.exit(), r.out().replace(prefix, ""), r.err().replace(prefix, ""));
    }

    // ---- The facts docs/reference/implementations.md states (its summary table and prose) ----

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource(delimiterString = " :: ", value = {
        // trace :: reading :: divergence line :: step :: differing fields :: clauses
        "sample-store.trace :: default :: 12 :: logoff NO_WAIT :: out"
            + " :: SIG-1, SIG-2, IMPL-1, IMPL-3, REM-1, REM-2, RET-1, FLAGS-3",
        "sample-store.trace :: lenient-flags :: 12 :: logoff NO_WAIT :: out"
            + " :: SIG-1, SIG-2, IMPL-1, IMPL-3, REM-1, REM-2, RET-1, FLAGS-3",
        "sample-store.trace :: output-complete :: 13 :: logoff NO_WAIT|PURGE :: result, saved, out"
            + " :: FLAGS-1, FLAGS-2, IMPL-1, IMPL-3, SIG-2, FLAGS-3",
        "sample-store-mfcmapi.jsonl :: default :: 2 :: logoff NO_WAIT :: out"
            + " :: SIG-1, SIG-2, IMPL-1, IMPL-3, REM-1, REM-2, RET-1, FLAGS-3",
        "kopano.trace :: default :: 9 :: logoff 0 :: result, out :: FLAGS-1, FLAGS-2, SIG-2, FLAGS-3",
        "kopano.trace :: lenient-flags+output-unchanged :: 11 :: release :: transports"
            + " :: NOWAIT-1, NOWAIT-2, NOWAIT-3, NOWAIT-4, IMPL-2, IMPL-1, IMPL-4",
        "kopano-null-pointer.jsonl :: default :: 1 :: logoff null :: result :: FLAGS-1, FLAGS-2",
        "kopano-null-pointer.jsonl :: lenient-flags+output-unchanged :: 1 :: logoff null :: result :: FLAGS-1, FLAGS-2",
    })
    void shippedTracesDivergeWhereDocumented(String trace, String reading, int line, String step, String differing,
                                             String clauses) {
        Cli r = check("--json", "--reading", reading, TRACES + trace);
        assertThat(r.exit()).as("%s", r).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        List<String> differs = new ArrayList<>();
        for (JsonNode f : JsonOutput.read(r.out()).get("divergence").get("fields")) {
            if (f.get("differs").asBoolean()) differs.add(f.get("field").asText());
        }
        assertThat(r.out()).contains("\"conforms\":false", "\"divergence\":{\"line\":" + line + ",\"step\":\"" + step + "\"",
                "\"clauses\":[\"" + String.join("\",\"", clauses.split(", ")) + "\"]");
        assertThat(String.join(", ", differs)).as("differing fields of %s", r.out()).isEqualTo(differing);
    }

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource(delimiterString = " :: ", value = {
        "sample-store.trace :: lenient-flags+output-complete",
        "sample-store-mfcmapi.jsonl :: lenient-flags+output-complete",
        "sample-store-no-logoff.jsonl :: default",
        "conforming-default.trace :: default",
    })
    void shippedTracesConformWhereDocumented(String trace, String reading) {
        Cli r = check("--json", "--reading", reading, TRACES + trace);
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("\"conforms\":true", "\"divergence\":null");
    }

    /** Every combination of readings, at most one alternative per axis, e.g. lenient-flags+abort-stops+output-unchanged. */
    static Stream<String> everyReading() {
        List<String> alternatives = Reading.names().subList(1, Reading.names().size());
        List<String> all = new ArrayList<>();
        for (int mask = 0; mask < 1 << alternatives.size(); mask++) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < alternatives.size(); i++) if ((mask & 1 << i) != 0) parts.add(alternatives.get(i));
            String name = parts.isEmpty() ? "default" : String.join("+", parts);
            try {
                Reading.byName(name);
                all.add(name);
            } catch (Reading.Contradiction e) {
                // Two alternatives on one axis (output-complete+output-unchanged): not a reading.
            }
        }
        return all.stream();
    }

    /** IMPL-1, IMPL-2: every reading calls StoreLogoffTransports at the final release; Kopano never does. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyReading")
    void noReadingMatchesKopanoAndEveryReadingMatchesTheSampleStoreWithoutLogoff(String reading) {
        assertThat(check("--reading", reading, TRACES + "kopano.trace").exit()).isEqualTo(1);
        Cli kopano = check("--json", "--reading", reading, TRACES + "kopano.trace");
        assertThat(kopano.out()).containsAnyOf("\"line\":9,", "\"line\":10,", "\"line\":11,");
        assertThat(check("--reading", reading, TRACES + "kopano-null-pointer.jsonl").out()).contains("diverges at line 1: logoff null");
        assertThat(check("--reading", reading, TRACES + "sample-store-no-logoff.jsonl").exit()).as("IMPL-4").isZero();
    }

    /** Each report pasted in docs/reference/implementations.md is what its command prints today. */
    @Test
    void implementationsPageShowsTheCurrentReports() throws IOException {
        List<String> traces = checkConsoleBlocks(Path.of(REPO, "docs", "reference", "implementations.md"));
        try (Stream<Path> files = Files.list(Path.of(REPO, TRACES))) {
            assertThat(traces).as("every shipped trace has its report on the page")
                    .containsAll(files.map(p -> TRACES + p.getFileName()).toList());
        }
    }

    /** The examples of docs/trace-format.md: its report is current, and its two traces are well-formed and conform. */
    @Test
    void traceFormatExamplesAreCurrent() throws IOException {
        Path page = Path.of(REPO, "docs", "trace-format.md");
        assertThat(checkConsoleBlocks(page)).containsExactly(TRACES + "kopano.trace");
        String section = Files.readString(page).split("## Traces \\(`check`\\)", 2)[1];
        Matcher text = Pattern.compile("(?s)```\\n(# conforms under --reading (\\S+)\\n.*?)```").matcher(section);
        assertThat(text.find()).as("the text example").isTrue();
        Cli r = Cli.run("check", "--reading", text.group(2), write("example.trace", text.group(1)));
        assertThat(r.exit()).as("%s", r).isZero();
        Matcher json = Pattern.compile("(?s)### JSON Lines.*?```json\\n(.*?)```").matcher(section);
        assertThat(json.find()).as("the JSON Lines example").isTrue();
        Cli j = Cli.run("check", write("example.jsonl", json.group(1)));
        assertThat(j.exit()).as("%s", j).isZero();
    }

    /** Runs every {@code $ ./storelogoff check ...} block of a page, compares the output; returns the traces named. */
    private static List<String> checkConsoleBlocks(Path page) throws IOException {
        Matcher block = Pattern.compile("(?s)```console\\n\\$ \\./storelogoff (.*?)\\n(.*?)```").matcher(Files.readString(page));
        List<String> traces = new ArrayList<>();
        while (block.find()) {
            String[] args = block.group(1).split(" ");
            assertThat(args[0]).isEqualTo("check");
            Cli r = check(Arrays.copyOfRange(args, 1, args.length));
            assertThat(r.out()).as("output of '%s' in %s", block.group(1), page.getFileName()).isEqualTo(block.group(2));
            assertThat(r.exit()).as("exit of '%s'", block.group(1)).isEqualTo(r.out().contains("\nconforms: ") ? 0 : 1);
            traces.add(args[args.length - 1]);
        }
        return traces;
    }

    // ---- Exit statuses and errors ----

    @Test
    void textReportAndExitStatusFollowTheVerdict() throws IOException {
        String good = write("good.trace", "submit => S_OK outbox=1\nlogoff NO_WAIT => S_OK out=LOGOFF_OUTBOUND_QUEUE\n");
        Cli r = Cli.run("check", good);
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.outLines()).containsExactly(good + ": reading default, 2 clients, default Inbox on, spring engine",
                "conforms: 2 steps replayed, 2 with observations, all as modelled");
        Cli bad = Cli.run("check", "--engine", "direct", "--reading", "output-complete", good);
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).isEmpty();
        assertThat(bad.outLines()[1]).isEqualTo("diverges at line 2: logoff NO_WAIT");
        assertThat(bad.outLines()[0]).endsWith("reading output-complete, 2 clients, default Inbox on, direct engine");
    }

    @Test
    void optionsOverrideTheTraceSettings() throws IOException {
        String inbox = write("inbox.jsonl", "{\"set\": {\"defaultInbox\": true, \"clients\": 1}}\n"
                + "{\"step\": \"receive-start\", \"expect\": {\"result\": \"OK\"}}\n");
        assertThat(Cli.run("check", inbox).exit()).isZero();
        assertThat(Cli.run("check", "--no-default-inbox", inbox).exit()).as("NOWAIT-3: no default Inbox, nothing arrives").isEqualTo(1);
        String c3 = write("c3.trace", "set clients 2\nc3 addref => S_OK\n");
        assertThat(Cli.run("check", c3).exit()).isEqualTo(2);
        assertThat(Cli.run("check", "--clients", "3", c3).exit()).isZero();
    }

    @Test
    void jsonVerdictIsOneObject() throws IOException {
        String t = write("t.trace", "set clients 1\nlogoff 0 => S_OK out=0\n");
        Cli r = Cli.run("check", "--json", t);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.outLines()).containsExactly("{\"file\":\"" + t + "\",\"reading\":\"default\",\"clients\":1,"
                + "\"defaultInbox\":true,\"engine\":\"spring\",\"conforms\":false,\"replayed\":1,\"compared\":1,"
                + "\"divergence\":{\"line\":2,\"step\":\"logoff 0\",\"fields\":["
                + "{\"field\":\"result\",\"implementation\":\"S_OK\",\"model\":\"MAPI_E_INVALID_PARAMETER\",\"differs\":true},"
                + "{\"field\":\"out\",\"implementation\":\"0\",\"model\":\"none\",\"differs\":true}],"
                + "\"basis\":\"FIRED\",\"state\":\"OPEN\",\"rows\":[\"RejectLogoffFlags\"],"
                + "\"clauses\":[\"FLAGS-1\",\"FLAGS-2\",\"SIG-2\",\"FLAGS-3\"]}}");
    }

    @Test
    void malformedTraceReplaysNothingAndNamesFileAndLine() throws IOException {
        String t = write("bad.trace", "submit => S_OK\nlogoff NO_WAIT => S_OK\nrelease => S_OK REFUSED\n");
        Cli r = Cli.run("check", t);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).as("nothing replayed").isEmpty();
        assertThat(r.err()).isEqualTo(t + ":3: expected FIELD=VALUE (fields: result, state, refs, savedFlag (saved), outFlags (out), transportsCall"
                + ".flags (transports), transportsCall.out (transports-out), flushQueues (flush), transportsReturned (returned), outbox, sending, arriving, sent, received, returned) after the result, found 'REFUSED'"
                + System.lineSeparator());
        String j = write("bad.jsonl", "{\"step\": \"submit\", \"expect\": {\"result\": \"S_OK\"}}\n{\"step\": \"logoff\", \"flags\": NO}\n");
        Cli json = Cli.run("check", j);
        assertThat(json.exit()).isEqualTo(2);
        assertThat(json.out()).isEmpty();
        assertThat(json.err().strip()).isEqualTo(j + ":2:29: expected a value (object, array, string, number, true, false or null),"
                + " found 'NO'");
        String missing = dir.resolve("missing.trace").toString();
        assertThat(Cli.run("check", missing).err().strip()).isEqualTo(missing + ": cannot read the trace: no such file");
    }

    @Test
    void helpExitsZeroAndMainListsCheck() {
        Cli help = Cli.run("check", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("Usage: storelogoff check").contains("--reading", "--engine", "--json", "TRACE");
        assertThat(Cli.run("--help").out()).contains("check");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " :: ", value = {
        "(none) :: Missing required parameter: 'TRACE'",
        "--clients 0 x.trace :: Invalid value for option '--clients': expected 1..8, found 0",
        "--engine jet x.trace :: Invalid value for option '--engine'",
        "--reading strict x.trace :: Invalid value for option '--reading'",
        "--verbose x.trace :: Unknown option: '--verbose'",
        "a.trace b.trace :: Unmatched argument at index 2: 'b.trace'",
    })
    void badArgumentsGiveOneLineAndExitTwo(String args, String message) {
        List<String> argv = new ArrayList<>(List.of("check"));
        if (!args.equals("(none)")) argv.addAll(List.of(args.split(" ")));
        Cli r = Cli.run(argv.toArray(String[]::new));
        assertThat(r.exit()).as("%s", r).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("storelogoff check: " + message).contains("(see 'storelogoff check --help')");
    }
}
