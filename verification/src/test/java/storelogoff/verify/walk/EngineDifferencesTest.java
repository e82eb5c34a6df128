package storelogoff.verify.walk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import storelogoff.model.World;
import storelogoff.model.WorldField;

/** How an engine divergence names the world fields that differ: each one, engine value first. */
class EngineDifferencesTest {

    @Test
    void everyDifferingFieldIsNamedWithBothValues() {
        World direct = World.initial(2, true);
        World engine = direct.copy();
        assertThat(CheckedRun.differences(engine, direct)).isEqualTo("no world field");
        engine.outbox = 3;
        engine.refs[1] = 2;
        String outbox = WorldField.OUTBOX.name(0) + " " + WorldField.OUTBOX.format(3) + "≠" + WorldField.OUTBOX.format(0);
        String refs2 = WorldField.REFS.name(1) + " " + WorldField.REFS.format(2) + "≠" + WorldField.REFS.format(0);
        String diff = CheckedRun.differences(engine, direct);
        assertThat(diff.split(", ")).containsExactlyInAnyOrder(outbox, refs2);
        assertThat(diff).isEqualTo(WorldField.ALL.indexOf(WorldField.REFS) < WorldField.ALL.indexOf(WorldField.OUTBOX)
                ? refs2 + ", " + outbox : outbox + ", " + refs2);
        assertThat(refs2).contains("2≠0");
    }
}
