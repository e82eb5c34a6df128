package storelogoff.verify.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import storelogoff.model.Reading;
import storelogoff.model.StoreLogoffSpec;
import storelogoff.model.Transition;

class StateMachineDocTest {

    private final String doc = new StateMachineDoc().render();

    private static List<String> names(List<Transition> rows) {
        return rows.stream().map(Transition::name).toList();
    }

    @Test
    void readingsThatChangeRowsGetTheirDifferencesAndADiagram() {
        // ABORT-1 vs ABORT-3: one row replaces the other.
        List<Transition> def = StoreLogoffSpec.transitions(Reading.DEFAULT);
        List<Transition> abort = StoreLogoffSpec.transitions(Reading.ABORT_STOPS);
        assertThat(names(StateMachineDoc.only(abort, def))).containsExactly("AbortStopsActivity");
        assertThat(names(StateMachineDoc.only(def, abort))).containsExactly("AbortRefused");
        // REM-3: a changed guard counts as a different row even under the same name.
        List<Transition> rem3 = StoreLogoffSpec.transitions(Reading.REM3_LITERAL);
        assertThat(names(StateMachineDoc.only(rem3, def))).containsExactly("SaveLogoffFlag", "ReleaseForCaller");

        assertThat(doc).contains("### `abort-stops`", "### `rem3-literal`",
                "| only in `abort-stops` | AbortStopsActivity |", "| only in `default` | AbortRefused |");
        assertThat(doc.split("```mermaid", -1)).as("diagrams: default, abort-stops, rem3-literal").hasSize(4);
    }

    @Test
    void readingsWithTheDefaultRowsAreListedWithTheAxisTheyChange() {
        assertThat(doc).doesNotContain("### `lenient-flags`", "### `output-complete`", "### `output-unchanged`");
        assertThat(doc).contains("- `lenient-flags`: validation = LENIENT", "- `output-unchanged`: output = UNCHANGED");
        assertThat(StateMachineDoc.axesChanged(Reading.DEFAULT)).isEqualTo("nothing");
        assertThat(StateMachineDoc.axesChanged(Reading.byName("abort-stops+rem3-literal")))
                .isEqualTo("abort = STOP_THEN_RELEASE, shared = REM3_LITERAL");
    }

    @Test
    void theTableHasEveryRowOfEveryReadingMarkedWithItsReadings() {
        for (Reading r : Reading.ALL) {
            for (Transition t : StoreLogoffSpec.transitions(r)) {
                assertThat(doc).as("table line of %s under %s", t.name(), r)
                        .contains("| " + t.name() + " | " + t.source() + " | " + t.event().keyword + " | ");
            }
        }
        assertThat(doc).contains("| AbortRefused | OPEN | release |", "| all but `abort-stops` |\n",
                "| AbortStopsActivity | OPEN | release |", "| IDLE | ABORT-1, ABORT-2, IMPL-2, IMPL-4 | `abort-stops` |\n",
                "| OpenReference | OPEN | addref | true | takeReference | OPEN | IMPL-2 | all |\n");
        assertThat(doc).as("a guard's bar is escaped in the table").contains("called with NO_WAIT\\|PURGE");
    }

    @Test
    void mergedTableKeepsReplacementsNextToWhatTheyReplace() {
        Map<Reading, List<Transition>> tables = new LinkedHashMap<>();
        for (Reading r : Reading.ALL) tables.put(r, StoreLogoffSpec.transitions(r));
        List<String> order = names(List.copyOf(StateMachineDoc.merged(tables).keySet()));
        assertThat(order.indexOf("AbortStopsActivity")).isEqualTo(order.indexOf("AbortRefused") + 1);
        assertThat(order.indexOf("ReleaseForCaller")).isEqualTo(order.lastIndexOf("SaveLogoffFlag") + 1);
        assertThat(order).as("distinct rows").hasSize(StoreLogoffSpec.transitions(Reading.DEFAULT).size() + 3);
    }

    @Test
    void eachReadingIsToldFromTheDefaultByAScenario() {
        assertThat(doc).contains("| `abort-stops` | `submit`, `release` | 2 | state: REFUSED vs IDLE |",
                "| `lenient-flags` | `logoff 0` | 1 | result: MAPI_E_INVALID_PARAMETER vs S_OK");
    }
}
