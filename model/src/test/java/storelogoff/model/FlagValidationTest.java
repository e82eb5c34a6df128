package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static storelogoff.model.HResult.MAPI_E_INVALID_OBJECT;
import static storelogoff.model.HResult.MAPI_E_INVALID_PARAMETER;
import static storelogoff.model.HResult.MAPI_E_UNKNOWN_FLAGS;
import static storelogoff.model.HResult.S_OK;
import static storelogoff.model.StoreState.DRAINING;
import static storelogoff.model.StoreState.OPEN;
import static storelogoff.model.StoreState.REFUSED;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad {@code lpulFlags}. The page documents no error (decisions 0006–0009): the default reading
 * is strict (unknown bits first, then multiplicity), {@code lenient-flags} saves the flags
 * verbatim as Microsoft's sample store does. A NULL pointer is rejected under both.
 */
@DisplayName("FLAGS-1, FLAGS-2, FLAGS-3: bad input to StoreLogoff is rejected (strict) or saved verbatim (lenient)")
class FlagValidationTest {

    /** Every kind of bad input, with what the strict reading answers and the flag a lenient store then acts on. */
    enum BadInput {
        NULL_POINTER(true, 0, MAPI_E_INVALID_PARAMETER, null),
        ZERO(false, 0, MAPI_E_INVALID_PARAMETER, LogoffFlag.ABORT),
        TWO_FLAGS(false, LogoffFlag.NO_WAIT.value | LogoffFlag.ORDERLY.value, MAPI_E_INVALID_PARAMETER, LogoffFlag.ABORT),
        ALL_FIVE_FLAGS(false, LogoffFlag.INPUT_MASK, MAPI_E_INVALID_PARAMETER, LogoffFlag.ABORT),
        UNKNOWN_BIT(false, 0x20, MAPI_E_UNKNOWN_FLAGS, LogoffFlag.ABORT),
        FLAG_WITH_UNKNOWN_BIT(false, LogoffFlag.NO_WAIT.value | 0x20, MAPI_E_UNKNOWN_FLAGS, LogoffFlag.NO_WAIT),
        OUTPUT_BIT(false, LogoffFlag.INBOUND.value, MAPI_E_UNKNOWN_FLAGS, LogoffFlag.ABORT),
        ALL_OUTPUT_BITS(false, LogoffFlag.ACTIVITY_MASK, MAPI_E_UNKNOWN_FLAGS, LogoffFlag.ABORT),
        COMPLETE_AS_INPUT(false, LogoffFlag.COMPLETE.value, MAPI_E_UNKNOWN_FLAGS, LogoffFlag.ABORT),
        ALL_ONES(false, 0xFFFFFFFF, MAPI_E_UNKNOWN_FLAGS, LogoffFlag.ABORT);

        final boolean nullPointer;
        final int flags;
        final HResult strict;
        /** What StoreLogoffTransports acts on once a lenient store saved these flags (IMPL-4). */
        final LogoffFlag lenientActsOn;

        BadInput(boolean nullPointer, int flags, HResult strict, LogoffFlag lenientActsOn) {
            this.nullPointer = nullPointer;
            this.flags = flags;
            this.strict = strict;
            this.lenientActsOn = lenientActsOn;
        }

        StoreDriver callAs(StoreDriver d, int client) {
            return nullPointer ? d.client(client).logoffNull() : d.client(client).logoffFlags(flags);
        }

        @Override
        public String toString() {
            return nullPointer ? "NULL" : String.format("0x%X", flags);
        }
    }

    static final List<BadInput> NON_NULL = Arrays.stream(BadInput.values()).filter(b -> !b.nullPointer).toList();
    static final List<StoreState> AFTER_FINAL_RELEASE =
            Arrays.stream(StoreState.values()).filter(s -> s != OPEN).toList();

    static Stream<Arguments> badInput() {
        return Engine.times(List.of(BadInput.values()));
    }

    static Stream<Arguments> nonNullBadInput() {
        return Engine.times(NON_NULL);
    }

