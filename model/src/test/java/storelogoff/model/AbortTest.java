package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static storelogoff.model.LogoffFlag.ABORT;
import static storelogoff.model.StoreState.IDLE;
import static storelogoff.model.StoreState.REFUSED;
import static storelogoff.model.StoreState.RELEASED;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ABORT-1/2 (stop activity, then return) and ABORT-3 (refuse while active) contradict each
 * other (decision 0003): the default reading takes ABORT-3, {@code abort-stops} takes ABORT-1/2.
 */
@DisplayName("ABORT-1, ABORT-2, ABORT-3, ABORT-4: LOGOFF_ABORT under the default reading and abort-stops")
class AbortTest {

    static final List<Reading> BOTH_ABORT_READINGS = List.of(Reading.DEFAULT, Reading.ABORT_STOPS);

    static Stream<Arguments> bothReadings() {
        return Engine.times(BOTH_ABORT_READINGS);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("bothReadings")
    @DisplayName("ABORT-4, ABORT-2: with the transports idle the spooler releases the store; control is returned")
    void abortWhenIdleReleases(Engine engine, Reading reading) {
        StoreDriver d = StoreDriver.start(engine, reading).logoff(ABORT).release();

        assertThat(d.state()).as(d.at("ABORT-4: transports idle, so the store goes to the spooler")).isEqualTo(IDLE);
        assertThat(d.world().transportsFlag).as(d.at("IMPL-1: StoreLogoffTransports gets LOGOFF_ABORT"))
                .isEqualTo(ABORT.value);
        assertThat(d.world().transportsReturned).as(d.at("ABORT-2: control is returned to the caller")).isTrue();

        d.spoolerRelease();
        assertThat(d.state()).as(d.at("ABORT-4: the spooler releases the store")).isEqualTo(RELEASED);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("storelogoff.model.Engine#everyActivity")
    @DisplayName("ABORT-3 (default): while transports are active the logoff does not occur and they are untouched")
    void abortWhileActiveIsRefused(Engine engine, Activity activity) {
        StoreDriver d = activity.startOn(StoreDriver.start(engine, Reading.DEFAULT)).logoff(ABORT);
        World before = d.snapshot();
        d.release();

        assertThat(d.state()).as(d.at("ABORT-3: %s is taking place, so the logoff does not occur", activity))
                .isEqualTo(REFUSED);
        TransportChecks.assertActivityUntouched(before, d, "ABORT-3");
        assertThat(d.world().returned).as(d.at("ABORT-3: no arrival is turned back")).isZero();
        assertThat(d.world().transportsReturned).as(d.at("ABORT-2: control comes back to the caller")).isTrue();

        d.spoolerRelease();
        assertThat(d.result()).as(d.at("ABORT-3: no change in the spooler's behaviour: it does not release"))
                .isEqualTo("DISABLED");
        TransportChecks.assertTransportsCarryOn(d, "ABORT-3");
        TransportChecks.assertNothingLost(d, "ABORT-3");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("storelogoff.model.Engine#everyActivity")
    @DisplayName("ABORT-1, ABORT-2 (abort-stops): activity is stopped, nothing is lost, then control is returned")
    void abortStopsActivity(Engine engine, Activity activity) {
        StoreDriver d = activity.startOn(StoreDriver.start(engine, Reading.ABORT_STOPS)).logoff(ABORT);
        World before = d.snapshot();
        d.release();
        World w = d.world();

        assertThat(new int[] {w.sending, w.arriving}).as(d.at("ABORT-1: no send and no arrival is left in process"))
                .containsExactly(0, 0);
        assertThat(w.outbox).as(d.at("ABORT-1: stopped sends go back to the Outbox (it held %d, %d were sending)",
                before.outbox, before.sending)).isEqualTo(before.outbox + before.sending);
        assertThat(w.returned).as(d.at("ABORT-1: stopped arrivals go back to their transport (%d were arriving)",
                before.arriving)).isEqualTo(before.arriving);
        assertThat(w.sent).as(d.at("ABORT-1: stopping sends nothing")).isEqualTo(before.sent);
        TransportChecks.assertNothingLost(d, "ABORT-1");
        assertThat(w.receptionEnabled).as(d.at("ABORT-1: no new reception after the stop")).isFalse();
        assertThat(d.state()).as(d.at("ABORT-1: once activity is stopped the store is idle")).isEqualTo(IDLE);
        assertThat(w.transportsReturned).as(d.at("ABORT-2: control is returned after activity is stopped")).isTrue();

        World stopped = d.snapshot();
        d.sendStart();
        assertThat(d.result()).as(d.at("ABORT-1: no transport starts a send after the stop")).isEqualTo("DISABLED");
        d.receiveStart();
        assertThat(d.result()).as(d.at("ABORT-1: no message starts arriving after the stop")).isEqualTo("DISABLED");
        assertThat(d.world()).as(d.at("ABORT-1: refused transport steps change nothing")).isEqualTo(stopped);

        d.spoolerRelease();
        assertThat(d.state()).as(d.at("ABORT-4: the spooler releases the stopped store")).isEqualTo(RELEASED);
        TransportChecks.assertNothingLost(d, "ABORT-1");
    }
}
