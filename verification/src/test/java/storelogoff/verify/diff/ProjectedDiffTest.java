package storelogoff.verify.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.scenario.ScenarioWriter;
import storelogoff.verify.Alphabet;
import storelogoff.verify.Bounds;

/** The diff restricted to some steps and to what an observer sees: the conformance kit's readings suite. */
class ProjectedDiffTest {
    private static final List<Step> CLIENT_CALLS = Alphabet.steps(2).stream().filter(s -> s.event().isClientCall()).toList();
    /** Only the HRESULT and the reference count. */
    private static final ReadingDiff.Projection RESULT_AND_REFS = (before, step, after, o) ->
            o.resultName(step.event()) + " " + after.totalRefs();

    @Test
    void aDifferenceNoAllowedStepShowsIsNone() {
        // abort-stops differs only while transports are active, which client calls alone never make.
        Comparison c = ReadingDiff.compare(Reading.DEFAULT, Reading.ABORT_STOPS, Bounds.DEFAULT,
                CLIENT_CALLS.stream().filter(s -> s.event() != Event.SUBMIT).toList(), ReadingDiff.EVERYTHING);
        assertThat(c.distinction()).isEmpty();
    }

    @Test
    void aDifferenceInAFieldNotObservedIsNone() {
        // output-complete changes only what StoreLogoff writes back.
        assertThat(ReadingDiff.compare(Reading.DEFAULT, Reading.OUTPUT_COMPLETE, Bounds.DEFAULT, CLIENT_CALLS, RESULT_AND_REFS)
                .distinction()).isEmpty();
        assertThat(ReadingDiff.compare(Reading.DEFAULT, Reading.OUTPUT_COMPLETE, Bounds.DEFAULT, CLIENT_CALLS, ReadingDiff.EVERYTHING)
                .distinction()).isPresent();
    }

    @Test
    void theShortestScenarioForWhatIsObserved() {
        Comparison c = ReadingDiff.compare(Reading.DEFAULT, Reading.LENIENT_FLAGS, Bounds.DEFAULT, CLIENT_CALLS, RESULT_AND_REFS);
        assertThat(c.distinction()).isPresent();
        assertThat(c.distinction().get().steps()).extracting(ScenarioWriter::line).containsExactly("logoff 0");
    }
}
