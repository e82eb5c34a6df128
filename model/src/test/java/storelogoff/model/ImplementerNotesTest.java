package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static storelogoff.model.LogoffFlag.ABORT;
import static storelogoff.model.LogoffFlag.NO_WAIT;
import static storelogoff.model.LogoffFlag.ORDERLY;
import static storelogoff.model.LogoffFlag.PURGE;
import static storelogoff.model.LogoffFlag.QUIET;
import static storelogoff.model.StoreState.DRAINING;
import static storelogoff.model.StoreState.IDLE;
import static storelogoff.model.StoreState.OPEN;
import static storelogoff.model.StoreState.REFUSED;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The provider's contract: save the flag, act once at the final release (decisions 0001, 0002, 0016). */
@DisplayName("IMPL-1, IMPL-2, IMPL-3, IMPL-4: save the flag, call StoreLogoffTransports once at the final release")
class ImplementerNotesTest {

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("storelogoff.model.Engine#everyReading")
    @DisplayName("IMPL-3, IMPL-1: repeated calls overwrite the saved flag; the last one goes to StoreLogoffTransports")
    void lastFlagWins(Engine engine, Reading reading) {
        StoreDriver d = StoreDriver.start(engine, reading).logoff(QUIET).logoff(ORDERLY).logoff(PURGE);
        assertThat(d.world().savedFlag).as(d.at("IMPL-3: the last call's flag is saved")).isEqualTo(PURGE.value);

        d.release();
        assertThat(d.world().transportsFlag).as(d.at("IMPL-1: StoreLogoffTransports gets the last flag"))
                .isEqualTo(PURGE.value);
        assertThat(d.world().flushQueues).as(d.at("IMPL-3: the store acts on LOGOFF_PURGE, not an earlier flag")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storelogoff.model.Engine#both")
    @DisplayName("IMPL-3: the last flag wins whichever client made the call")
    void lastFlagWinsAcrossClients(Engine engine) {
        StoreDriver d = StoreDriver.start(engine, Reading.DEFAULT);
        d.client(2).addref();
        d.client(2).logoff(NO_WAIT);
        d.logoff(QUIET).submit();
        d.client(2).release();
        d.release();
        assertThat(d.world().transportsFlag).as(d.at("IMPL-3: client 1's LOGOFF_QUIET came last")).isEqualTo(QUIET.value);
        assertThat(d.state()).as(d.at("QUIET-1: the Outbox is not empty")).isEqualTo(REFUSED);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("storelogoff.model.Engine#everyInputFlag")
    @DisplayName("IMPL-1: StoreLogoffTransports gets exactly the saved flag")
    void transportsGetTheSavedFlag(Engine engine, LogoffFlag flag) {
        StoreDriver d = StoreDriver.start(engine, Reading.DEFAULT).logoff(flag).release();
        assertThat(d.world().transportsFlag).as(d.at("IMPL-1: %s was saved", flag.mapiName())).isEqualTo(flag.value);
        assertThat(d.world().transportsCalls).as(d.at("IMPL-2: one call at the final release")).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("storelogoff.model.Engine#everyReading")
    @DisplayName("IMPL-2: StoreLogoffTransports is called only when the count reaches zero, and exactly once")
    void calledOnceWhenTheCountReachesZero(Engine engine, Reading reading) {
        StoreDriver d = StoreDriver.start(engine, reading).submit().sendStart().addref().logoff(NO_WAIT);
        d.client(2).addref();
        assertThat(d.world().transportsCalls).as(d.at("IMPL-2: StoreLogoff itself never calls the transports")).isZero();

        d.release();
        assertThat(d.world().transportsCalls).as(d.at("IMPL-2: two references remain")).isZero();
        d.client(2).release();
        assertThat(d.world().transportsCalls).as(d.at("IMPL-2: one reference remains")).isZero();
        assertThat(d.state()).as(d.at("IMPL-2: the store stays open while referenced")).isEqualTo(OPEN);

        d.release();
        assertThat(d.world().transportsCalls).as(d.at("IMPL-2: the count reached zero")).isEqualTo(1);
        assertThat(d.state()).as(d.at("NOWAIT-2: a send is in process")).isEqualTo(DRAINING);

        d.sendDone().spoolerRelease().addref().release().logoff(QUIET);
        assertThat(d.world().transportsCalls).as(d.at("IMPL-2: never called a second time")).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("storelogoff.model.AbortTest#bothReadings")
    @DisplayName("IMPL-4: without a StoreLogoff call the transports get LOGOFF_ABORT")
    void abortWhenNoStoreLogoff(Engine engine, Reading reading) {
        StoreDriver idle = StoreDriver.start(engine, reading).release();
        assertThat(idle.world().transportsFlag).as(idle.at("IMPL-4: no StoreLogoff, so LOGOFF_ABORT"))
                .isEqualTo(ABORT.value);
        assertThat(idle.state()).as(idle.at("ABORT-4: transports idle")).isEqualTo(IDLE);

        StoreDriver busy = StoreDriver.start(engine, reading).submit().sendStart().release();
        assertThat(busy.world().transportsFlag).as(busy.at("IMPL-4: no StoreLogoff, so LOGOFF_ABORT"))
                .isEqualTo(ABORT.value);
        StoreState expected = reading.abort() == Reading.AbortWhileActive.REFUSE ? REFUSED : IDLE;
        assertThat(busy.state()).as(busy.at("ABORT-1/ABORT-3 under %s: a send is in process", reading))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storelogoff.model.Engine#both")
    @DisplayName("IMPL-4, IMPL-2: reopening a refused store starts a new cycle with nothing saved")
    void reopeningARefusedStoreStartsANewCycle(Engine engine) {
        StoreDriver d = StoreDriver.start(engine, Reading.DEFAULT).submit().logoff(QUIET).release();
        assertThat(d.state()).as(d.at("QUIET-1: refused")).isEqualTo(REFUSED);

        d.client(2).addref();
        World w = d.world();
        assertThat(d.state()).as(d.at("IMPL-4: a client opens the refused store again")).isEqualTo(OPEN);
        assertThat(w.flagSaved).as(d.at("IMPL-4: nothing is saved in the new cycle")).isFalse();
        assertThat(w.transportsCalls).as(d.at("IMPL-2: the new cycle has not called the transports")).isZero();
        assertThat(w.transportsReturned).as(d.at("IMPL-2: the new cycle has no return yet")).isFalse();
        assertThat(w.receptionEnabled).as(d.at("NOWAIT-3: the default Inbox receives again")).isTrue();
        assertThat(w.outbox).as(d.at("QUIET-1: the Outbox survives the refusal")).isEqualTo(1);

        d.sendStart().sendDone();
        d.client(2).release();
        assertThat(d.world().transportsFlag).as(d.at("IMPL-4: no StoreLogoff in this cycle, so LOGOFF_ABORT"))
                .isEqualTo(ABORT.value);
        assertThat(d.world().transportsCalls).as(d.at("IMPL-2: once in this cycle")).isEqualTo(1);
        assertThat(d.state()).as(d.at("ABORT-4: idle now")).isEqualTo(IDLE);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("storelogoff.model.Engine#everyInputFlag")
    @DisplayName("IMPL-1, IMPL-3: after a reopen the new cycle's flag governs")
    void newCycleUsesItsOwnFlag(Engine engine, LogoffFlag flag) {
        StoreDriver d = StoreDriver.start(engine, Reading.DEFAULT).submit().logoff(QUIET).release();
        d.client(2).addref();
        d.client(2).logoff(flag);
        d.client(2).release();
        assertThat(d.world().transportsFlag).as(d.at("IMPL-1: the new cycle saved %s", flag.mapiName()))
                .isEqualTo(flag.value);
        assertThat(d.world().flushQueues).as(d.at("PURGE-1: FlushQueues only for LOGOFF_PURGE"))
                .isEqualTo(flag == PURGE);
    }
}
