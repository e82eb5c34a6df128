package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static storelogoff.model.LogoffFlag.COMPLETE;
import static storelogoff.model.LogoffFlag.QUIET;
import static storelogoff.model.StoreState.IDLE;
import static storelogoff.model.StoreState.REFUSED;
import static storelogoff.model.StoreState.RELEASED;

import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("QUIET-1: LOGOFF_QUIET logs off only while no transport activity is taking place")
class QuietTest {

    static Stream<Arguments> activityUnderEveryReading() {
        return Engine.times(Activity.ALL, Reading.ALL);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("storelogoff.model.Engine#everyReading")
    @DisplayName("QUIET-1, IMPL-2: with the transports idle the logoff occurs and the spooler releases the store")
    void quietWhenIdleLogsOff(Engine engine, Reading reading) {
        StoreDriver d = StoreDriver.start(engine, reading).logoff(QUIET).release();

        assertThat(d.hresult()).as(d.at("IMPL-2: the final release succeeds")).isEqualTo(HResult.S_OK);
        assertThat(d.state()).as(d.at("QUIET-1: nothing is active, so the logoff occurs")).isEqualTo(IDLE);
        assertThat(d.world().transportsFlag).as(d.at("IMPL-1: StoreLogoffTransports gets LOGOFF_QUIET"))
                .isEqualTo(QUIET.value);
        assertThat(d.world().transportsOut).as(d.at("QUIET-1: StoreLogoffTransports finds nothing active"))
                .isEqualTo(COMPLETE.value);

        d.spoolerRelease();
        assertThat(d.state()).as(d.at("QUIET-1: the spooler releases the idle store")).isEqualTo(RELEASED);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("activityUnderEveryReading")
    @DisplayName("QUIET-1: while transports are active the logoff does not occur and they carry on untouched")
    void quietWhileActiveIsRefused(Engine engine, Activity activity, Reading reading) {
        StoreDriver d = activity.startOn(StoreDriver.start(engine, reading)).logoff(QUIET);
        World before = d.snapshot();
        d.release();

        assertThat(d.hresult()).as(d.at("IMPL-2: the final release itself succeeds")).isEqualTo(HResult.S_OK);
        assertThat(d.state()).as(d.at("QUIET-1: %s is taking place, so the logoff must not occur", activity))
                .isEqualTo(REFUSED);
        assertThat(d.world().transportsOut).as(d.at("QUIET-1: StoreLogoffTransports reports the activity it met"))
                .isEqualTo(activity.bits);
        TransportChecks.assertActivityUntouched(before, d, "QUIET-1");

        d.spoolerRelease();
        assertThat(d.result()).as(d.at("QUIET-1: the spooler must not release a store whose logoff did not occur"))
                .isEqualTo("DISABLED");
        TransportChecks.assertTransportsCarryOn(d, "QUIET-1");
        TransportChecks.assertNothingLost(d, "QUIET-1");
    }
}
