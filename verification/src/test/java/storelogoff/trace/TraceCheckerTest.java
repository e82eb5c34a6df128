package storelogoff.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import storelogoff.model.Event;
import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.model.StoreState;
import storelogoff.model.Transition;
import storelogoff.scenario.Engine;
import storelogoff.scenario.ObservedField;
import storelogoff.scenario.Overrides;

/** Replaying a trace: where it stops, what it compares, and which clauses a divergence cites. */
class TraceCheckerTest {
    /**
     * PURGE-1 at the final release with a message queued and one arriving: row PurgeDrains.
     * Line 4 gives every field, each as the default reading models it.
     */
    private static final String PURGE = "submit\nreceive-start\nlogoff PURGE => S_OK out=LOGOFF_INBOUND|LOGOFF_OUTBOUND_QUEUE\n"
            + "release => S_OK outFlags=none transportsCall.flags=LOGOFF_PURGE transportsCall.out=LOGOFF_INBOUND|LOGOFF_OUTBOUND_QUEUE"
            + " state=DRAINING refs=0 savedFlag=LOGOFF_PURGE flushQueues=yes transportsReturned=no outbox=1 sending=0 arriving=1"
            + " sent=0 received=0 returned=0\n";
    private static final List<String> PURGE_DRAINS = List.of("PURGE-1", "NOWAIT-2", "NOWAIT-3", "IMPL-2");

    /** For each field, a well-formed value the model does not have at line 4 of {@link #PURGE}. */
    private static final Map<ObservedField, String> WRONG = Map.ofEntries(Map.entry(ObservedField.RESULT, "MAPI_E_BUSY"),
            Map.entry(ObservedField.OUT_FLAGS, "0"), Map.entry(ObservedField.TRANSPORTS_FLAGS, "LOGOFF_ABORT"),
            Map.entry(ObservedField.TRANSPORTS_OUT, "none"), Map.entry(ObservedField.STATE, "IDLE"),
            Map.entry(ObservedField.REFS, "1"), Map.entry(ObservedField.SAVED_FLAG, "none"),
            Map.entry(ObservedField.FLUSH_QUEUES, "no"), Map.entry(ObservedField.TRANSPORTS_RETURNED, "yes"),
            Map.entry(ObservedField.OUTBOX, "0"), Map.entry(ObservedField.SENDING, "1"), Map.entry(ObservedField.ARRIVING, "0"),
            Map.entry(ObservedField.SENT, "1"), Map.entry(ObservedField.RECEIVED, "1"), Map.entry(ObservedField.RETURNED, "1"));

    private static Verdict check(String text, Engine engine) throws TraceException {
        try (Trace t = TraceReader.open("t.trace", text, Overrides.NONE)) {
            return TraceChecker.check(t, engine);
        }
    }

    @Test
    void aTraceAsModelledConforms() throws TraceException {
        Verdict v = check(PURGE + "send-start\nsend-done => OK state=DRAINING sent=1\n", Engine.SPRING);
        assertThat(v.conforms()).as("%s", v).isTrue();
        assertThat(v.replayed()).isEqualTo(6);
        assertThat(v.compared()).isEqualTo(3);
    }

    /** No field check that cannot fail: each field, given one wrong value, is the divergence and cites its clauses. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(ObservedField.class)
    void everyFieldCanDiverge(ObservedField field) throws TraceException {
        boolean result = field == ObservedField.RESULT;
        String wrong = PURGE.replaceFirst("(?m)(^release => .*?)(" + (result ? "S_OK" : " " + Pattern.quote(field.key) + "=\\S+") + ")",
                "$1" + (result ? WRONG.get(field) : " " + field.key + "=" + WRONG.get(field)));
        assertThat(wrong).as("the trace was changed").isNotEqualTo(PURGE);
        Divergence d = check(wrong, Engine.DIRECT).divergence();
        assertThat(d).as("a wrong %s diverges", field.key).isNotNull();
        assertThat(d.line()).isEqualTo(4);
        assertThat(d.fields()).as("every field of the line is shown").hasSize(ObservedField.ALL.size());
        assertThat(d.differing()).extracting(FieldCheck::field).containsExactly(field);
        assertThat(d.basis()).isEqualTo(Divergence.Basis.FIRED);
        assertThat(d.rows()).containsExactly("PurgeDrains");
        Set<String> clauses = new LinkedHashSet<>(PURGE_DRAINS);
        clauses.addAll(field.clauses);
        assertThat(d.clauses()).containsExactlyElementsOf(clauses);
    }

    @Test
    void stopsAtTheFirstDivergence() throws TraceException {
        Verdict v = check("submit => S_OK outbox=1\nsend-start\nlogoff QUIET => S_OK out=0\nrelease => S_OK state=IDLE\n", Engine.SPRING);
        assertThat(v.conforms()).isFalse();
        assertThat(v.divergence().line()).as("the logoff, not the release").isEqualTo(3);
        assertThat(v.divergence().differing()).containsExactly(new FieldCheck(ObservedField.OUT_FLAGS, "out", "0", "LOGOFF_OUTBOUND"));
        assertThat(v.divergence().clauses()).containsExactly("SIG-1", "SIG-2", "IMPL-1", "IMPL-3", "REM-1", "REM-2", "RET-1", "FLAGS-3");
        assertThat(v.replayed()).isEqualTo(3);
        assertThat(v.compared()).isEqualTo(2);
    }

    /** 0023: client 2 holds no reference, so no row fires; every row of OPEN x release is at stake. */
    @Test
    void aRefusedCallCitesEveryRowOfItsStateAndEvent() throws TraceException {
        Divergence d = check("c2 release => S_OK\n", Engine.SPRING).divergence();
        assertThat(d.differing()).containsExactly(new FieldCheck(ObservedField.RESULT, "result", "S_OK", "MAPI_E_INVALID_OBJECT"));
        assertThat(d.basis()).isEqualTo(Divergence.Basis.NONE_FIRED);
        assertThat(d.state()).isEqualTo(StoreState.OPEN);
        Transition[] rows = new Model(Reading.DEFAULT).candidates(StoreState.OPEN, Event.RELEASE);
        assertThat(d.rows()).containsExactlyElementsOf(Arrays.stream(rows).map(Transition::name).toList())
                .contains("ReleaseReference", "QuietRefused", "NoWaitDrains");
        List<String> clauses = new ArrayList<>(new LinkedHashSet<>(Arrays.stream(rows).flatMap(t -> t.clauses().stream()).toList()));
        assertThat(d.clauses()).containsExactlyElementsOf(clauses).contains("IMPL-2", "QUIET-1", "IMPL-4");
    }

