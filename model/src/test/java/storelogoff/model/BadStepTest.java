package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to the model itself: a client call by a client the world does not have (client 0,
 * or client 3 of two). It is a mistake in the caller of the model, not a MAPI call, so it must
 * fail loudly, name the client, and change nothing; on Spring it must not leave the machine
 * in a state the world does not show.
 */
@DisplayName("IMPL-2: a call by a client the world does not have is refused with a clear error and changes nothing")
class BadStepTest {

    static Stream<Arguments> everyState() {
        return Engine.times(StatePaths.ALL);
    }

    /** Every client call, made by clients 0 and 3 of a two-client world. */
    static List<Step> callsByUnknownClients() {
        List<Step> steps = new ArrayList<>();
        for (int client : new int[] {0, 3}) {
            for (Event e : Event.values()) {
                if (e.isClientCall() && e != Event.LOGOFF) steps.add(Step.call(e, client));
            }
            steps.add(Step.logoff(client, LogoffFlag.NO_WAIT.value));
            steps.add(Step.logoff(client, 0x3));
            steps.add(Step.logoffNull(client));
        }
        return steps;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyState")
    @DisplayName("IMPL-2: client 0 or client 3 of two: IllegalArgumentException naming the client; the world is unchanged")
    void unknownClientIsRefused(Engine engine, StoreState state) {
        StoreDriver d = StatePaths.reach(StoreDriver.start(engine, Reading.DEFAULT), state);
        World before = d.snapshot();
        for (Step step : callsByUnknownClients()) {
            assertThatThrownBy(() -> d.run(step)).as(d.at("'%s' in %s must be refused", step, state))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("client " + step.client());
            assertThat(d.world()).as(d.at("'%s' in %s must change nothing", step, state)).isEqualTo(before);
        }
        // The machine still works: the next good step runs normally.
        d.receiveStart();
        assertThat(d.state()).as(d.at("IMPL-2: after refused steps the store is still %s", state)).isEqualTo(state);
    }
}