    static Stream<Arguments> afterFinalRelease() {
        return Engine.times(List.of(Reading.DEFAULT, Reading.LENIENT_FLAGS), AFTER_FINAL_RELEASE);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badInput")
    @DisplayName("FLAGS-1, FLAGS-2, FLAGS-3 (strict): the right HRESULT, nothing written back, the world unchanged")
    void strictRejectsAndChangesNothing(Engine engine, BadInput bad) {
        // A busy shared store with LOGOFF_QUIET already saved: the bad call must not disturb any of it.
        StoreDriver d = StatePaths.reach(StoreDriver.start(engine, Reading.DEFAULT), OPEN);
        World before = d.snapshot();
        bad.callAs(d, 1);

        assertThat(d.hresult()).as(d.at("FLAGS-1, FLAGS-2: %s must be rejected", bad)).isEqualTo(bad.strict);
        assertThat(d.last().outWritten).as(d.at("SIG-2: a rejected call writes nothing back")).isFalse();
        assertThat(d.world()).as(d.at("FLAGS-1: rejected input changes nothing")).isEqualTo(before);

        d.client(2).release().release();
        assertThat(d.world().transportsFlag).as(d.at("IMPL-3: the earlier LOGOFF_QUIET is still the saved flag"))
                .isEqualTo(LogoffFlag.QUIET.value);
        assertThat(d.state()).as(d.at("QUIET-1: the saved LOGOFF_QUIET refuses while busy")).isEqualTo(REFUSED);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("nonNullBadInput")
    @DisplayName("FLAGS-1, IMPL-1, IMPL-4 (lenient-flags): the flags are saved verbatim and passed on as they are")
    void lenientSavesVerbatim(Engine engine, BadInput bad) {
        StoreDriver d = StoreDriver.start(engine, Reading.LENIENT_FLAGS).submit();
        bad.callAs(d, 1);

        assertThat(d.hresult()).as(d.at("FLAGS-1 (lenient-flags): %s is accepted", bad)).isEqualTo(S_OK);
        assertThat(d.world().savedFlag).as(d.at("IMPL-1: the flags are saved verbatim")).isEqualTo(bad.flags);

        d.release();
        assertThat(d.world().transportsFlag).as(d.at("IMPL-1: StoreLogoffTransports gets the saved flags verbatim"))
                .isEqualTo(bad.flags);
        // With a message in the Outbox, ABORT (default) refuses while NO_WAIT drains: the two are told apart.
        StoreState expected = bad.lenientActsOn == LogoffFlag.NO_WAIT ? DRAINING : REFUSED;
        assertThat(d.state()).as(d.at("IMPL-4: %s acts as %s", bad, bad.lenientActsOn.mapiName())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("storelogoff.model.Engine#everyReading")
    @DisplayName("SIG-2: a NULL lpulFlags is rejected under every reading and changes nothing")
    void nullPointerRejectedUnderEveryReading(Engine engine, Reading reading) {
        StoreDriver d = StoreDriver.start(engine, reading).submit().logoff(LogoffFlag.PURGE);
        World before = d.snapshot();
        d.logoffNull();

        assertThat(d.hresult()).as(d.at("SIG-2: NULL lpulFlags")).isEqualTo(MAPI_E_INVALID_PARAMETER);
        assertThat(d.world()).as(d.at("SIG-2: a NULL pointer changes nothing")).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("afterFinalRelease")
    @DisplayName("FLAGS-1, FLAGS-2: after the final release every StoreLogoff, good or bad, fails and changes nothing")
    void everyStateAfterTheFinalRelease(Engine engine, Reading reading, StoreState state) {
        StoreDriver d = StatePaths.reach(StoreDriver.start(engine, reading), state);
        World before = d.snapshot();
        for (BadInput bad : BadInput.values()) {
            bad.callAs(d, 1);
            assertThat(d.hresult()).as(d.at("IMPL-2: no reference is left in %s: %s", state, bad)).isEqualTo(MAPI_E_INVALID_OBJECT);
        }
        for (LogoffFlag flag : StoreDriver.INPUT_FLAGS) {
            d.logoff(flag);
            assertThat(d.hresult()).as(d.at("IMPL-2: no reference is left in %s: %s", state, flag.mapiName()))
                    .isEqualTo(MAPI_E_INVALID_OBJECT);
        }
        assertThat(d.world()).as(d.at("FLAGS-1: failed calls in %s change nothing", state)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badInput")
    @DisplayName("FLAGS-1, FLAGS-2: a client holding no reference gets MAPI_E_INVALID_OBJECT, whatever its flags")
    void callerWithoutReference(Engine engine, BadInput bad) {
        StoreDriver d = StoreDriver.start(engine, Reading.DEFAULT).submit();
        World before = d.snapshot();
        bad.callAs(d, 2);

        assertThat(d.hresult()).as(d.at("IMPL-2: client 2 holds no reference")).isEqualTo(MAPI_E_INVALID_OBJECT);
        assertThat(d.world()).as(d.at("FLAGS-1: the failed call changes nothing")).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("storelogoff.model.Engine#everyInputFlag")
    @DisplayName("FLAGS-2: each of the five input flags alone is accepted and saved")
    void eachInputFlagAloneIsAccepted(Engine engine, LogoffFlag flag) {
        StoreDriver d = StoreDriver.start(engine, Reading.DEFAULT).logoff(flag);
        assertThat(d.hresult()).as(d.at("FLAGS-2: %s is valid input", flag.mapiName())).isEqualTo(S_OK);
        assertThat(d.world().savedFlag).as(d.at("IMPL-1: %s is saved", flag.mapiName())).isEqualTo(flag.value);
    }
}
