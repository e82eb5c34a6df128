package storelogoff.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.HResult;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.Transition;
import storelogoff.model.World;
import storelogoff.scenario.Engine;
import storelogoff.scenario.ObservedField;
import storelogoff.scenario.Overrides;
import storelogoff.scenario.ScenarioWriter;
import storelogoff.verify.Bounds;
import storelogoff.verify.PlainSearch;

/**
 * The trace checker compares every field at every kind of step (issue 11, section 4), not only
 * where a field usually changes. The kinds of step are generated: for every reading, every row
 * of its table fired by each step of the alphabet (so a logoff with each flag, each final
 * release, the transport and spooler steps), and every refused call and DISABLED event in each
 * state, each reached by the shortest scenario within 2 clients, 1 reference, 1 message and 1
 * arrival. On each such scenario, at every one of its steps (those before the kind's step, the
 * step itself, the steps between where a field changed and where it is compared), for every
 * field: the trace with the model's value everywhere conforms, and a trace giving every field at
 * that step, one of them wrong, diverges there naming that field alone, in text and in JSON.
 */
class EveryFieldAtEveryStepTest {
    private static final Bounds BOUNDS = new Bounds(2, 1, 1, 1, true);

    /** A kind of step: the row it fires and with which argument, or what a step that fires none answers in which state. */
    record Scenario(Reading reading, String kind, List<Step> steps) {}

    private static final List<Scenario> SCENARIOS = scenarios();

    /** The shortest scenario for every kind of step, over every reading; a kind reached under an earlier reading is not repeated. */
    static List<Scenario> scenarios() {
        Map<String, Scenario> kinds = new LinkedHashMap<>();
        for (Reading r : Reading.ALL) {
            Model model = new Model(r);
            Map<World, World> parent = new HashMap<>();
            Map<World, Step> via = new HashMap<>();
            PlainSearch.visit(model, BOUNDS, (w, s, next, o, first) -> {
                if (first) {
                    parent.put(next, w);
                    via.put(next, s);
                }
                String kind = kind(w, s, o);
                if (!kinds.containsKey(kind)) {
                    List<Step> path = new ArrayList<>();
                    path.add(s);
                    for (World at = w; parent.get(at) != null; at = parent.get(at)) path.add(0, via.get(at));
                    kinds.put(kind, new Scenario(r, kind, List.copyOf(path)));
                }
            });
        }
        return List.copyOf(kinds.values());
    }

    private static String kind(World before, Step s, Observation o) {
        String argument = s.event() == Event.LOGOFF ? " " + (s.nullFlags() ? "null" : LogoffFlag.format(s.flags())) : "";
        Transition t = o.fired;
        return t != null ? t.name() + ": " + s.event().keyword + argument
                : "none fired: " + s.event().keyword + " in " + before.state + " -> " + o.resultName(s.event());
    }

    /** The model's value of every field at every step of a scenario. */
    private static List<Map<ObservedField, String>> modelled(Scenario sc) {
        Model model = new Model(sc.reading());
        World w = BOUNDS.initialWorld();
        List<Map<ObservedField, String>> values = new ArrayList<>();
        for (Step s : sc.steps()) {
            World before = w.copy();
            Observation o = new Observation();
            model.step(w, s, o);
            Map<ObservedField, String> v = new LinkedHashMap<>();
            for (ObservedField f : ObservedField.ALL) v.put(f, f.modelled(s, o, before, w));
            values.add(v);
        }
        return values;
    }

    /** Well-formed values of {@code f} at a step of {@code e} other than {@code right}: both sides of each comparison. */
    static List<String> wrong(ObservedField f, String right, Event e) {
        List<String> out = switch (f.type) {
            case RESULT -> e.isClientCall()
                    ? List.of(right.equals(HResult.S_OK.name()) ? HResult.MAPI_E_INVALID_OBJECT.name() : HResult.S_OK.name())
                    : List.of(right.equals("OK") ? "DISABLED" : "OK");
            case STATE -> List.of(right.equals("OPEN") ? "IDLE" : "OPEN");
            case COUNT -> {
                int n = Integer.parseInt(right);
                yield List.of(String.valueOf(n + 1), String.valueOf(n == 0 ? 2 : n - 1));
            }
            case YES_NO -> List.of(right.equals("yes") ? "no" : "yes");
            case FLAGS, FLAG_LIST -> List.of(right.equals(ObservedField.NONE) ? "LOGOFF_ABORT" : ObservedField.NONE,
                    right.equals("0") ? "LOGOFF_COMPLETE" : "0");
        };
        assertThat(out).doesNotContain(right);
        return out;
    }

