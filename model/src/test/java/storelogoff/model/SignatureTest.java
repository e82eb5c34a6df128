package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static storelogoff.model.HResult.S_OK;
import static storelogoff.model.LogoffFlag.ORDERLY;
import static storelogoff.model.StoreState.OPEN;
import static storelogoff.model.StoreState.RELEASED;

import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("SIG-1, SIG-2, RET-1: StoreLogoff enables an orderly logoff and returns S_OK")
class SignatureTest {

    static Stream<Arguments> flagUnderEveryReading() {
        return Engine.times(StoreDriver.INPUT_FLAGS, Reading.ALL);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("storelogoff.model.Engine#everyReading")
    @DisplayName("SIG-1, RET-1: an orderly logoff from first call to the spooler's release, every call S_OK")
    void orderlyLogoffEndToEnd(Engine engine, Reading reading) {
        StoreDriver d = StoreDriver.start(engine, reading).submit().sendStart().logoff(ORDERLY);
        assertThat(d.hresult()).as(d.at("RET-1: StoreLogoff succeeds")).isEqualTo(S_OK);
        d.release();
        assertThat(d.hresult()).as(d.at("RET-1: the final release succeeds")).isEqualTo(S_OK);
        d.sendDone().spoolerRelease();

        assertThat(d.state()).as(d.at("SIG-1: the logoff completed")).isEqualTo(RELEASED);
        assertThat(d.world().sent).as(d.at("SIG-1: the message in process was sent, not lost")).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("flagUnderEveryReading")
    @DisplayName("RET-1, SIG-2: every valid StoreLogoff returns S_OK, writes lpulFlags back, and keeps the store open")
    void validCallReturnsSOk(Engine engine, LogoffFlag flag, Reading reading) {
        StoreDriver d = StoreDriver.start(engine, reading).submit().logoff(flag);

        assertThat(d.hresult()).as(d.at("RET-1: %s is accepted", flag.mapiName())).isEqualTo(S_OK);
        assertThat(d.last().outWritten).as(d.at("SIG-2: lpulFlags is [in, out]")).isTrue();
        assertThat(d.state()).as(d.at("IMPL-2: StoreLogoff alone does not end the store")).isEqualTo(OPEN);
        assertThat(d.world().refs[0]).as(d.at("IMPL-2: the caller still holds its reference")).isEqualTo(1);
    }

    @Test
    @DisplayName("RET-1: S_OK is zero and the only success code; every other HRESULT is a failure")
    void onlySOkSucceeds() {
        assertThat(S_OK.value).as("RET-1: S_OK").isZero();
        for (HResult hr : HResult.values()) {
            assertThat(hr.failed()).as("RET-1: %s (%s) is %s", hr, hr.hex(), hr == S_OK ? "success" : "a failure")
                    .isEqualTo(hr != S_OK);
        }
    }
}
