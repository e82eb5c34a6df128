package storelogoff.conform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import storelogoff.conform.reference.ReferenceStoreAdapter;

/**
 * The kit as JUnit tests, run by hand: one test per case of the chosen suites and per walk,
 * then the readings' consistency; a diverging case fails with its divergence and the trace,
 * saved where asked.
 */
class ConformanceSuiteTest {
    @TempDir
    Path dir;

    /** Each test's name and its failure's message, or null when it passes. */
    private static Map<String, String> run(List<DynamicTest> tests) {
        Map<String, String> out = new LinkedHashMap<>();
        for (DynamicTest t : tests) {
            String failure = null;
            try {
                t.getExecutable().execute();
            } catch (Throwable e) {
                failure = e.getMessage();
            }
            out.put(t.getDisplayName(), failure);
        }
        return out;
    }

    @Test
    void underTheReadingItWasWrittenToEveryTestPasses() {
        Map<String, String> r = run(ConformanceSuite.of(ReferenceStoreAdapter::new).reading("default").suites(Suite.ROWS, Suite.WALKS)
                .walks(2, 20).seed(3).saveTo(dir).tests());
        List<String> names = new ArrayList<>(r.keySet());
        assertThat(names.get(0)).startsWith("rows: ");
        assertThat(names.subList(names.size() - 3, names.size()))
                .containsExactly("walks: walk 1 (seed 3)", "walks: walk 2 (seed 3)", "readings: consistent with default");
        assertThat(names).noneMatch(n -> n.startsWith("pairs: ") || n.startsWith("readings: ") && !n.contains("consistent"));
        assertThat(r.values()).containsOnlyNulls();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void underAnotherADivergingCaseFailsWithItsTraceAndSoDoesConsistency() {
        Map<String, String> r = run(ConformanceSuite.of(ReferenceStoreAdapter::new).reading("output-complete")
                .suites(Suite.ROWS, Suite.PAIRS, Suite.READINGS, Suite.WALKS).walks(1, 20).seed(3).saveTo(dir).tests());
        for (String suite : List.of("rows", "pairs", "readings", "walks")) {
            assertThat(r).as("a failing %s case", suite).anySatisfy((name, failure) -> {
                assertThat(name).startsWith(suite + ": ");
                assertThat(failure).startsWith(suite + ": ").contains(" under reading output-complete\n");
            });
        }
        String saveFlag = r.get("rows: SaveLogoffFlag");
        assertThat(saveFlag).startsWith("rows: SaveLogoffFlag under reading output-complete\n")
                .contains("outFlags").contains("\ntrace (saved as " + dir.resolve("rows-SaveLogoffFlag.trace") + "):\n  ")
                .contains("\n  logoff NO_WAIT");
        assertThat(r.values()).as("some rows conform").contains((String) null);
        String consistency = r.get("readings: consistent with output-complete");
        assertThat(consistency).startsWith("the store is consistent with ").contains("default").contains(", not with output-complete: rows: ");
    }
}