    /**
     * A trace in text form: the reading, then each step up to {@code last} with {@code => } and
     * every field (only at {@code at} when {@code onlyAt}), the one at {@code (at, field)} replaced.
     */
    private static String text(Scenario sc, List<Map<ObservedField, String>> values, int last, boolean onlyAt, int at,
                               ObservedField field, String value) {
        StringBuilder b = new StringBuilder("# ").append(sc.kind()).append('\n');
        b.append("set reading ").append(sc.reading().name()).append("\nset clients ").append(BOUNDS.clients()).append('\n');
        for (int i = 0; i <= last; i++) {
            b.append(ScenarioWriter.line(sc.steps().get(i)));
            if (onlyAt && i != at) {
                b.append('\n');
                continue;
            }
            b.append(" =>");
            for (ObservedField f : ObservedField.ALL) {
                String v = i == at && f == field ? value : values.get(i).get(f);
                b.append(' ').append(f.key).append('=').append(v);
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The same trace as JSON Lines in the form {@code run --json} writes, each value in its JSON type; blank lines keep the steps on the text form's lines. */
    private static String json(Scenario sc, List<Map<ObservedField, String>> values, int last, boolean onlyAt, int at,
                               ObservedField field, String value) {
        StringBuilder b = new StringBuilder("{\"set\": {\"reading\": \"").append(sc.reading().name())
                .append("\", \"clients\": ").append(BOUNDS.clients()).append("}}\n\n\n");
        for (int i = 0; i <= last; i++) {
            b.append("{\"event\": \"").append(ScenarioWriter.line(sc.steps().get(i))).append('"');
            if (onlyAt && i != at) {
                b.append("}\n");
                continue;
            }
            for (ObservedField f : ObservedField.ALL) {
                String v = i == at && f == field ? value : values.get(i).get(f);
                b.append(", \"").append(f.key).append("\": ").append(jsonValue(f.type, v));
            }
            b.append("}\n");
        }
        return b.toString();
    }

    private static String jsonValue(ObservedField.Type type, String v) {
        return switch (type) {
            case COUNT -> v;
            case YES_NO -> v.equals("yes") ? "true" : "false";
            case RESULT, STATE -> '"' + v + '"';
            case FLAGS -> v.equals(ObservedField.NONE) ? "null" : '"' + v + '"';
            case FLAG_LIST -> v.equals(ObservedField.NONE) ? "null" : v.equals("0") ? "[]"
                    : "[" + List.of(v.split("\\|")).stream().map(s -> '"' + s + '"').collect(Collectors.joining(", ")) + "]";
        };
    }

    private static Verdict check(String file, String text) throws TraceException {
        try (Trace t = TraceReader.open(file, text, Overrides.NONE)) {
            return TraceChecker.check(t, Engine.DIRECT);
        }
    }

    /** The kinds cover every row of every reading and, in every state, a step that fires none. */
    @Test
    void theKindsOfStepCoverEveryRowAndEveryRefusal() {
        Set<String> kinds = new TreeSet<>();
        SCENARIOS.forEach(sc -> kinds.add(sc.kind()));
        for (Reading r : Reading.ALL) {
            for (Transition t : new Model(r).transitions()) {
                assertThat(kinds).as("row %s of %s", t.name(), r.name()).anyMatch(k -> k.startsWith(t.name() + ": "));
            }
        }
        for (String logoff : List.of("LOGOFF_NO_WAIT", "LOGOFF_ORDERLY", "LOGOFF_PURGE", "LOGOFF_ABORT", "LOGOFF_QUIET")) {
            assertThat(kinds).contains("SaveLogoffFlag: logoff " + logoff);
        }
        assertThat(kinds).contains("RejectLogoffFlags: logoff 0", "RejectLogoffFlags: logoff null",
                "none fired: addref in RELEASED -> MAPI_E_INVALID_OBJECT", "none fired: send-start in IDLE -> DISABLED",
                "none fired: spooler-release in OPEN -> DISABLED", "none fired: release in REFUSED -> MAPI_E_INVALID_OBJECT");
    }

    /** Every field at every step as modelled: the whole scenario conforms, in both forms (the engines agree: TraceCheckerTest). */
    @Test
    void theModelsValuesConformAtEveryStep() throws TraceException {
        for (Scenario sc : SCENARIOS) {
            List<Map<ObservedField, String>> values = modelled(sc);
            int last = sc.steps().size() - 1;
            String text = text(sc, values, last, false, -1, null, null);
            Verdict v = check("t.trace", text);
            assertThat(v.divergence()).as("%s:\n%s", sc.kind(), text).isNull();
            assertThat(v.replayed()).isEqualTo(sc.steps().size());
            assertThat(v.compared()).isEqualTo(sc.steps().size());
            Verdict json = check("t.jsonl", json(sc, values, last, false, -1, null, null));
            assertThat(json.conforms()).as("%s as JSON Lines", sc.kind()).isTrue();
            assertThat(json.compared()).isEqualTo(sc.steps().size());
        }
    }

    @Test
    void aWrongValueOfAnyFieldAtAnyStepDivergesThereNamingThatField() throws TraceException {
        int checked = 0;
        Set<String> done = new HashSet<>();
        for (Scenario sc : SCENARIOS) {
            List<Map<ObservedField, String>> values = modelled(sc);
            for (int i = 0; i < sc.steps().size(); i++) {
                Step step = sc.steps().get(i);
                // Scenarios share their first steps: each sequence of steps once (under the first reading that has it).
                if (!done.add(sc.steps().subList(0, i + 1).toString())) continue;
                for (ObservedField f : ObservedField.ALL) {
                    String right = values.get(i).get(f);
                    for (String bad : wrong(f, right, step.event())) {
                        String at = sc.kind() + ", step " + (i + 1) + " (" + ScenarioWriter.line(step) + "), " + f.key + "=" + bad
                                + " (model: " + right + ")";
                        assertDiverges(check("t.trace", text(sc, values, i, true, i, f, bad)), at, i, step, f, bad, right);
                        checked++;
                    }
                    if (i < sc.steps().size() - 1) continue;
                    // JSON Lines at the kind's own step.
                    String bad = wrong(f, right, step.event()).get(0);
                    assertDiverges(check("t.jsonl", json(sc, values, i, true, i, f, bad)), "JSON: " + sc.kind() + ", step " + (i + 1)
                            + ", " + f.key, i, step, f, bad, right);
                }
            }
        }
        assertThat(checked).as("fields x steps x wrong values").isGreaterThan(2000);
    }

    /** A step as run --json prints it but with no field is replayed, not compared; a trace of only such steps has no observations. */
    @Test
    void aRecordedStepWithoutFieldsIsReplayedNotCompared() throws TraceException {
        Verdict v = check("t.jsonl", "{\"event\": \"submit\"}\n{\"line\": 7, \"event\": \"send-start\"}\n"
                + "{\"event\": \"send-done\", \"sent\": 1}\n");
        assertThat(v.conforms()).isTrue();
        assertThat(v.replayed()).isEqualTo(3);
        assertThat(v.compared()).isEqualTo(1);
        try (Trace t = TraceReader.open("t.jsonl", "{\"event\": \"submit\"}\n", Overrides.NONE)) {
            assertThat(t.next()).isNotNull();
            org.assertj.core.api.Assertions.assertThatThrownBy(t::next).isInstanceOf(TraceException.class)
                    .hasMessage("t.jsonl: expected at least one step with what the implementation observed ('=> ...' or \"expect\"), found none");
        }
    }

    private static void assertDiverges(Verdict v, String at, int i, Step step, ObservedField f, String bad, String right) {
        Divergence d = v.divergence();
        assertThat(d).as(at).isNotNull();
        assertThat(d.line()).as(at).isEqualTo(i + 4);
        assertThat(d.step()).as(at).isEqualTo(ScenarioWriter.line(step));
        assertThat(d.event()).as(at).isEqualTo(step.event());
        assertThat(v.replayed()).as(at).isEqualTo(i + 1);
        assertThat(v.compared()).as(at).isEqualTo(1);
        assertThat(d.fields()).as(at).hasSize(ObservedField.ALL.size());
        assertThat(d.differing()).as(at).hasSize(1);
        FieldCheck c = d.differing().get(0);
        assertThat(c.field()).as(at).isEqualTo(f);
        assertThat(c.name()).as(at).isEqualTo(f.key);
        assertThat(c.implementation()).as(at).isEqualTo(bad);
        assertThat(c.model()).as(at).isEqualTo(right);
        assertThat(d.clauses()).as(at).containsAll(f.clauses);
    }
}
