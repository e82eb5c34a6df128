package storelogoff.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.scenario.Engine;
import storelogoff.scenario.ObservedField;
import storelogoff.scenario.Overrides;
import storelogoff.scenario.ScenarioOptions;

/**
 * The edges of reading and checking traces: the bounds of settings and flag numbers, the first
 * step of a JSON Lines trace after its settings, progress every {@link TraceChecker#EVERY}
 * steps, and the parts of an expectation that the conformance kit uses (its text, its values
 * given as a map, the model's values of a set of fields).
 */
class TraceEdgesTest {
    private static Verdict check(String file, String text) throws TraceException {
        try (Trace t = TraceReader.open(file, text, Overrides.NONE)) {
            return TraceChecker.check(t, Engine.DIRECT);
        }
    }

    private static String error(String file, String text) {
        try {
            check(file, text);
        } catch (TraceException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for " + text);
    }

    @Test
    void jsonSettingsApplyAndTheFirstStepAfterThemIsReplayed() throws TraceException {
        Verdict v = check("t.jsonl", "{\"set\": {\"reading\": \"abort-stops\", \"clients\": 8, \"defaultInbox\": false}}\n"
                + "{\"step\": \"addref\", \"client\": 8, \"expect\": {\"refs\": 2}}\n"
                + "{\"step\": \"receive-start\", \"expect\": {\"result\": \"DISABLED\"}}\n");
        assertThat(v.file()).isEqualTo("t.jsonl");
        assertThat(v.options()).isEqualTo(new ScenarioOptions(Reading.ABORT_STOPS, 8, false));
        assertThat(v.conforms()).as("%s", v).isTrue();
        assertThat(v.replayed()).isEqualTo(2);
        assertThat(v.compared()).isEqualTo(2);
        // Without settings the first line is the first step.
        Verdict first = check("t.jsonl", "{\"step\": \"submit\", \"expect\": {\"outbox\": 2}}\n");
        assertThat(first.replayed()).isEqualTo(1);
        assertThat(first.divergence().line()).isEqualTo(1);
    }

    @Test
    void settingsAndFlagNumbersAtTheirBounds() {
        assertThat(error("t.jsonl", "{\"set\": {\"clients\": 9}}\n{\"step\": \"submit\", \"expect\": {}}\n"))
                .isEqualTo("t.jsonl:1: expected a number of clients from 1 to 8 for \"clients\", found 9");
        assertThat(error("t.jsonl", "{\"set\": {\"clients\": 0}}\n")).startsWith("t.jsonl:1: expected a number of clients from 1 to 8");
        assertThat(error("t.jsonl", "{\"step\": \"logoff\", \"flags\": -1, \"expect\": {}}\n"))
                .startsWith("t.jsonl:1: expected flag names (e.g. \"NO_WAIT\"), a number or null");
        assertThat(error("t.jsonl", "{\"step\": \"logoff\", \"flags\": 4294967296, \"expect\": {}}\n"))
                .startsWith("t.jsonl:1: expected flag names (e.g. \"NO_WAIT\"), a number or null");
        assertThat(error("t.jsonl", "{\"step\": \"addref\", \"client\": 3, \"expect\": {}}\n"))
                .isEqualTo("t.jsonl:1: expected a client from 1 to 2 (this trace has 2 clients) for \"client\", found 3");
        assertThat(error("t.jsonl", "{\"step\": \"addref\", \"client\": 0, \"expect\": {}}\n"))
                .startsWith("t.jsonl:1: expected a client from 1 to 2");
    }

    @Test
    void flagNumbersAtTheEdgesOfThirtyTwoBits() throws TraceException {
        Verdict zero = check("t.jsonl", "{\"step\": \"logoff\", \"flags\": 0, \"expect\": {\"result\": \"MAPI_E_INVALID_PARAMETER\"}}\n");
        assertThat(zero.conforms()).as("%s", zero).isTrue();
        Verdict all = check("t.jsonl", "{\"step\": \"logoff\", \"flags\": 4294967295, \"expect\": {\"out\": null}}\n");
        assertThat(all.conforms()).as("%s", all).isTrue();
        assertThat(check("t.jsonl", "{\"step\": \"logoff\", \"flags\": 1, \"expect\": {\"saved\": \"LOGOFF_NO_WAIT\"}}\n").conforms())
                .isTrue();
    }

    /** A token that starts with '=' names no field: it is not the bare result. */
    @Test
    void aTokenStartingWithEqualsIsAFieldWithoutAName() {
        assertThat(error("t.trace", "submit => =S_OK\n")).isEqualTo("t.trace:1: expected a field (" + ObservedField.names()
                + "), found ''");
        assertThat(error("t.trace", "submit => S_OK =1\n")).isEqualTo("t.trace:1: expected a field (" + ObservedField.names()
                + "), found ''");
    }

    @Test
    void errorsGiveTheLineAndColumnOnlyWhenKnown() {
        assertThat(new TraceException("f", 0, "d").getMessage()).isEqualTo("f: d");
        assertThat(new TraceException("f", 1, "d").getMessage()).isEqualTo("f:1: d");
        assertThat(new TraceException("f", 3, 0, "d").getMessage()).isEqualTo("f:3: d");
        assertThat(new TraceException("f", 3, 1, "d").getMessage()).isEqualTo("f:3:1: d");
        assertThat(new TraceException("f", 0, 5, "d").getMessage()).isEqualTo("f: d");
        assertThat(new TraceException("f", 3, 1, "d").line()).isEqualTo(3);
    }

    @Test
    void progressIsToldEveryFixedNumberOfStepsWithTheLine() throws TraceException {
        StringBuilder text = new StringBuilder("# steps\nsubmit => S_OK\n");
        int steps = 2 * TraceChecker.EVERY + 5;
        for (int i = 1; i < steps; i++) text.append("c2 addref\n");
        List<String> told = new ArrayList<>();
        Verdict v;
        try (Trace t = TraceReader.open("long.trace", text.toString(), Overrides.NONE)) {
            v = TraceChecker.check(t, Engine.DIRECT, (read, line) -> told.add(read + "@" + line));
        }
        assertThat(told).containsExactly(TraceChecker.EVERY + "@" + (TraceChecker.EVERY + 1),
                2 * TraceChecker.EVERY + "@" + (2 * TraceChecker.EVERY + 1));
        assertThat(v.replayed()).isEqualTo(steps);
        assertThat(v.compared()).isEqualTo(1);
    }

    @Test
    void progressOfAJsonLinesTraceToldWithItsLine() throws TraceException {
        StringBuilder text = new StringBuilder("{\"set\": {\"clients\": 2}}\n{\"step\": \"submit\", \"expect\": {\"result\": \"S_OK\"}}\n");
        for (int i = 1; i < TraceChecker.EVERY; i++) text.append("{\"step\": \"addref\", \"client\": 2}\n");
        List<String> told = new ArrayList<>();
        try (Trace t = TraceReader.open("long.jsonl", text.toString(), Overrides.NONE)) {
            TraceChecker.check(t, Engine.DIRECT, (read, line) -> told.add(read + "@" + line));
        }
        // The settings line comes first, so the EVERY-th step is on line EVERY + 1.
        assertThat(told).containsExactly(TraceChecker.EVERY + "@" + (TraceChecker.EVERY + 1));
    }

    @Test
    void aJsonObjectWhereASettingGoesIsNamedAsAnObject() {
        assertThat(error("t.jsonl", "{\"set\": {\"clients\": {}}}\n{\"step\": \"submit\"}\n"))
                .isEqualTo("t.jsonl:1: expected a number of clients from 1 to 8 for \"clients\", found an object");
    }

    @Test
    void stepsAfterTheDivergenceAreReadNotReplayed() throws TraceException {
        Verdict v = check("t.trace", "submit => S_OK outbox=2\nsubmit\nsubmit => outbox=3\n");
        assertThat(v.replayed()).isEqualTo(1);
        assertThat(v.compared()).isEqualTo(1);
        assertThat(v.divergence().line()).isEqualTo(1);
    }

    @Test
    void anExpectationWritesTheTextItIsReadFrom() throws Malformed {
        Expectation e = Expectation.parse("sending=0 S_OK transports=LOGOFF_ABORT out=none", Event.RELEASE);
        assertThat(e.text()).isEqualTo("S_OK outFlags=none transportsCall.flags=LOGOFF_ABORT sending=0");
        assertThat(Expectation.parse(e.text(), Event.RELEASE)).isEqualTo(Expectation.parse("S_OK outFlags=none"
                + " transportsCall.flags=LOGOFF_ABORT sending=0", Event.RELEASE));
        assertThat(Expectation.parse("refs=1", Event.RELEASE).text()).isEqualTo("refs=1");
        assertThat(new Expectation(List.of()).text()).isEmpty();

        Map<String, String> given = new LinkedHashMap<>();
        given.put("returned", "yes");
        given.put("result", "0x80040108");
        Expectation of = Expectation.of(given, Event.ADDREF);
        assertThat(of.given()).containsExactly(new Expectation.Given(ObservedField.RESULT, "result", "MAPI_E_INVALID_OBJECT"),
                new Expectation.Given(ObservedField.TRANSPORTS_RETURNED, "returned", "yes"));
        assertThatThrownBy(() -> Expectation.of(Map.of("refs", "x"), Event.ADDREF)).isInstanceOf(Malformed.class)
                .hasMessage("expected a count (0, 1, 2, ...) for 'refs', found 'x'");

        Map<ObservedField, String> values = new LinkedHashMap<>();
        values.put(ObservedField.SENT, "2");
        values.put(ObservedField.STATE, "IDLE");
        assertThat(Expectation.canonical(values).given()).containsExactly(new Expectation.Given(ObservedField.STATE, "state", "IDLE"),
                new Expectation.Given(ObservedField.SENT, "sent", "2"));
    }

    @Test
    void theModelsValuesOfASetOfFields() {
        Model model = new Model(Reading.DEFAULT);
        World before = ScenarioOptions.DEFAULT.initialWorld();
        World after = before.copy();
        Observation o = new Observation();
        Step submit = Step.call(Event.SUBMIT, 1);
        model.step(after, submit, o);
        assertThat(Replay.modelled(new LinkedHashSet<>(List.of(ObservedField.OUTBOX, ObservedField.RESULT, ObservedField.TRANSPORTS_FLAGS)),
                submit, before, after, o)).containsExactly("1", "S_OK", "none");

        Replay replay = new Replay(new ScenarioOptions(Reading.DEFAULT, 2, true), Engine.DIRECT);
        assertThat(replay.step(1, submit, null)).isNull();
        assertThat(replay.world().outbox).isEqualTo(1);
        assertThat(replay.replayed()).isEqualTo(1);
        assertThat(replay.compared()).isZero();
    }
}
