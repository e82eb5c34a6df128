package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static storelogoff.model.LogoffFlag.ABORT;
import static storelogoff.model.LogoffFlag.INBOUND;
import static storelogoff.model.LogoffFlag.NO_WAIT;
import static storelogoff.model.LogoffFlag.OUTBOUND_QUEUE;
import static storelogoff.model.LogoffFlag.PURGE;
import static storelogoff.model.LogoffFlag.QUIET;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * How flags and HRESULTs are named in messages, scenario files and docs: the MAPI constant
 * names, bits joined with {@code |}, unknown bits in hex so that nothing is hidden.
 */
@DisplayName("FLAGS-2, FLAGS-3, RET-1: LOGOFF_* flags and HRESULTs print and parse by their MAPI names")
class FlagNamesTest {

    @Test
    @DisplayName("FLAGS-2, FLAGS-3: every flag's MAPI name is LOGOFF_ followed by its own name")
    void mapiNames() {
        assertThat(NO_WAIT.mapiName()).isEqualTo("LOGOFF_NO_WAIT");
        assertThat(OUTBOUND_QUEUE.mapiName()).isEqualTo("LOGOFF_OUTBOUND_QUEUE");
        for (LogoffFlag f : LogoffFlag.values()) {
            assertThat(f.mapiName()).as("the MAPI name of %s", f.name()).isEqualTo("LOGOFF_" + f.name());
        }
    }

    @Test
    @DisplayName("FLAGS-2: byName takes NO_WAIT or LOGOFF_NO_WAIT in any case, with spaces; anything else is null")
    void byName() {
        assertThat(LogoffFlag.byName("NO_WAIT")).isEqualTo(NO_WAIT);
        assertThat(LogoffFlag.byName("LOGOFF_NO_WAIT")).isEqualTo(NO_WAIT);
        assertThat(LogoffFlag.byName(" logoff_purge ")).isEqualTo(PURGE);
        assertThat(LogoffFlag.byName("Quiet")).isEqualTo(QUIET);
        assertThat(LogoffFlag.byName("LOGOFF_INBOUND")).isEqualTo(INBOUND);
        for (LogoffFlag f : LogoffFlag.values()) {
            assertThat(LogoffFlag.byName(f.mapiName())).as("byName(%s)", f.mapiName()).isEqualTo(f);
            assertThat(LogoffFlag.byName(f.name())).as("byName(%s)", f.name()).isEqualTo(f);
        }
        assertThat(LogoffFlag.byName("LOGOFF_")).as("byName(LOGOFF_)").isNull();
        assertThat(LogoffFlag.byName("LOGOFF_LOGOFF_ABORT")).as("the prefix is taken once").isNull();
        assertThat(LogoffFlag.byName("NOWAIT")).as("byName(NOWAIT)").isNull();
        assertThat(LogoffFlag.byName("")).as("byName of nothing").isNull();
    }

    @Test
    @DisplayName("FLAGS-2, FLAGS-3: names lists the known bits in value order, then the unknown rest in hex")
    void names() {
        assertThat(LogoffFlag.names(0)).isEmpty();
        assertThat(LogoffFlag.names(0x1)).containsExactly("LOGOFF_NO_WAIT");
        assertThat(LogoffFlag.names(0x8)).containsExactly("LOGOFF_ABORT");
        assertThat(LogoffFlag.names(0x5)).containsExactly("LOGOFF_NO_WAIT", "LOGOFF_PURGE");
        assertThat(LogoffFlag.names(0x000E0000))
                .containsExactly("LOGOFF_INBOUND", "LOGOFF_OUTBOUND", "LOGOFF_OUTBOUND_QUEUE");
        assertThat(LogoffFlag.names(0x20)).as("an unknown bit alone").containsExactly("0x20");
        assertThat(LogoffFlag.names(0x21)).containsExactly("LOGOFF_NO_WAIT", "0x20");
        assertThat(LogoffFlag.names(0xFFFFFFFF)).as("all ones: every flag, then the rest")
                .containsExactly("LOGOFF_NO_WAIT", "LOGOFF_ORDERLY", "LOGOFF_PURGE", "LOGOFF_ABORT", "LOGOFF_QUIET",
                        "LOGOFF_COMPLETE", "LOGOFF_INBOUND", "LOGOFF_OUTBOUND", "LOGOFF_OUTBOUND_QUEUE", "0xFFF0FFE0");
    }

    @Test
    @DisplayName("SIG-2, OUT-1..3: format joins the names with |, and writes 0 for no bits")
    void format() {
        assertThat(LogoffFlag.format(0)).isEqualTo("0");
        assertThat(LogoffFlag.format(ABORT.value)).isEqualTo("LOGOFF_ABORT");
        assertThat(LogoffFlag.format(0x10001)).isEqualTo("LOGOFF_NO_WAIT|LOGOFF_COMPLETE");
        assertThat(LogoffFlag.format(INBOUND.value | OUTBOUND_QUEUE.value)).isEqualTo("LOGOFF_INBOUND|LOGOFF_OUTBOUND_QUEUE");
        assertThat(LogoffFlag.format(0x40)).isEqualTo("0x40");
        assertThat(LogoffFlag.format(0x80000010)).isEqualTo("LOGOFF_QUIET|0x80000000");
    }

    @Test
    @DisplayName("RET-1: an HRESULT prints as eight upper-case hex digits")
    void hresultHex() {
        assertThat(HResult.S_OK.hex()).isEqualTo("0x00000000");
        assertThat(HResult.MAPI_E_UNKNOWN_FLAGS.hex()).isEqualTo("0x80040106");
        assertThat(HResult.MAPI_E_INVALID_PARAMETER.hex()).isEqualTo("0x80070057");
        assertThat(HResult.MAPI_E_BUSY.hex()).isEqualTo("0x8004010B");
    }
}
