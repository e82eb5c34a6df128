package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static storelogoff.model.LogoffFlag.COMPLETE;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What StoreLogoff writes back to {@code *lpulFlags} (decision 0010): the default reading
 * reports the activity (OUT-1..3), {@code output-complete} writes LOGOFF_COMPLETE as
 * Microsoft's sample store does, {@code output-unchanged} leaves the input as Kopano does.
 */
@DisplayName("SIG-2, FLAGS-3, OUT-1, OUT-2, OUT-3: StoreLogoff's output flags under all three output readings")
class OutputFlagsTest {

    static final List<Reading> OUTPUT_READINGS = List.of(Reading.DEFAULT, Reading.OUTPUT_COMPLETE, Reading.OUTPUT_UNCHANGED);

    static Stream<Arguments> activityAndFlag() {
        return Engine.times(Activity.ALL, StoreDriver.INPUT_FLAGS);
    }

    static Stream<Arguments> outputReadings() {
        return Engine.times(OUTPUT_READINGS);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("storelogoff.model.Engine#everyActivity")
    @DisplayName("OUT-1, OUT-2, OUT-3, FLAGS-3 (default): the output names exactly the activity under way")
    void outputReportsActivity(Engine engine, Activity activity) {
        StoreDriver d = activity.startOn(StoreDriver.start(engine, Reading.DEFAULT)).logoff(LogoffFlag.NO_WAIT);

        assertThat(d.last().outWritten).as(d.at("SIG-2: lpulFlags is [in, out]")).isTrue();
        assertThat(LogoffFlag.format(d.last().outFlags)).as(d.at("OUT-1..3: %s must be reported", activity))
                .isEqualTo(LogoffFlag.format(activity.bits));
        assertThat(d.last().outFlags & ~LogoffFlag.ACTIVITY_MASK)
                .as(d.at("FLAGS-3: only INBOUND, OUTBOUND, OUTBOUND_QUEUE are valid on output")).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storelogoff.model.Engine#both")
    @DisplayName("OUT-1, OUT-2, OUT-3 (default): no activity, no output bit; each bit follows its own activity")
    void eachBitFollowsItsActivity(Engine engine) {
        StoreDriver d = StoreDriver.start(engine, Reading.DEFAULT).logoff(LogoffFlag.QUIET);
        assertThat(d.last().outFlags).as(d.at("OUT-1..3: nothing is active")).isZero();

        d.receiveStart().logoff(LogoffFlag.QUIET);
        assertThat(d.last().outFlags).as(d.at("OUT-1: a message is arriving")).isEqualTo(LogoffFlag.INBOUND.value);
        d.receiveDone().submit().logoff(LogoffFlag.QUIET);
        assertThat(d.last().outFlags).as(d.at("OUT-3: a message waits in the Outbox"))
                .isEqualTo(LogoffFlag.OUTBOUND_QUEUE.value);
        d.sendStart().logoff(LogoffFlag.QUIET);
        assertThat(d.last().outFlags).as(d.at("OUT-2: a message is being sent")).isEqualTo(LogoffFlag.OUTBOUND.value);
        d.sendDone().logoff(LogoffFlag.QUIET);
        assertThat(d.last().outFlags).as(d.at("OUT-1..3: everything finished")).isZero();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("storelogoff.model.Engine#everyActivity")
    @DisplayName("SIG-2 (output-complete): the output is LOGOFF_COMPLETE whatever is active")
    void outputComplete(Engine engine, Activity activity) {
        StoreDriver d = activity.startOn(StoreDriver.start(engine, Reading.OUTPUT_COMPLETE)).logoff(LogoffFlag.ORDERLY);
        assertThat(d.last().outWritten).as(d.at("SIG-2: lpulFlags is [in, out]")).isTrue();
        assertThat(d.last().outFlags).as(d.at("SIG-2 (output-complete): LOGOFF_COMPLETE")).isEqualTo(COMPLETE.value);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("activityAndFlag")
    @DisplayName("SIG-2 (output-unchanged): the output is the input flag")
    void outputUnchanged(Engine engine, Activity activity, LogoffFlag flag) {
        StoreDriver d = activity.startOn(StoreDriver.start(engine, Reading.OUTPUT_UNCHANGED)).logoff(flag);
        assertThat(d.last().outWritten).as(d.at("SIG-2: lpulFlags is [in, out]")).isTrue();
        assertThat(d.last().outFlags).as(d.at("SIG-2 (output-unchanged): %s comes back", flag.mapiName())).isEqualTo(flag.value);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("outputReadings")
    @DisplayName("SIG-2: a rejected call writes nothing back under every output reading")
    void rejectedCallWritesNothing(Engine engine, Reading reading) {
        StoreDriver d = StoreDriver.start(engine, reading).submit().logoffFlags(0x3);
        assertThat(d.hresult()).as(d.at("FLAGS-1: two flags")).isEqualTo(HResult.MAPI_E_INVALID_PARAMETER);
        assertThat(d.last().outWritten).as(d.at("SIG-2: nothing written on failure")).isFalse();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("storelogoff.model.Engine#everyActivity")
    @DisplayName("SIG-2: the output readings differ only in *lpulFlags, never in the world")
    void outputReadingChangesOnlyTheOutput(Engine engine, Activity activity) {
        World reference = null;
        for (Reading reading : OUTPUT_READINGS) {
            StoreDriver d = activity.startOn(StoreDriver.start(engine, reading)).logoff(LogoffFlag.PURGE).release();
            if (reference == null) reference = d.snapshot();
            assertThat(d.world()).as(d.at("SIG-2: %s must reach the same world as the default reading", reading))
                    .isEqualTo(reference);
        }
    }
}
