package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the engines offer beyond running steps: the model and reading they run, the count of
 * enabled rows the explorer's determinism check uses, and what happens when a guard of a
 * (wrong) table throws: the error reaches the caller and the step changes nothing.
 */
@DisplayName("IMPL-2, OUT-2: the engines report their model and reading, count enabled rows, and surface a failing guard")
class MachineTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("storelogoff.model.Engine#both")
    @DisplayName("a machine runs the model it was given, under that model's reading")
    void modelAndReading(Engine engine) {
        Model model = new Model(Reading.ABORT_STOPS);
        assertThat(model.reading()).isSameAs(Reading.ABORT_STOPS);
        StoreMachine m = engine.start(model, World.initial(1, true));
        assertThat(m.model()).isSameAs(model);
        assertThat(m.world()).isEqualTo(World.initial(1, true));
    }

    @Test
    @DisplayName("IMPL-2, OUT-2: enabledCount is 1 where one row fires, 0 where none does, and 2 when two rows overlap")
    void enabledCount() {
        Model model = new Model(Reading.DEFAULT);
        World initial = World.initial(2, true);
        assertThat(model.enabledCount(initial, Step.call(Event.RELEASE, 1))).as("the last release").isEqualTo(1);
        assertThat(model.enabledCount(initial, Step.call(Event.RELEASE, 2))).as("a release by a client holding nothing").isZero();
        assertThat(model.enabledCount(initial, Step.of(Event.SEND_START))).as("send-start with an empty Outbox").isZero();

        List<Transition> rows = new ArrayList<>(model.transitions());
        Transition startSend = Rows.named("StartSend");
        rows.add(new Transition("StartSendAgain", startSend.source(), startSend.event(), startSend.guard(),
                startSend.actions(), startSend.target(), startSend.clauses()));
        Model overlapping = new Model(Reading.DEFAULT, rows);
        World busy = World.initial(2, true);
        busy.outbox = 1;
        assertThat(overlapping.enabledCount(busy, Step.of(Event.SEND_START))).as("two rows for send-start").isEqualTo(2);
        assertThat(overlapping.enabledCount(initial, Step.of(Event.SEND_START))).as("neither, with an empty Outbox").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storelogoff.model.Engine#both")
    @DisplayName("OUT-2: a guard that throws reaches the caller, and the step changes nothing")
    void failingGuard(Engine engine) {
        Guard explodes = new Guard("explodes", (w, s) -> {
            throw new IllegalStateException("guard failed");
        });
        List<Transition> rows = new Model(Reading.DEFAULT).transitions().stream()
                .map(t -> t.name().equals("StartSend") ? t.withGuard(explodes) : t).toList();
        World before = World.initial(1, true);
        before.submitted = 1;
        before.outbox = 1;
        StoreMachine m = engine.start(new Model(Reading.DEFAULT, rows), before);

        assertThatThrownBy(() -> m.apply(Step.of(Event.SEND_START), new Observation()))
                .isInstanceOf(IllegalStateException.class).hasMessage("guard failed");
        assertThat(m.world()).as("%s: the world after the failed send-start", engine).isEqualTo(before);
    }
}
