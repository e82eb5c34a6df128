package storelogoff.verify.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import storelogoff.model.Model;
import storelogoff.verify.Bounds;
import storelogoff.verify.explore.CostCurve;
import storelogoff.verify.explore.CostCurve.Point;
import storelogoff.verify.explore.CrossCheck;
import storelogoff.verify.explore.ExplorationResult;
import storelogoff.verify.explore.Explorer;

/**
 * docs/performance.md is current in all but its timings: read back, it renders to the same text
 * (so its axes, points, columns and words are those {@code bench --curve} writes now), and its
 * counts for the small points are those the explorer finds now. Refresh: ./storelogoff bench --curve.
 */
class PerformanceDocTest {
    /** Points up to this many states are re-explored here (about a second in all); the manifest pins larger ones. */
    private static final int RECOUNTED = 10_000;

    private static String page() throws IOException {
        String repo = System.getProperty("storelogoff.repo");
        assertThat(repo).as("system property storelogoff.repo (set by surefire)").isNotBlank();
        return Files.readString(Path.of(repo, PerformanceDoc.PATH), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    @Test
    void thePageHasTheStructureBenchCurveWritesNow() throws IOException {
        String page = page();
        PerformanceDoc.Measurement shown = PerformanceDoc.parse(page);
        assertThat(shown.points().keySet()).as("the bounds the page shows; run %s", PerformanceDoc.COMMAND)
                .isEqualTo(Set.copyOf(CostCurve.points()));
        assertThat(PerformanceDoc.render(shown)).as("%s read back and written again; run %s and commit the result",
                PerformanceDoc.PATH, PerformanceDoc.COMMAND).isEqualTo(page);
        assertThat(page).contains("```mermaid\nxychart-beta\n");
    }

    @Test
    void theSmallPointsCountWhatTheExplorerFindsNow() throws IOException {
        Map<Bounds, Point> shown = PerformanceDoc.parse(page()).points();
        int recounted = 0;
        for (Point p : shown.values()) {
            if (p.states() > RECOUNTED) continue;
            ExplorationResult now = new Explorer(new Model(CostCurve.READING), p.bounds()).crossCheck(CrossCheck.none())
                    .threads(1).run();
            assertThat(List.of((long) now.states(), now.transitions(), now.edges()))
                    .as("states, transitions, edges at %s; run %s", CostCurve.bounds(p.bounds()), PerformanceDoc.COMMAND)
                    .isEqualTo(List.of((long) p.states(), p.transitions(), p.edges()));
            recounted++;
        }
        assertThat(recounted).as("points re-explored").isGreaterThan(10);
    }

    @Test
    void aPageFromAnotherLayoutIsStale() throws IOException {
        String page = page();
        PerformanceDoc.Measurement shown = PerformanceDoc.parse(page);
        // A point dropped from the tables: rendering needs it.
        Map<Bounds, Point> fewer = new HashMap<>(shown.points());
        fewer.remove(Bounds.DEFAULT);
        assertThatThrownBy(() -> PerformanceDoc.render(new PerformanceDoc.Measurement(fewer, shown.cores(), shown.threads(),
                shown.java(), shown.runs(), shown.load()))).hasMessageContaining("no measurement for 2/2/2/2");
        // A column or a sentence changed by hand.
        String edited = page.replaceFirst("\\| memory MiB \\|", "| memory |");
        assertThat(PerformanceDoc.render(PerformanceDoc.parse(edited))).isNotEqualTo(edited);
        assertThatThrownBy(() -> PerformanceDoc.parse(page.replace("Measured on", "Taken on")))
                .hasMessageContaining("no line 'Measured on");
    }
}
