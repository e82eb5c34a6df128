package storelogoff.verify.mutants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Actions;
import storelogoff.model.Reading;
import storelogoff.model.StoreLogoffSpec;
import storelogoff.model.Transition;

/**
 * The catalogue addresses rows by checked names and actions by reference, so a typo in a
 * mutant fails here, where the catalogue is built, and not deep inside a kill-matrix run.
 */
class NamedMutantsTest {

    @Test
    void everyNamedMutantEditsTheTableOfEachReadingItAppliesTo() {
        List<Mutant> all = NamedMutants.all();
        assertThat(all).extracting(Mutant::id).doesNotHaveDuplicates();
        for (Mutant m : all) {
            int readings = 0;
            for (Reading r : Reading.ALL) {
                if (!m.appliesTo(r)) continue;
                readings++;
                List<Transition> table = StoreLogoffSpec.transitions(r);
                assertThat(m.edit().apply(table)).as("%s under %s changes the table", m.id(), r).isNotEqualTo(table);
            }
            assertThat(readings).as("readings %s applies to", m.id()).isPositive();
        }
    }

    @Test
    void aRowNameWithATypoFailsWhenTheEditIsMade() {
        assertThatThrownBy(() -> TableEdits.onRow("QuietRefsued", TableEdits.target(null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("no row named QuietRefsued in the table of any reading");
        assertThatThrownBy(() -> TableEdits.removeRow("SpoolerReleasesStores"))
                .hasMessageStartingWith("no row named SpoolerReleasesStores");
        assertThatThrownBy(() -> TableEdits.onRows(TableEdits.target(null), "NoWaitDrains", "NoWaitIdel"))
                .hasMessageStartingWith("no row named NoWaitIdel");
    }

    @Test
    void anActionARowDoesNotRunFailsNamingRowAndAction() {
        List<Transition> table = StoreLogoffSpec.transitions(Reading.DEFAULT);
        assertThatThrownBy(() -> TableEdits.onRow("OpenReference", TableEdits.dropAction(Actions.FLUSH_QUEUES)).apply(table))
                .hasMessage("row OpenReference has no action flushQueues");
    }
}
