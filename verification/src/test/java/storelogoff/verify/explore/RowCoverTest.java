package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.scenario.ScenarioWriter;
import storelogoff.model.Transition;
import storelogoff.model.World;
import storelogoff.verify.Bounds;
import storelogoff.verify.PlainSearch;

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

    /**
     * The pairs against the plainest search: every two rows that fire one right after the other
     * somewhere in the state space, each once, in table order (first row, then second); the states
     * are those the search reaches.
     */
    @Test
    void pairsAreEveryTwoRowsFiredOneAfterTheOtherInTableOrder() {
        Model model = new Model(Reading.DEFAULT);
        Bounds bounds = new Bounds(1, 1, 1, 1, true);
        Map<World, Set<String>> firedFrom = new HashMap<>();
        List<Map.Entry<String, World>> firings = new ArrayList<>();
        Set<World> worlds = PlainSearch.visit(model, bounds, (before, step, after, observed, first) -> {
            if (observed.fired == null) return;
            firedFrom.computeIfAbsent(before, w -> new HashSet<>()).add(observed.fired.name());
            firings.add(Map.entry(observed.fired.name(), after));
        });
        List<String> table = model.transitions().stream().map(Transition::name).toList();
        Set<List<String>> expected = new HashSet<>();
        for (Map.Entry<String, World> f : firings) {
            for (String next : firedFrom.getOrDefault(f.getValue(), Set.of())) expected.add(List.of(f.getKey(), next));
        }
        List<List<String>> inOrder = expected.stream()
                .sorted(Comparator.comparing((List<String> p) -> table.indexOf(p.get(0))).thenComparing(p -> table.indexOf(p.get(1))))
                .toList();

        RowCover cover = RowCover.of(model, bounds, s -> true);
        assertThat(cover.states()).isEqualTo(worlds.size());
        assertThat(inOrder).hasSizeGreaterThan(20);
        assertThat(cover.pairs()).extracting(RowCover.Run::rows).containsExactlyElementsOf(inOrder);
        for (RowCover.Run r : cover.pairs()) assertThat(r.name()).isEqualTo(r.rows().get(0) + " -> " + r.rows().get(1));
    }
}
