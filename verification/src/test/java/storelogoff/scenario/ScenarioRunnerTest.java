package storelogoff.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import storelogoff.model.StoreState;

/** What the runner reports per step, on both engines. */
class ScenarioRunnerTest {

    private static List<StepReport> run(String text, Engine engine) throws ScenarioException {
        return ScenarioRunner.run(ScenarioParser.parse("t.scn", text, Overrides.NONE), engine);
    }

    /** QUIET-1 with a send in process: the final release calls StoreLogoffTransports once and is refused. */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void reportsResultWorldAndTheTransportsCallPerStep(Engine engine) throws ScenarioException {
        List<StepReport> r = run("submit\nsend-start\n\nlogoff QUIET   # saved\nrelease\nsend-done\nspooler-release", engine);

        assertThat(r).extracting(StepReport::line).containsExactly(1, 2, 4, 5, 6, 7);
        assertThat(r).extracting(StepReport::step)
                .containsExactly("submit", "send-start", "logoff QUIET", "release", "send-done", "spooler-release");
        assertThat(r).extracting(StepReport::result).containsExactly("S_OK", "OK", "S_OK", "S_OK", "OK", "DISABLED");
        assertThat(r).extracting(StepReport::state).containsExactly(StoreState.OPEN, StoreState.OPEN, StoreState.OPEN,
                StoreState.REFUSED, StoreState.REFUSED, StoreState.REFUSED);
        assertThat(r).extracting(StepReport::refs).containsExactly(1, 1, 1, 0, 0, 0);
        assertThat(r).extracting(StepReport::savedFlag)
                .containsExactly(null, null, "LOGOFF_QUIET", "LOGOFF_QUIET", "LOGOFF_QUIET", "LOGOFF_QUIET");
        // SIG-2, OUT-2: only the logoff step writes output flags.
        assertThat(r).extracting(StepReport::outFlags).containsExactly(List.of(), List.of(), List.of("LOGOFF_OUTBOUND"),
                List.of(), List.of(), List.of());
        // IMPL-1, IMPL-2: the call happens in the release step only, with the saved flag.
        assertThat(r).extracting(StepReport::transportsCall).containsExactly(null, null, null,
                new StepReport.TransportsCall("LOGOFF_QUIET", List.of("LOGOFF_OUTBOUND")), null, null);
        assertThat(r).extracting(StepReport::transportsReturned).containsExactly(false, false, false, true, true, true);
        assertThat(r).extracting(StepReport::flushQueues).containsOnly(false);
        assertThat(r).extracting(StepReport::outbox).containsExactly(1, 0, 0, 0, 0, 0);
        assertThat(r).extracting(StepReport::sending).containsExactly(0, 1, 1, 1, 0, 0);
        assertThat(r).extracting(StepReport::sent).containsExactly(0, 0, 0, 0, 1, 1);
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
        assertThat(run("receive-start\nlogoff ABORT\nrelease", Engine.DIRECT).get(2).state()).isEqualTo(StoreState.REFUSED);
        StepReport stopped = run("set reading abort-stops\nreceive-start\nlogoff ABORT\nrelease", Engine.DIRECT).get(2);
        assertThat(stopped.state()).isEqualTo(StoreState.IDLE);
        assertThat(stopped.returned()).as("arrival handed back to its transport").isEqualTo(1);
        // NOWAIT-3: without the default Inbox nothing arrives.
        assertThat(run("set default-inbox off\nreceive-start", Engine.DIRECT).get(0).result()).isEqualTo("DISABLED");
        assertThat(run("set clients 3\nc3 addref\nc3 release", Engine.DIRECT))
                .extracting(StepReport::result).containsExactly("S_OK", "S_OK");
    }

    @Test
    void reopeningStartsANewCycleWithoutAReportedCall() throws ScenarioException {
        List<StepReport> r = run("submit\nlogoff QUIET\nrelease\naddref\nrelease", Engine.DIRECT);
        assertThat(r.get(2).transportsCall()).isNotNull();
        // The reopen resets the cycle (QUIET-1, IMPL-4): no call there; the next release calls with ABORT.
        assertThat(r.get(3).transportsCall()).isNull();
        assertThat(r.get(3).savedFlag()).isNull();
        assertThat(r.get(4).transportsCall()).isEqualTo(new StepReport.TransportsCall("LOGOFF_ABORT", List.of("LOGOFF_OUTBOUND_QUEUE")));
    }
}
