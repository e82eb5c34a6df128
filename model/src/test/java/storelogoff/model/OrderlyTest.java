package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static storelogoff.model.LogoffFlag.ORDERLY;
import static storelogoff.model.StoreState.DRAINING;
import static storelogoff.model.StoreState.IDLE;
import static storelogoff.model.StoreState.RELEASED;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ORDERLY finishes only what is in process; the Outbox stays queued. ORDERLY-3 says control
 * returns "to the store provider"; the model reads it as the caller (decision 0004).
 */
@DisplayName("ORDERLY-1, ORDERLY-2, ORDERLY-3: LOGOFF_ORDERLY completes messages in process and starts none")
class OrderlyTest {

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("storelogoff.model.Engine#everyReading")
    @DisplayName("ORDERLY-1, ORDERLY-2, ORDERLY-3: in-process work completes, no new sends or arrivals, control at the call")
    void completesWhatIsInProcess(Engine engine, Reading reading) {
        StoreDriver d = StoreDriver.start(engine, reading).submit().sendStart().submit().receiveStart()
                .logoff(ORDERLY).release();

        assertThat(d.state()).as(d.at("ORDERLY-2: a send and an arrival are in process")).isEqualTo(DRAINING);
        assertThat(d.world().transportsReturned).as(d.at("ORDERLY-1, ORDERLY-3: control returns without waiting"))
                .isTrue();

        World before = d.snapshot();
        d.sendStart();
        assertThat(d.result()).as(d.at("ORDERLY-2: no new message is sent")).isEqualTo("DISABLED");
        d.receiveStart();
        assertThat(d.result()).as(d.at("ORDERLY-2: no new message is received")).isEqualTo("DISABLED");
        assertThat(d.world()).as(d.at("ORDERLY-2: refused transport steps change nothing")).isEqualTo(before);

        d.sendDone();
        assertThat(d.state()).as(d.at("ORDERLY-2: the arrival is still in process")).isEqualTo(DRAINING);
        d.receiveDone();
        assertThat(d.state()).as(d.at("ORDERLY-3: all activity is complete")).isEqualTo(IDLE);
        assertThat(new int[] {d.world().sent, d.world().received})
                .as(d.at("ORDERLY-2: the message being sent and the one arriving complete")).containsExactly(1, 1);
        assertThat(d.world().outbox).as(d.at("ORDERLY-2: the queued message stays in the Outbox")).isEqualTo(1);

        d.spoolerRelease();
        assertThat(d.state()).as(d.at("ORDERLY-3: the spooler releases the store")).isEqualTo(RELEASED);
        TransportChecks.assertNothingLost(d, "ORDERLY-2");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storelogoff.model.Engine#both")
    @DisplayName("ORDERLY-2, ORDERLY-3: messages only queued in the Outbox do not hold back the logoff")
    void queuedOutboxDoesNotHoldBack(Engine engine) {
        StoreDriver d = StoreDriver.start(engine, Reading.DEFAULT).submit().submit().logoff(ORDERLY).release();

        assertThat(d.state()).as(d.at("ORDERLY-3: nothing is in process, so the store is idle at once")).isEqualTo(IDLE);
        assertThat(d.world().transportsReturned).as(d.at("ORDERLY-3: control is returned")).isTrue();
        assertThat(d.world().outbox).as(d.at("ORDERLY-2: the two queued messages stay queued")).isEqualTo(2);
        d.spoolerRelease();
        assertThat(d.state()).as(d.at("ORDERLY-3: the spooler releases the store")).isEqualTo(RELEASED);
    }
}
