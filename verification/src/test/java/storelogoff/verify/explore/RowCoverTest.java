package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.scenario.ScenarioWriter;
import storelogoff.model.Transition;
import storelogoff.model.World;
import storelogoff.verify.Bounds;

/** The shortest runs the conformance kit's rows and pairs suites are made of. */
class RowCoverTest {

    /** The rows the last {@code n} steps of {@code steps} fire, replayed from the initial world. */
    private static List<String> lastRows(Model model, List<Step> steps, int n) {
        World w = Bounds.DEFAULT.initialWorld();
        Observation o = new Observation();
        String[] fired = new String[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            model.step(w, steps.get(i), o);
            fired[i] = o.fired == null ? null : o.fired.name();
        }
        return List.of(fired).subList(steps.size() - n, steps.size());
    }

    @Test
    void everyStepReachesEveryRowOfTheDefaultTable() {
        Model model = new Model(Reading.DEFAULT);
        RowCover cover = RowCover.of(model, Bounds.DEFAULT, s -> true);
        assertThat(cover.unreachable()).isEmpty();
        assertThat(cover.rows()).extracting(RowCover.Run::name).containsExactlyElementsOf(
                model.transitions().stream().map(Transition::name).toList());
        for (RowCover.Run r : cover.rows()) assertThat(lastRows(model, r.steps(), 1)).isEqualTo(r.rows());
        for (RowCover.Run r : cover.pairs()) assertThat(lastRows(model, r.steps(), 2)).isEqualTo(r.rows());
        RowCover.Run save = cover.rows().stream().filter(r -> r.name().equals("SaveLogoffFlag")).findFirst().orElseThrow();
        assertThat(save.steps()).extracting(ScenarioWriter::line).containsExactly("logoff NO_WAIT");
    }

    @Test
    void rowsOnlyOtherStepsReachAreListed() {
        Model model = new Model(Reading.DEFAULT);
        RowCover cover = RowCover.of(model, Bounds.DEFAULT, s -> s.event().isClientCall());
        assertThat(cover.unreachable()).contains("StartSend", "DrainOutbox", "SpoolerReleasesStore")
                .doesNotContain("SubmitMessage", "QuietRefused", "ReopenRefusedStore");
        for (RowCover.Run r : cover.rows()) assertThat(r.steps()).allMatch(s -> s.event().isClientCall());
        assertThat(cover.rows().size() + cover.unreachable().size()).isEqualTo(model.transitions().size());
    }
}
