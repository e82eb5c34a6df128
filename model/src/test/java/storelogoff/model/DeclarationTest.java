package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks on the declaration itself rather than on one scenario: its rows cite real clauses,
 * never overlap, and move the transport counts exactly as their events declare; the MAPI
 * constants have their documented values (MAPIDefS.h and MAPICode.h; docs/spec/sources.md).
 */
@DisplayName("The transition table: clause ids, determinism, declared deltas, documented values")
class DeclarationTest {
    private static final Pattern CLAUSE_ROW = Pattern.compile("^\\|\\s*([A-Z]+-\\d+)\\s*\\|");
    private static final Pattern DISPLAY_NAME = Pattern.compile("@DisplayName\\(\"([^\"]*)\"\\)");
    /** A clause id or a range of them, e.g. {@code ABORT-1..4}. */
    private static final Pattern CITATION = Pattern.compile("\\b([A-Z]+)-(\\d+)(?:\\.\\.(\\d+))?\\b");

    static Stream<Reading> readings() {
        return Reading.ALL.stream();
    }

    static Path repo() {
        String repo = System.getProperty("storelogoff.repo");
        assertThat(repo).as("the system property storelogoff.repo (set by surefire) names the repository").isNotNull();
        return Path.of(repo);
    }

    /** The clause ids of docs/spec/clauses.md, the project's split of the reference page. */
    static Set<String> clauseIds() throws IOException {
        Path file = repo().resolve("docs/spec/clauses.md");
        Set<String> ids = new TreeSet<>();
        for (String line : Files.readAllLines(file)) {
            Matcher m = CLAUSE_ROW.matcher(line);
            if (m.find()) ids.add(m.group(1));
        }
        assertThat(ids).as("%s must list clause ids", file).contains("SIG-1", "QUIET-1", "IMPL-4");
        return ids;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readings")
    @DisplayName("every row cites at least one clause id, and every id exists in clauses.md")
    void rowsCiteExistingClauses(Reading reading) throws IOException {
        Set<String> ids = clauseIds();
        for (Transition t : StoreLogoffSpec.transitions(reading)) {
            assertThat(t.clauses()).as("row %s under %s must cite a clause", t.name(), reading).isNotEmpty();
            assertThat(ids).as("row %s under %s cites clauses that clauses.md does not define", t.name(), reading)
                    .containsAll(t.clauses());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readings")
    @DisplayName("row names are unique within a reading")
    void rowNamesAreUnique(Reading reading) {
        List<String> names = StoreLogoffSpec.transitions(reading).stream().map(Transition::name).toList();
        assertThat(names).as("row names under %s", reading).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("every clause of clauses.md is cited by some test's @DisplayName, and every cited id exists")
    void everyClauseHasATest() throws IOException {
        Set<String> ids = clauseIds();
        Set<String> cited = new TreeSet<>();
        Path tests = repo().resolve("model/src/test/java/storelogoff/model");
        try (Stream<Path> files = Files.list(tests)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher names = DISPLAY_NAME.matcher(Files.readString(file));
                while (names.find()) cited.addAll(expandCitations(names.group(1)));
            }
        }
        assertThat(cited).as("clauses cited in @DisplayName under %s", tests).containsAll(ids);
        assertThat(ids).as("ids cited in @DisplayName must exist in clauses.md").containsAll(cited);
    }

    /** {@code ABORT-1..3, QUIET-1} becomes ABORT-1, ABORT-2, ABORT-3, QUIET-1. */
    static List<String> expandCitations(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            int from = Integer.parseInt(m.group(2));
            int to = m.group(3) == null ? from : Integer.parseInt(m.group(3));
            for (int i = from; i <= to; i++) out.add(m.group(1) + "-" + i);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readings")
    @DisplayName("rows of one state and event never overlap, and every row fires on some sample world")
    void rowsNeverOverlap(Reading reading) {
        Model model = new Model(reading);
        Set<String> seen = new HashSet<>();
        for (World w : SampleWorlds.all()) {
            for (Step s : SampleWorlds.steps()) {
                Transition first = null;
                for (Transition t : model.candidates(w.state, s.event())) {
                    if (!t.guard().test(w, s)) continue;
                    if (first != null) {
                        fail("under %s, '%s' in [%s] enables both %s and %s", reading, s, w, first, t);
                    }
                    first = t;
                    seen.add(t.name());
                }
            }
        }
        List<String> rows = model.transitions().stream().map(Transition::name).toList();
        assertThat(seen).as("under %s no sample world enables these rows, so the overlap check misses them", reading)
                .containsAll(rows);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readings")
    @DisplayName("OUT-1..3, QUIET-1, ABORT-3: transports work in OPEN and in REFUSED, in rows named after the step, prefixed Refused in REFUSED")
    void transportRowNames(Reading reading) {
        List<Event> transport = List.of(Event.SEND_START, Event.SEND_DONE, Event.RECEIVE_START, Event.RECEIVE_DONE);
        Map<StoreState, List<String>> names = new LinkedHashMap<>();
        for (Transition t : StoreLogoffSpec.transitions(reading)) {
            if (transport.contains(t.event()) && t.source() != StoreState.DRAINING) {
                names.computeIfAbsent(t.source(), s -> new ArrayList<>()).add(t.name());
            }
        }
        assertThat(names).as("transport rows outside DRAINING under %s", reading).containsOnlyKeys(StoreState.OPEN, StoreState.REFUSED);
        assertThat(names.get(StoreState.OPEN)).as("transport rows in OPEN under %s", reading)
                .containsExactly("StartSend", "FinishSend", "StartArrival", "FinishArrival");
        assertThat(names.get(StoreState.REFUSED)).as("transport rows in REFUSED under %s", reading)
                .containsExactly("RefusedStartSend", "RefusedFinishSend", "RefusedStartArrival", "RefusedFinishArrival");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readings")
    @DisplayName("every transport row changes Outbox, sending and arriving exactly by its event's declared deltas")
    void transportRowsKeepTheirDeltas(Reading reading) {
        Model model = new Model(reading);
        Set<String> checked = new HashSet<>();
        Observation o = new Observation();
        for (World w : SampleWorlds.all()) {
            for (Step s : SampleWorlds.steps()) {
                Event e = s.event();
                if (e.isClientCall() && e != Event.SUBMIT) continue;
                for (Transition t : model.candidates(w.state, e)) {
                    if (!t.guard().test(w, s)) continue;
                    World after = w.copy();
                    o.reset();
                    Model.fire(t, after, s, o);
                    if (after.outbox - w.outbox != e.outboxDelta || after.sending - w.sending != e.sendingDelta
                            || after.arriving - w.arriving != e.arrivingDelta) {
                        fail("row %s under %s on [%s] gave [%s]: Outbox, sending, arriving must move by %d, %d, %d as %s declares",
                                t.name(), reading, w, after, e.outboxDelta, e.sendingDelta, e.arrivingDelta, e.keyword);
                    }
                    checked.add(t.name());
                }
            }
        }
        assertThat(checked).as("transport rows checked under %s", reading).isNotEmpty();
    }

    @Test
    @DisplayName("SIG-2, FLAGS-2, FLAGS-3, OUT-1..3: every LOGOFF_* flag has its MAPIDefS.h value")
    void flagValues() {
        Map<LogoffFlag, Integer> documented = new LinkedHashMap<>();
        documented.put(LogoffFlag.NO_WAIT, 0x00000001);
        documented.put(LogoffFlag.ORDERLY, 0x00000002);
        documented.put(LogoffFlag.PURGE, 0x00000004);
        documented.put(LogoffFlag.ABORT, 0x00000008);
        documented.put(LogoffFlag.QUIET, 0x00000010);
        documented.put(LogoffFlag.COMPLETE, 0x00010000);
        documented.put(LogoffFlag.INBOUND, 0x00020000);
        documented.put(LogoffFlag.OUTBOUND, 0x00040000);
        documented.put(LogoffFlag.OUTBOUND_QUEUE, 0x00080000);
        assertThat(documented.keySet()).as("every LogoffFlag needs its documented value here")
                .containsExactlyInAnyOrder(LogoffFlag.values());
        documented.forEach((f, v) -> assertThat(f.value).as("%s", f.mapiName()).isEqualTo(v));
        assertThat(LogoffFlag.INPUT_MASK).as("FLAGS-2: the five input bits").isEqualTo(0x1F);
        assertThat(LogoffFlag.ACTIVITY_MASK).as("FLAGS-3: INBOUND|OUTBOUND|OUTBOUND_QUEUE").isEqualTo(0x000E0000);
    }

    @Test
    @DisplayName("RET-1: every HRESULT has its MAPICode.h value")
    void hresultValues() {
        Map<HResult, Integer> documented = new LinkedHashMap<>();
        documented.put(HResult.S_OK, 0x00000000);
        documented.put(HResult.MAPI_E_INVALID_PARAMETER, 0x80070057);
        documented.put(HResult.MAPI_E_UNKNOWN_FLAGS, 0x80040106);
        documented.put(HResult.MAPI_E_INVALID_OBJECT, 0x80040108);
        documented.put(HResult.MAPI_E_NO_SUPPORT, 0x80040102);
        documented.put(HResult.MAPI_E_BUSY, 0x8004010B);
        documented.put(HResult.MAPI_E_CALL_FAILED, 0x80004005);
        assertThat(documented.keySet()).as("every HResult needs its documented value here")
                .containsExactlyInAnyOrder(HResult.values());
        documented.forEach((hr, v) -> assertThat(hr.value).as("%s is %s", hr, hr.hex()).isEqualTo(v));
    }
}
