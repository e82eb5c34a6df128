package storelogoff.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import storelogoff.model.Event;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.scenario.Overrides;
import storelogoff.scenario.ScenarioOptions;

/** Reading traces, text and JSON Lines: what each line becomes, and FILE:LINE errors for the rest. */
class TraceReaderTest {

    /** A trace read whole: its settings and every step. */
    record Read(ScenarioOptions options, List<TraceStep> steps) {}

    private static Read read(String file, String text) throws TraceException {
        return read(file, text, Overrides.NONE);
    }

    private static Read read(String file, String text, Overrides overrides) throws TraceException {
        try (Trace t = TraceReader.open(file, text, overrides)) {
            return new Read(t.options(), steps(t));
        }
    }

    static List<TraceStep> steps(Trace t) throws TraceException {
        List<TraceStep> steps = new ArrayList<>();
        for (TraceStep s = t.next(); s != null; s = t.next()) steps.add(s);
        return steps;
    }

    /** The fields a step expects, each as {@code key=value}, in field order. */
    private static List<String> given(TraceStep s) {
        return s.expectation().given().stream().map(g -> g.field().key + "=" + g.value()).toList();
    }

    @Test
    void textTraceKeepsStepsWithAndWithoutObservations() throws TraceException {
        Read t = read("t.trace", "set clients 3\n# comment\nc3 addref\nlogoff PURGE  => S_OK out=0   # saved\nsend-start => DISABLED\n");
        assertThat(t.options()).isEqualTo(new ScenarioOptions(Reading.DEFAULT, 3, true));
        assertThat(t.steps()).extracting(TraceStep::line).containsExactly(3, 4, 5);
        assertThat(t.steps()).extracting(TraceStep::step)
                .containsExactly(Step.call(Event.ADDREF, 3), Step.logoff(1, 4), Step.of(Event.SEND_START));
        assertThat(t.steps().get(0).expectation()).as("no '=>': not compared").isNull();
        assertThat(given(t.steps().get(1))).containsExactly("result=S_OK", "outFlags=0");
        assertThat(given(t.steps().get(2))).containsExactly("result=DISABLED");
    }

    @Test
    void jsonLinesTraceWithSettingsAndEveryFormOfFlags() throws TraceException {
        Read t = read("t.jsonl", String.join("\n",
                "{\"set\": {\"reading\": \"lenient-flags+abort-stops\", \"clients\": 2, \"defaultInbox\": false}}",
                "",
                "{\"step\": \"addref\", \"client\": 2, \"flags\": null, \"expect\": {\"result\": \"S_OK\", \"refs\": 2}}",
                "{\"step\": \"logoff\", \"client\": 2, \"flags\": \"NO_WAIT|0x20\"}",
                "{\"step\": \"logoff\", \"flags\": 65536, \"expect\": {\"out\": 65536, \"saved\": \"COMPLETE\", \"flush\": false}}",
                "{\"step\": \"logoff\", \"flags\": null, \"expect\": {\"result\": \"MAPI_E_INVALID_PARAMETER\", \"out\": null}}",
                "{\"step\": \"send-start\", \"client\": null, \"expect\": {\"result\": \"DISABLED\", \"returned\": true}}"));
        assertThat(t.options()).isEqualTo(new ScenarioOptions(Reading.byName("lenient-flags+abort-stops"), 2, false));
        assertThat(t.steps()).extracting(TraceStep::line).containsExactly(3, 4, 5, 6, 7);
        assertThat(t.steps()).extracting(TraceStep::step).containsExactly(Step.call(Event.ADDREF, 2), Step.logoff(2, 0x21),
                Step.logoff(1, 0x10000), Step.logoffNull(1), Step.of(Event.SEND_START));
        assertThat(t.steps().get(1).expectation()).isNull();
        assertThat(given(t.steps().get(2))).containsExactly("savedFlag=LOGOFF_COMPLETE", "outFlags=LOGOFF_COMPLETE",
                "flushQueues=no");
        assertThat(given(t.steps().get(3))).contains("outFlags=none");
        assertThat(given(t.steps().get(4))).contains("transportsReturned=yes");
    }

    @Test
    void commandLineOverridesWinOverTheSetLine() throws TraceException {
        String text = "{\"set\": {\"reading\": \"abort-stops\", \"clients\": 1}}\n{\"step\": \"release\", \"expect\": {\"result\": \"S_OK\"}}";
        Read t = read("t.jsonl", text, new Overrides(Reading.LENIENT_FLAGS, 4, false));
        assertThat(t.options()).isEqualTo(new ScenarioOptions(Reading.LENIENT_FLAGS, 4, false));
        assertThat(read("t.jsonl", text, new Overrides(null, null, null)).options())
                .isEqualTo(new ScenarioOptions(Reading.ABORT_STOPS, 1, true));
    }

