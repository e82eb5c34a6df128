package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static storelogoff.model.HResult.MAPI_E_INVALID_OBJECT;
import static storelogoff.model.HResult.S_OK;
import static storelogoff.model.LogoffFlag.ORDERLY;
import static storelogoff.model.StoreState.DRAINING;
import static storelogoff.model.StoreState.IDLE;
import static storelogoff.model.StoreState.OPEN;
import static storelogoff.model.StoreState.REFUSED;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A store held by two clients (decision 0011). The default reading lets the reference count
 * govern (IMPL-2): StoreLogoff only saves. {@code rem3-literal} releases the store for the
 * caller at once and returns control to it; the other client keeps its reference.
 */
@DisplayName("REM-1, REM-2, REM-3: StoreLogoff on a store two clients use, under the default reading and rem3-literal")
class SharedStoreTest {

    /** Client 1 holds two references and client 2 one; client 2 has a message in the Outbox. */
    private static StoreDriver sharedStore(Engine engine, Reading reading) {
        StoreDriver d = StoreDriver.start(engine, reading).addref();
        d.client(2).addref();
        return d.client(2).submit();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storelogoff.model.Engine#both")
    @DisplayName("REM-2, IMPL-2 (default): StoreLogoff on a shared store only saves the flag; the count governs")
    void defaultSavesAndWaitsForTheCount(Engine engine) {
        StoreDriver d = sharedStore(engine, Reading.DEFAULT).logoff(ORDERLY);

        assertThat(d.hresult()).as(d.at("REM-2: the call succeeds")).isEqualTo(S_OK);
        assertThat(d.world().refs).as(d.at("IMPL-2: StoreLogoff drops no reference")).containsExactly(2, 1);
        assertThat(d.state()).as(d.at("IMPL-2: the store stays open")).isEqualTo(OPEN);
        assertThat(d.world().transportsCalls).as(d.at("IMPL-2: no transports call while referenced")).isZero();

        d.submit();
        assertThat(d.hresult()).as(d.at("REM-2: the caller can still use the store")).isEqualTo(S_OK);
        d.release().release();
        assertThat(d.world().transportsCalls).as(d.at("IMPL-2: client 2 still holds the store")).isZero();

        d.client(2).release();
        assertThat(d.world().transportsFlag).as(d.at("IMPL-1: client 1's saved flag governs the final release"))
                .isEqualTo(ORDERLY.value);
        assertThat(d.state()).as(d.at("ORDERLY-2: only queued messages, nothing in process")).isEqualTo(IDLE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storelogoff.model.Engine#both")
    @DisplayName("REM-3 (rem3-literal): the store is released for the caller at once and control returns to it")
    void rem3ReleasesForTheCaller(Engine engine) {
        StoreDriver d = sharedStore(engine, Reading.REM3_LITERAL).logoff(ORDERLY);

        assertThat(d.hresult()).as(d.at("REM-3: control is returned to the calling client")).isEqualTo(S_OK);
        assertThat(d.world().refs).as(d.at("REM-3: both of the caller's references are released; client 2 keeps its own"))
                .containsExactly(0, 1);
        assertThat(d.state()).as(d.at("REM-3: the other client still uses the store")).isEqualTo(OPEN);
        assertThat(d.world().transportsCalls).as(d.at("IMPL-2: the count has not reached zero")).isZero();

        World before = d.snapshot();
        d.submit();
        assertThat(d.hresult()).as(d.at("REM-3: the store is released for client 1")).isEqualTo(MAPI_E_INVALID_OBJECT);
        assertThat(d.world()).as(d.at("REM-3: the failed call changes nothing")).isEqualTo(before);

        d.client(2).submit();
        assertThat(d.hresult()).as(d.at("REM-3: client 2 goes on using the store")).isEqualTo(S_OK);
        d.client(2).release();
        assertThat(d.world().transportsFlag).as(d.at("IMPL-1: the saved flag reaches the transports"))
                .isEqualTo(ORDERLY.value);
        assertThat(d.world().transportsCalls).as(d.at("IMPL-2: the last release calls the transports once")).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storelogoff.model.Engine#both")
    @DisplayName("REM-2 (rem3-literal): a sole user holding several references only saves the flag")
    void rem3SoleUserOnlySaves(Engine engine) {
        StoreDriver d = StoreDriver.start(engine, Reading.REM3_LITERAL).addref().logoff(ORDERLY);
        assertThat(d.world().refs).as(d.at("REM-2: nobody else uses the store; no reference is dropped"))
                .containsExactly(2, 0);
        assertThat(d.world().savedFlag).as(d.at("IMPL-1: the flag is saved")).isEqualTo(ORDERLY.value);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("storelogoff.model.Engine#everyInputFlag")
    @DisplayName("REM-1: the saved flag controls what the transports do at logoff")
    void theFlagControlsTheTransports(Engine engine, LogoffFlag flag) {
        // The same busy store (a send in process, a message queued) meets each flag.
        Map<LogoffFlag, StoreState> expected = Map.of(LogoffFlag.QUIET, REFUSED, LogoffFlag.ABORT, REFUSED,
                LogoffFlag.NO_WAIT, DRAINING, LogoffFlag.PURGE, DRAINING, LogoffFlag.ORDERLY, DRAINING);
        StoreDriver d = StoreDriver.start(engine, Reading.DEFAULT).submit().sendStart().submit().logoff(flag).release();
        assertThat(d.state()).as(d.at("REM-1: %s decides the logoff", flag.mapiName())).isEqualTo(expected.get(flag));
    }
}