    @Test
    void aDisabledEventCitesTheRowsItCouldHaveFired() throws TraceException {
        Divergence d = check("send-start => OK\n", Engine.SPRING).divergence();
        assertThat(d.differing()).containsExactly(new FieldCheck(ObservedField.RESULT, "result", "OK", "DISABLED"));
        assertThat(d.basis()).isEqualTo(Divergence.Basis.NONE_FIRED);
        assertThat(d.rows()).containsExactly("StartSend");
        assertThat(d.clauses()).containsExactly("OUT-2", "OUT-3");
    }

    /** RELEASED has no rows: the rows that lead into it are at stake (0013). */
    @Test
    void aStateWithoutRowsCitesTheRowsIntoIt() throws TraceException {
        Divergence d = check("release\nspooler-release\naddref => S_OK\n", Engine.SPRING).divergence();
        assertThat(d.line()).isEqualTo(3);
        assertThat(d.basis()).isEqualTo(Divergence.Basis.INTO_STATE);
        assertThat(d.state()).isEqualTo(StoreState.RELEASED);
        assertThat(d.rows()).containsExactly("SpoolerReleasesStore");
        assertThat(d.clauses()).containsExactly("ABORT-4", "NOWAIT-4", "ORDERLY-3");
    }

    @Test
    void theReportShowsEachFieldAndMarksTheDifferingOnes() throws TraceException {
        List<String> lines = VerdictReport.lines(check("release\nspooler-release\naddref => S_OK refs=0\n", Engine.DIRECT));
        assertThat(lines).containsExactly(
                "t.trace: reading default, 2 clients, default Inbox on, direct engine",
                "diverges at line 3: addref",
                "  field   implementation  model",
                "  result  S_OK            MAPI_E_INVALID_OBJECT  differs",
                "  refs    0               0",
                "  rows:    SpoolerReleasesStore (into RELEASED, which has no row for addref)",
                "  clauses: ABORT-4, NOWAIT-4, ORDERLY-3");
        assertThat(VerdictReport.lines(check("submit => S_OK\n", Engine.SPRING)))
                .containsExactly("t.trace: reading default, 2 clients, default Inbox on, spring engine",
                        "conforms: 1 step replayed, 1 with observations, all as modelled");
    }

    static Stream<Path> shippedTraces() throws IOException {
        Path dir = Path.of(Objects.requireNonNull(System.getProperty("storelogoff.repo"), "storelogoff.repo"), "docs", "examples", "traces");
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList().stream();
        }
    }

    /** Both engines run the one declaration: every shipped trace gets the same verdict from each. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedTraces")
    void enginesAgreeOnEveryShippedTrace(Path trace) throws TraceException {
        for (Reading r : List.of(Reading.DEFAULT, Reading.byName("lenient-flags+output-complete"),
                Reading.byName("lenient-flags+output-unchanged"))) {
            Verdict spring;
            Verdict direct;
            try (Trace t = TraceReader.open(trace, new Overrides(r, null, null))) {
                spring = TraceChecker.check(t, Engine.SPRING);
            }
            try (Trace t = TraceReader.open(trace, new Overrides(r, null, null))) {
                direct = TraceChecker.check(t, Engine.DIRECT);
            }
            assertThat(direct.divergence()).as("%s under %s", trace, r).isEqualTo(spring.divergence());
            assertThat(direct.replayed()).isEqualTo(spring.replayed());
        }
    }
}
