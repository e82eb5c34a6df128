package storelogoff.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;


/** What the runner reports per step, on both engines. */
class ScenarioRunnerTest {

    private static List<StepReport> run(String text, Engine engine) throws ScenarioException {
        return ScenarioRunner.run(ScenarioParser.parse("t.scn", text, Overrides.NONE), engine);
    }

    /** The values of one field over the steps. */
    private static List<String> column(List<StepReport> r, ObservedField f) {
        return r.stream().map(x -> x.observed().get(f)).toList();
    }

    /** QUIET-1 with a send in process: the final release calls StoreLogoffTransports once and is refused. */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void reportsResultWorldAndTheTransportsCallPerStep(Engine engine) throws ScenarioException {
        List<StepReport> r = run("submit\nsend-start\n\nlogoff QUIET   # saved\nrelease\nsend-done\nspooler-release", engine);

        assertThat(r).extracting(StepReport::line).containsExactly(1, 2, 4, 5, 6, 7);
        assertThat(r).extracting(x -> ScenarioWriter.line(x.step()))
                .containsExactly("submit", "send-start", "logoff QUIET", "release", "send-done", "spooler-release");
        assertThat(column(r, ObservedField.RESULT)).containsExactly("S_OK", "OK", "S_OK", "S_OK", "OK", "DISABLED");
        assertThat(column(r, ObservedField.STATE)).containsExactly("OPEN", "OPEN", "OPEN", "REFUSED", "REFUSED", "REFUSED");
        assertThat(column(r, ObservedField.REFS)).containsExactly("1", "1", "1", "0", "0", "0");
        assertThat(column(r, ObservedField.SAVED_FLAG))
                .containsExactly("none", "none", "LOGOFF_QUIET", "LOGOFF_QUIET", "LOGOFF_QUIET", "LOGOFF_QUIET");
        // SIG-2, OUT-2: only the logoff step writes output flags.
        assertThat(column(r, ObservedField.OUT_FLAGS)).containsExactly("none", "none", "LOGOFF_OUTBOUND", "none", "none", "none");
        // IMPL-1, IMPL-2: the call happens in the release step only, with the saved flag.
        assertThat(column(r, ObservedField.TRANSPORTS_FLAGS)).containsExactly("none", "none", "none", "LOGOFF_QUIET", "none", "none");
        assertThat(column(r, ObservedField.TRANSPORTS_OUT)).containsExactly("none", "none", "none", "LOGOFF_OUTBOUND", "none", "none");
        assertThat(column(r, ObservedField.TRANSPORTS_RETURNED)).containsExactly("no", "no", "no", "yes", "yes", "yes");
        assertThat(column(r, ObservedField.FLUSH_QUEUES)).containsOnly("no");
        assertThat(column(r, ObservedField.OUTBOX)).containsExactly("1", "0", "0", "0", "0", "0");
        assertThat(column(r, ObservedField.SENDING)).containsExactly("0", "1", "1", "1", "0", "0");
        assertThat(column(r, ObservedField.SENT)).containsExactly("0", "0", "0", "0", "1", "1");
    }

    @Test
    void springAndDirectEnginesReportTheSame() throws ScenarioException {
        String text = "c2 addref\nsubmit\nreceive-start\nsend-start\nc2 logoff PURGE\nlogoff 0x20\nrelease\nc2 release\n"
                + "send-done\nreceive-done\nspooler-release\naddref\nlogoff null";
        assertThat(run(text, Engine.SPRING)).isEqualTo(run(text, Engine.DIRECT));
    }

    @Test
    void traceSuffixesDoNotChangeTheRun() throws ScenarioException {
        assertThat(run("submit => nonsense\nlogoff ORDERLY => S_OK\nrelease => anything", Engine.DIRECT))
                .isEqualTo(run("submit\nlogoff ORDERLY\nrelease", Engine.DIRECT));
    }

    @Test
    void directivesReachTheModel() throws ScenarioException {
        // ABORT-3 refuses by default; the abort-stops reading stops the arrival and goes idle (ABORT-1, ABORT-2).
        assertThat(run("receive-start\nlogoff ABORT\nrelease", Engine.DIRECT).get(2).observed().get(ObservedField.STATE))
                .isEqualTo("REFUSED");
        Observed stopped = run("set reading abort-stops\nreceive-start\nlogoff ABORT\nrelease", Engine.DIRECT).get(2).observed();
        assertThat(stopped.get(ObservedField.STATE)).isEqualTo("IDLE");
        assertThat(stopped.get(ObservedField.RETURNED)).as("arrival handed back to its transport").isEqualTo("1");
        // NOWAIT-3: without the default Inbox nothing arrives.
        assertThat(run("set default-inbox off\nreceive-start", Engine.DIRECT).get(0).observed().get(ObservedField.RESULT))
                .isEqualTo("DISABLED");
        assertThat(column(run("set clients 3\nc3 addref\nc3 release", Engine.DIRECT), ObservedField.RESULT))
                .containsExactly("S_OK", "S_OK");
    }

    @Test
    void reopeningStartsANewCycleWithoutAReportedCall() throws ScenarioException {
        List<StepReport> r = run("submit\nlogoff QUIET\nrelease\naddref\nrelease", Engine.DIRECT);
        assertThat(r.get(2).observed().get(ObservedField.TRANSPORTS_FLAGS)).isEqualTo("LOGOFF_QUIET");
        // The reopen resets the cycle (QUIET-1, IMPL-4): no call there; the next release calls with ABORT.
        assertThat(r.get(3).observed().get(ObservedField.TRANSPORTS_FLAGS)).isEqualTo("none");
        assertThat(r.get(3).observed().get(ObservedField.SAVED_FLAG)).isEqualTo("none");
        assertThat(r.get(4).observed().get(ObservedField.TRANSPORTS_FLAGS)).isEqualTo("LOGOFF_ABORT");
        assertThat(r.get(4).observed().get(ObservedField.TRANSPORTS_OUT)).isEqualTo("LOGOFF_OUTBOUND_QUEUE");
    }
}