    @Test
    void jsonLinesAreRecognisedByTheirFirstCharacterToo() throws TraceException {
        Read t = read("t.log", "\n  {\"step\": \"submit\", \"expect\": {\"result\": \"S_OK\"}}\n");
        assertThat(t.steps()).extracting(TraceStep::step).containsExactly(Step.call(Event.SUBMIT, 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " :: ", value = {
        // The first malformed line is reported, whether its step or its observation is wrong.
        "logoff NO_WAIT => S_OK bogus=1\\nlogoff NOWAIT\\n :: t.trace:1: expected a field (result, state, refs, savedFlag (saved), outFlags (out), transportsCall"
            + ".flags (transports), transportsCall.out (transports-out), flushQueues (flush), transportsReturned (returned), outbox, sending, arriving, sent, received, returned), found 'bogus'",
        "logoff NO_WAIT => S_OK\\nlogoff NOWAIT => S_OK\\nrelease => OK :: t.trace:2: expected a flag name (NO_WAIT, ORDERLY,"
            + " PURGE, ABORT, QUIET), a number or null, found 'NOWAIT'",
        "send-start\\nsend-start => S_OK :: t.trace:2: expected OK or DISABLED (the result of a transport or spooler event)"
            + " for 'result', found 'S_OK'",
        "release =>\\n :: t.trace:1: expected a trace after '=>', found end of line",
        "submit\\nrelease # => S_OK\\n :: t.trace: expected at least one step with what the implementation observed"
            + " ('=> ...' or \"expect\"), found none",
    })
    void malformedTextTracesNameFileAndLine(String text, String message) {
        assertThatThrownBy(() -> read("t.trace", text.replace("\\n", "\n"))).isInstanceOf(TraceException.class)
                .hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " :: ", value = {
        "{\"step\": \"submit\", \"expect\": {\"result\": \"S_OK\"}\\n :: t.jsonl:1:48: expected ',' or '}' after a member,"
            + " found end of line",
        "{\"step\": \"submit\"}\\n[1] :: t.jsonl:2: expected an object {...}, found an array",
        "{\"step\": \"submit\", \"step\": \"addref\"} :: t.jsonl:1:20: expected each member name once, found \"step\" again",
        "{\"step\": \"submit\"}\\n{\"set\": {\"clients\": 2}} :: t.jsonl:2: expected a step: a \"set\" line may only come first, once",
        "{\"set\": {\"clients\": 9}} :: t.jsonl:1: expected a number of clients from 1 to 8 for \"clients\", found 9",
        "{\"set\": {\"reading\": \"strict\"}} :: t.jsonl:1: expected a reading (default, lenient-flags, abort-stops,"
            + " output-complete, output-unchanged, rem3-literal; several joined with +) for \"reading\", found \"strict\"",
        "{\"set\": {\"defaultInbox\": \"on\"}} :: t.jsonl:1: expected true or false for \"defaultInbox\", found \"on\"",
        "{\"set\": {\"inbox\": true}} :: t.jsonl:1: expected a setting (reading, clients, defaultInbox), found \"inbox\"",
        "{\"set\": {}, \"step\": \"submit\"} :: t.jsonl:1: expected only \"set\" on a settings line, found [set, step]",
        "{\"step\": \"submit\", \"when\": 3} :: t.jsonl:1: expected a member of a step (step, client, flags, expect), \"set\","
            + " or a step as run --json prints it (\"event\" and the observed fields), found \"when\"",
        "{\"step\": \"close\"} :: t.jsonl:1: expected \"step\": one of addref, release, logoff, submit, send-start, send-done,"
            + " receive-start, receive-done, spooler-release, found \"close\"",
        "{\"client\": 1} :: t.jsonl:1: expected \"step\": one of addref, release, logoff, submit, send-start, send-done,"
            + " receive-start, receive-done, spooler-release, found null",
        "{\"step\": \"logoff\"} :: t.jsonl:1: expected \"flags\" on a logoff step: flag names (e.g. \"NO_WAIT\"), a number or"
            + " null (a NULL lpulFlags)",
        "{\"step\": \"logoff\", \"flags\": \"NOWAIT\"} :: t.jsonl:1: expected flag names (e.g. \"NO_WAIT\"), a number or null"
            + " (a NULL lpulFlags) for \"flags\", found \"NOWAIT\"",
        "{\"step\": \"logoff\", \"flags\": -1} :: t.jsonl:1: expected flag names (e.g. \"NO_WAIT\"), a number or null"
            + " (a NULL lpulFlags) for \"flags\", found -1",
        "{\"step\": \"release\", \"flags\": 8} :: t.jsonl:1: expected no \"flags\" on 'release' (only logoff takes flags), found 8",
        "{\"step\": \"release\", \"client\": 3} :: t.jsonl:1: expected a client from 1 to 2 (this trace has 2 clients) for"
            + " \"client\", found 3",
        "{\"step\": \"send-done\", \"client\": 1} :: t.jsonl:1: expected no \"client\" on 'send-done' (a transport or spooler"
            + " event), found 1",
        "{\"step\": \"submit\", \"expect\": [\"S_OK\"]} :: t.jsonl:1: expected an object of observed fields for \"expect\","
            + " found an array",
        "{\"step\": \"submit\", \"expect\": {\"refs\": [1]}} :: t.jsonl:1: expected a string, number, true, false or null for"
            + " \"refs\", found an array",
        "{\"step\": \"submit\", \"expect\": {\"refs\": 1.5}} :: t.jsonl:1: expected a count (0, 1, 2, ...) for 'refs',"
            + " found '1.5'",
        "{\"step\": \"submit\", \"expect\": {\"result\": \"OK\"}} :: t.jsonl:1: expected an HRESULT (S_OK,"
            + " MAPI_E_INVALID_PARAMETER, MAPI_E_UNKNOWN_FLAGS, MAPI_E_INVALID_OBJECT, MAPI_E_NO_SUPPORT, MAPI_E_BUSY,"
            + " MAPI_E_CALL_FAILED) or its hex value (the result of a client call) for 'result', found 'OK'",
        "{\"step\": \"submit\"} :: t.jsonl: expected at least one step with what the implementation observed"
            + " ('=> ...' or \"expect\"), found none",
    })
    void malformedJsonLinesNameFileLineAndForSyntaxTheColumn(String text, String message) {
        assertThatThrownBy(() -> read("t.jsonl", text.replace("\\n", "\n"))).isInstanceOf(TraceException.class)
                .hasMessage(message);
    }

    @Test
    void unreadableFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("missing.trace");
        assertThatThrownBy(() -> TraceReader.open(missing, Overrides.NONE))
                .hasMessage(missing + ": cannot read the trace: no such file");
    }
}
