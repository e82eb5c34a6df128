package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static storelogoff.model.LogoffFlag.PURGE;
import static storelogoff.model.StoreState.DRAINING;
import static storelogoff.model.StoreState.IDLE;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** PURGE is NO_WAIT plus FlushQueues, and it returns only when the work is done (decisions 0005, 0015). */
@DisplayName("PURGE-1, PURGE-2: LOGOFF_PURGE works like NO_WAIT, flushes the queues and returns after completion")
class PurgeTest {

    static Stream<Arguments> otherFlags() {
        return Engine.times(List.of(LogoffFlag.NO_WAIT, LogoffFlag.ORDERLY, LogoffFlag.QUIET, LogoffFlag.ABORT));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("storelogoff.model.Engine#everyReading")
    @DisplayName("PURGE-1, PURGE-2: FlushQueues is called, the Outbox is sent, and control returns only at the end")
    void flushesDrainsAndReturnsAfterCompletion(Engine engine, Reading reading) {
        StoreDriver d = StoreDriver.start(engine, reading).submit().sendStart().submit().receiveStart()
                .logoff(PURGE).release();

        assertThat(d.world().flushQueues).as(d.at("PURGE-1: FlushQueues is called for the transports")).isTrue();
        assertThat(d.state()).as(d.at("PURGE-1: like NO_WAIT, the transports drain")).isEqualTo(DRAINING);
        assertThat(d.world().receptionEnabled).as(d.at("PURGE-1 (NOWAIT-3): no new reception")).isFalse();

        for (Runnable step : List.<Runnable>of(d::sendDone, d::sendStart, d::receiveDone)) {
            step.run();
            assertThat(d.result()).as(d.at("PURGE-1 (NOWAIT-2, NOWAIT-3): the drain goes on")).isEqualTo("OK");
            assertThat(d.world().transportsReturned).as(d.at("PURGE-2: no return while work remains")).isFalse();
        }
        d.sendDone();
        assertThat(d.state()).as(d.at("PURGE-2: the work is complete")).isEqualTo(IDLE);
        assertThat(d.world().transportsReturned).as(d.at("PURGE-2: control returns after completion")).isTrue();
        assertThat(d.world().sent).as(d.at("PURGE-1 (NOWAIT-2): every ready message was sent")).isEqualTo(2);
        TransportChecks.assertNothingLost(d, "PURGE-1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storelogoff.model.Engine#both")
    @DisplayName("PURGE-1, PURGE-2: with nothing to do the queues are flushed and control returns at once")
    void idlePurgeReturnsAtOnce(Engine engine) {
        StoreDriver d = StoreDriver.start(engine, Reading.DEFAULT).logoff(PURGE).release();

        assertThat(d.world().flushQueues).as(d.at("PURGE-1: FlushQueues is called")).isTrue();
        assertThat(d.state()).as(d.at("PURGE-2: nothing to wait for")).isEqualTo(IDLE);
        assertThat(d.world().transportsReturned).as(d.at("PURGE-2: control returns at once")).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("otherFlags")
    @DisplayName("PURGE-1: only LOGOFF_PURGE calls FlushQueues")
    void otherFlagsDoNotFlush(Engine engine, LogoffFlag flag) {
        StoreDriver d = StoreDriver.start(engine, Reading.DEFAULT).submit().sendStart().logoff(flag).release();
        assertThat(d.world().flushQueues).as(d.at("PURGE-1: %s must not call FlushQueues", flag.mapiName())).isFalse();
    }
}
