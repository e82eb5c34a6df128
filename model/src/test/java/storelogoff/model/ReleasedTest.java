package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static storelogoff.model.HResult.MAPI_E_INVALID_OBJECT;
import static storelogoff.model.StoreState.RELEASED;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * After the spooler released the store nothing is left to call (decision 0013): every client
 * call fails with MAPI_E_INVALID_OBJECT and no transport or spooler step is enabled.
 */
@DisplayName("ABORT-4, NOWAIT-4, ORDERLY-3: once the spooler released the store, every call fails and nothing moves")
class ReleasedTest {

    /** Every way into RELEASED, each with the reading it needs. */
    enum PathToReleased {
        QUIET_IDLE(Reading.DEFAULT, d -> d.logoff(LogoffFlag.QUIET).release()),
        ABORT_IDLE(Reading.DEFAULT, d -> d.logoff(LogoffFlag.ABORT).release()),
        NO_STORELOGOFF(Reading.DEFAULT, StoreDriver::release),
        NO_WAIT_DRAINED(Reading.DEFAULT, d -> d.submit().receiveStart().logoff(LogoffFlag.NO_WAIT).release()
                .sendStart().sendDone().receiveDone()),
        ORDERLY_DRAINED(Reading.DEFAULT, d -> d.submit().sendStart().submit().logoff(LogoffFlag.ORDERLY).release()
                .sendDone()),
        PURGE_DRAINED(Reading.DEFAULT, d -> d.submit().logoff(LogoffFlag.PURGE).release().sendStart().sendDone()),
        ABORT_STOPPED(Reading.ABORT_STOPS, d -> d.submit().sendStart().receiveStart().logoff(LogoffFlag.ABORT).release()),
        REM3_THEN_LAST_RELEASE(Reading.REM3_LITERAL, d -> {
            d.client(2).addref();
            return d.logoff(LogoffFlag.NO_WAIT).client(2).release();
        });

        final Reading reading;
        private final UnaryOperator<StoreDriver> toIdle;

        PathToReleased(Reading reading, UnaryOperator<StoreDriver> toIdle) {
            this.reading = reading;
            this.toIdle = toIdle;
        }

        StoreDriver walk(Engine engine) {
            StoreDriver d = toIdle.apply(StoreDriver.start(engine, reading)).spoolerRelease();
            assertThat(d.state()).as(d.at("path %s must end RELEASED", this)).isEqualTo(RELEASED);
            return d;
        }
    }

    static Stream<Arguments> paths() {
        return Engine.times(List.of(PathToReleased.values()));
    }

    /** Every client call a client could make, for clients 1 and 2. */
    static List<Step> everyClientCall() {
        List<Step> calls = new ArrayList<>();
        for (int client = 1; client <= 2; client++) {
            for (Event e : Event.values()) {
                if (e.isClientCall() && e != Event.LOGOFF) calls.add(Step.call(e, client));
            }
            for (LogoffFlag f : LogoffFlag.values()) calls.add(Step.logoff(client, f.value));
            calls.add(Step.logoff(client, 0));
            calls.add(Step.logoff(client, 0xFFFFFFFF));
            calls.add(Step.logoffNull(client));
        }
        return calls;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("paths")
    @DisplayName("every client call in RELEASED fails with MAPI_E_INVALID_OBJECT and changes nothing")
    void everyClientCallFails(Engine engine, PathToReleased path) {
        StoreDriver d = path.walk(engine);
        World before = d.snapshot();
        for (Step call : everyClientCall()) {
            d.run(call);
            assertThat(d.hresult()).as(d.at("ABORT-4, NOWAIT-4, ORDERLY-3: the store is gone, so '%s' must fail", call)).isEqualTo(MAPI_E_INVALID_OBJECT);
            assertThat(d.last().outWritten).as(d.at("SIG-2: the failed '%s' writes nothing back", call)).isFalse();
            assertThat(d.world()).as(d.at("ABORT-4, NOWAIT-4, ORDERLY-3: the failed '%s' changes nothing", call)).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("paths")
    @DisplayName("no transport or spooler step is enabled in RELEASED")
    void environmentIsDisabled(Engine engine, PathToReleased path) {
        StoreDriver d = path.walk(engine);
        World before = d.snapshot();
        for (Event e : Event.values()) {
            if (e.isClientCall()) continue;
            d.run(Step.of(e));
            assertThat(d.result()).as(d.at("ABORT-4, NOWAIT-4, ORDERLY-3: the store is gone, so %s must be disabled", e.keyword)).isEqualTo("DISABLED");
            assertThat(d.world()).as(d.at("ABORT-4, NOWAIT-4, ORDERLY-3: the disabled %s changes nothing", e.keyword)).isEqualTo(before);
        }
    }
}
