package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static storelogoff.model.LogoffFlag.NO_WAIT;
import static storelogoff.model.StoreState.DRAINING;
import static storelogoff.model.StoreState.IDLE;
import static storelogoff.model.StoreState.OPEN;
import static storelogoff.model.StoreState.RELEASED;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NO_WAIT returns control at the call (decision 0005: waiting belongs to StoreLogoffTransports,
 * and NOWAIT-4 says control returns "immediately"); the transports then drain.
 */
@DisplayName("NOWAIT-1, NOWAIT-2, NOWAIT-3, NOWAIT-4: LOGOFF_NO_WAIT sends the Outbox, finishes arrivals, then releases")
class NoWaitTest {

    /** Two messages submitted, one of them being sent, one message arriving; then NO_WAIT and the final release. */
    private static StoreDriver busyStoreLoggedOff(Engine engine, Reading reading) {
        return StoreDriver.start(engine, reading).submit().sendStart().submit().receiveStart()
                .logoff(NO_WAIT).release();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("storelogoff.model.Engine#everyReading")
    @DisplayName("NOWAIT-1, NOWAIT-4: the store does not wait for the transports: control returns at the call")
    void returnsControlAtTheCall(Engine engine, Reading reading) {
        StoreDriver d = busyStoreLoggedOff(engine, reading);

        assertThat(d.hresult()).as(d.at("NOWAIT-1: the final release succeeds at once")).isEqualTo(HResult.S_OK);
        assertThat(d.state()).as(d.at("NOWAIT-2: work remains, so the transports drain")).isEqualTo(DRAINING);
        assertThat(d.world().transportsReturned).as(d.at("NOWAIT-4: control is returned without waiting")).isTrue();
        assertThat(d.world().totalRefs()).as(d.at("NOWAIT-1: the caller's reference is gone")).isZero();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("storelogoff.model.Engine#everyReading")
    @DisplayName("NOWAIT-2, NOWAIT-4: ready outbound messages are sent; then the spooler releases the store")
    void drainsTheOutbox(Engine engine, Reading reading) {
        StoreDriver d = busyStoreLoggedOff(engine, reading).receiveDone();

        d.spoolerRelease();
        assertThat(d.result()).as(d.at("NOWAIT-4: no release before all activity is complete")).isEqualTo("DISABLED");
        d.sendDone();
        assertThat(d.state()).as(d.at("NOWAIT-2: a message is still in the Outbox")).isEqualTo(DRAINING);
        d.sendStart();
        assertThat(d.result()).as(d.at("NOWAIT-2: the Outbox message is taken for sending")).isEqualTo("OK");
        d.sendDone();
        assertThat(d.state()).as(d.at("NOWAIT-4: all activity is complete")).isEqualTo(IDLE);
        assertThat(d.world().sent).as(d.at("NOWAIT-2: every ready message was sent")).isEqualTo(2);
        assertThat(d.world().outbox).as(d.at("NOWAIT-2: the Outbox is empty")).isZero();

        d.spoolerRelease();
        assertThat(d.state()).as(d.at("NOWAIT-4: the spooler releases the store")).isEqualTo(RELEASED);
        TransportChecks.assertNothingLost(d, "NOWAIT-2");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("storelogoff.model.Engine#everyReading")
    @DisplayName("NOWAIT-3: the in-process arrival is received, then no new reception")
    void finishesArrivalsAndStopsReception(Engine engine, Reading reading) {
        StoreDriver d = busyStoreLoggedOff(engine, reading);
        assertThat(d.world().receptionEnabled).as(d.at("NOWAIT-3: further reception is disabled")).isFalse();

        World before = d.snapshot();
        d.receiveStart();
        assertThat(d.result()).as(d.at("NOWAIT-3: no new message starts arriving")).isEqualTo("DISABLED");
        assertThat(d.world()).as(d.at("NOWAIT-3: the refused arrival changes nothing")).isEqualTo(before);

        d.sendDone().sendStart().sendDone();
        assertThat(d.state()).as(d.at("NOWAIT-3: the arrival in process still holds the logoff")).isEqualTo(DRAINING);
        d.receiveDone();
        assertThat(d.world().received).as(d.at("NOWAIT-3: the in-process message is received")).isEqualTo(1);
        assertThat(d.state()).as(d.at("NOWAIT-4: the last arrival completes all activity")).isEqualTo(IDLE);
        TransportChecks.assertNothingLost(d, "NOWAIT-3");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storelogoff.model.Engine#both")
    @DisplayName("NOWAIT-3: a store without the default Inbox receives nothing")
    void noDefaultInboxNoReception(Engine engine) {
        StoreDriver d = StoreDriver.start(engine, Reading.DEFAULT, World.initial(2, false)).receiveStart();
        assertThat(d.result()).as(d.at("NOWAIT-3: no default Inbox, so nothing arrives")).isEqualTo("DISABLED");

        d.submit().logoff(NO_WAIT).release().sendStart().sendDone();
        assertThat(d.state()).as(d.at("NOWAIT-2, NOWAIT-4: the Outbox alone is drained")).isEqualTo(IDLE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storelogoff.model.Engine#both")
    @DisplayName("NOWAIT-4: with nothing to do the store is idle at once")
    void nothingToDoIsIdleAtOnce(Engine engine) {
        StoreDriver d = StoreDriver.start(engine, Reading.DEFAULT).logoff(NO_WAIT);
        assertThat(d.state()).as(d.at("IMPL-2: StoreLogoff alone does not log off")).isEqualTo(OPEN);
        d.release();
        assertThat(d.state()).as(d.at("NOWAIT-4: no activity, so the store is idle")).isEqualTo(IDLE);
        assertThat(d.world().transportsReturned).as(d.at("NOWAIT-4: control is returned")).isTrue();
        assertThat(d.world().receptionEnabled).as(d.at("NOWAIT-3: reception is disabled")).isFalse();
    }
}
