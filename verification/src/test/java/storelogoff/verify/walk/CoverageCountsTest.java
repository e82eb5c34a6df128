package storelogoff.verify.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;

/**
 * {@link Coverage} counted by hand on one walk, docs/examples/orderly-leaves-outbox.scn: two
 * messages submitted, one being sent, StoreLogoff(ORDERLY), the last Release (DRAINING), a send
 * refused (ORDERLY-2), the send in process done (IDLE, ORDERLY-3), the spooler's release.
 */
class CoverageCountsTest {
    private static final Step SUBMIT = Step.call(Event.SUBMIT, 1), SEND_START = Step.of(Event.SEND_START);
    private static final Step ORDERLY = Step.logoff(1, LogoffFlag.ORDERLY.value), RELEASE = Step.call(Event.RELEASE, 1);
    private static final List<Step> WALK = List.of(SUBMIT, SUBMIT, SEND_START, ORDERLY, RELEASE, SEND_START,
            Step.of(Event.SEND_DONE), Step.of(Event.SPOOLER_RELEASE));

    private final Model model = new Model(Reading.DEFAULT);
    private final Coverage coverage = new Coverage(model.transitions());
    private int fired;

    private void walk() {
        World w = World.initial(1, true);
        coverage.started(w);
        Observation o = new Observation();
        for (Step s : WALK) {
            World before = w.copy();
            model.step(w, s, o);
            if (o.fired != null) fired++;
            coverage.stepped(before, s, w, o);
        }
    }

    @Test
    void statesCountTheStartAndEveryStepsTarget() {
        walk();
        assertThat(coverage.states()).isEqualTo(Map.of(StoreState.OPEN, 5L, StoreState.DRAINING, 2L, StoreState.IDLE, 1L,
                StoreState.RELEASED, 1L, StoreState.REFUSED, 0L));
        assertThat(coverage.neverReached()).containsExactly(StoreState.REFUSED);
    }

    @Test
    void triedCountsEachKindOfStepInTheStateItStartsFrom() {
        walk();
        Map<StoreState, Map<StepKind, Long>> tried = coverage.tried();
        assertThat(nonZero(tried.get(StoreState.OPEN))).isEqualTo(Map.of(StepKind.of(SUBMIT), 2L,
                StepKind.of(SEND_START), 1L, StepKind.of(ORDERLY), 1L, StepKind.of(RELEASE), 1L));
        assertThat(nonZero(tried.get(StoreState.DRAINING))).isEqualTo(Map.of(StepKind.of(SEND_START), 1L,
                StepKind.of(Step.of(Event.SEND_DONE)), 1L));
        assertThat(nonZero(tried.get(StoreState.IDLE))).isEqualTo(Map.of(StepKind.of(Step.of(Event.SPOOLER_RELEASE)), 1L));
        assertThat(nonZero(tried.get(StoreState.RELEASED))).isEmpty();
        int pairs = StoreState.values().length * StepKind.values().size();
        assertThat(coverage.neverTried()).hasSize(pairs - 7).contains("OPEN: addref", "DRAINING: submit")
                .doesNotContain("OPEN: submit", "DRAINING: send-start", "IDLE: spooler-release");
        assertThat(coverage.untried(StoreState.IDLE)).hasSize(StepKind.values().size() - 1)
                .doesNotContain(StepKind.of(Step.of(Event.SPOOLER_RELEASE)));
    }

    @Test
    void rowsCountEachFiring() {
        walk();
        assertThat(coverage.transitions().keySet()).as("every declared row, fired or not")
                .containsExactlyElementsOf(model.transitions().stream().map(t -> t.name()).distinct().toList());
        assertThat(coverage.transitions().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(fired);
        assertThat(fired).isGreaterThan(4);
        assertThat(coverage.neverFired()).hasSize((int) coverage.transitions().values().stream().filter(n -> n == 0).count())
                .isNotEmpty();
    }

    @Test
    void theTransportsCallCountsTheFlagActedOnAndTheActivityFound() {
        walk();
        // IMPL-2: the last Release calls StoreLogoffTransports(ORDERLY); one message sending, one in the Outbox (OUT-2, OUT-3).
        Coverage.FlagActivity seen = new Coverage.FlagActivity(LogoffFlag.ORDERLY,
                LogoffFlag.OUTBOUND.value | LogoffFlag.OUTBOUND_QUEUE.value);
        assertThat(coverage.transportsCalls()).hasSize(5 * 8).containsEntry(seen, 1L);
        assertThat(coverage.transportsCalls().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1);
        assertThat(coverage.neverCalled()).hasSize(5 * 8 - 1).doesNotContain(seen);
        assertThat(seen.toString()).isEqualTo("ORDERLY × OUTBOUND|OUTBOUND_QUEUE");
        assertThat(new Coverage.FlagActivity(LogoffFlag.PURGE, 0).toString()).isEqualTo("PURGE × quiet");
    }

    @Test
    void formatShowsTheCountsAndTheGaps() {
        walk();
        int pairs = StoreState.values().length * StepKind.values().size();
        int rows = coverage.transitions().size();
        String text = coverage.format();
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).isEqualTo("states: OPEN=5 DRAINING=2 IDLE=1 RELEASED=1 REFUSED=0");
        assertThat(lines.get(1)).isEqualTo("(state, step) pairs tried: 7/" + pairs);
        assertThat(lines.get(2)).startsWith("transitions (" + (rows - coverage.neverFired().size()) + "/" + rows + " fired): ");
        assertThat(lines.get(3)).isEqualTo("StoreLogoffTransports flag × activity (1/40 seen):");
        assertThat(lines.get(4)).isEqualTo("  ORDERLY × OUTBOUND|OUTBOUND_QUEUE: 1");
        assertThat(lines.get(5)).isEqualTo("never reached: [REFUSED]");
        assertThat(lines.get(6)).startsWith("never tried: [OPEN: addref, ");
        assertThat(lines.get(7)).startsWith("never fired: [");
        assertThat(lines.get(8)).startsWith("never called with: [NO_WAIT × quiet, ");
        assertThat(lines).hasSize(9);
    }

    private static Map<StepKind, Long> nonZero(Map<StepKind, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
