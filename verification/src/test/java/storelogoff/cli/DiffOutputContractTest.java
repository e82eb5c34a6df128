package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.scenario.Observed;
import storelogoff.scenario.ObservedField;

/**
 * The output of {@code diff} pinned in full: for every pair of named readings, the shortest
 * scenario within the default bounds, the first differing step and each field that differs
 * as {@code key: A vs B} (A the first reading); the sides swap with the readings; two equal
 * readings explore as many pairs of worlds as the manifest's states at 2/2/2/2 (4,187 under
 * default, docs/verification/state-space.md). The differences list itself is pinned on two
 * steps whose every field differs, with values that are all distinct.
 */
class DiffOutputContractTest {
    /** {@code diff} with no reading: every pair of the named readings, in their order. */
    static final String EVERY_PAIR = """
            # Tells reading default from reading lenient-flags: shortest such scenario within 2 clients, 2 refs each, 2 messages, 2 arrivals
            # Step 1 (logoff 0) differs, default vs lenient-flags:
            #   result: MAPI_E_INVALID_PARAMETER vs S_OK
            #   savedFlag: none vs 0
            #   outFlags: none vs 0
            logoff 0

            # Tells reading default from reading abort-stops: shortest such scenario within 2 clients, 2 refs each, 2 messages, 2 arrivals
            # Step 2 (release) differs, default vs abort-stops:
            #   state: REFUSED vs IDLE
            submit
            release

            # Tells reading default from reading output-complete: shortest such scenario within 2 clients, 2 refs each, 2 messages, 2 arrivals
            # Step 1 (logoff NO_WAIT) differs, default vs output-complete:
            #   outFlags: 0 vs LOGOFF_COMPLETE
            logoff NO_WAIT

            # Tells reading default from reading output-unchanged: shortest such scenario within 2 clients, 2 refs each, 2 messages, 2 arrivals
            # Step 1 (logoff NO_WAIT) differs, default vs output-unchanged:
            #   outFlags: 0 vs LOGOFF_NO_WAIT
            logoff NO_WAIT

            # Tells reading default from reading rem3-literal: shortest such scenario within 2 clients, 2 refs each, 2 messages, 2 arrivals
            # Step 2 (logoff NO_WAIT) differs, default vs rem3-literal:
            #   refs: 2 vs 1
            c2 addref
            logoff NO_WAIT

            # Tells reading lenient-flags from reading abort-stops: shortest such scenario within 2 clients, 2 refs each, 2 messages, 2 arrivals
            # Step 1 (logoff 0) differs, lenient-flags vs abort-stops:
            #   result: S_OK vs MAPI_E_INVALID_PARAMETER
            #   savedFlag: 0 vs none
            #   outFlags: 0 vs none
            logoff 0

            # Tells reading lenient-flags from reading output-complete: shortest such scenario within 2 clients, 2 refs each, 2 messages, 2 arrivals
            # Step 1 (logoff 0) differs, lenient-flags vs output-complete:
            #   result: S_OK vs MAPI_E_INVALID_PARAMETER
            #   savedFlag: 0 vs none
            #   outFlags: 0 vs none
            logoff 0

            # Tells reading lenient-flags from reading output-unchanged: shortest such scenario within 2 clients, 2 refs each, 2 messages, 2 arrivals
            # Step 1 (logoff 0) differs, lenient-flags vs output-unchanged:
            #   result: S_OK vs MAPI_E_INVALID_PARAMETER
            #   savedFlag: 0 vs none
            #   outFlags: 0 vs none
            logoff 0

            # Tells reading lenient-flags from reading rem3-literal: shortest such scenario within 2 clients, 2 refs each, 2 messages, 2 arrivals
            # Step 1 (logoff 0) differs, lenient-flags vs rem3-literal:
            #   result: S_OK vs MAPI_E_INVALID_PARAMETER
            #   savedFlag: 0 vs none
            #   outFlags: 0 vs none
            logoff 0

            # Tells reading abort-stops from reading output-complete: shortest such scenario within 2 clients, 2 refs each, 2 messages, 2 arrivals
            # Step 1 (logoff NO_WAIT) differs, abort-stops vs output-complete:
            #   outFlags: 0 vs LOGOFF_COMPLETE
            logoff NO_WAIT

            # Tells reading abort-stops from reading output-unchanged: shortest such scenario within 2 clients, 2 refs each, 2 messages, 2 arrivals
            # Step 1 (logoff NO_WAIT) differs, abort-stops vs output-unchanged:
            #   outFlags: 0 vs LOGOFF_NO_WAIT
            logoff NO_WAIT

            # Tells reading abort-stops from reading rem3-literal: shortest such scenario within 2 clients, 2 refs each, 2 messages, 2 arrivals
            # Step 2 (release) differs, abort-stops vs rem3-literal:
            #   state: IDLE vs REFUSED
            submit
            release

            # Tells reading output-complete from reading output-unchanged: shortest such scenario within 2 clients, 2 refs each, 2 messages, 2 arrivals
            # Step 1 (logoff NO_WAIT) differs, output-complete vs output-unchanged:
            #   outFlags: LOGOFF_COMPLETE vs LOGOFF_NO_WAIT
            logoff NO_WAIT

            # Tells reading output-complete from reading rem3-literal: shortest such scenario within 2 clients, 2 refs each, 2 messages, 2 arrivals
            # Step 1 (logoff NO_WAIT) differs, output-complete vs rem3-literal:
            #   outFlags: LOGOFF_COMPLETE vs 0
            logoff NO_WAIT

            # Tells reading output-unchanged from reading rem3-literal: shortest such scenario within 2 clients, 2 refs each, 2 messages, 2 arrivals
            # Step 1 (logoff NO_WAIT) differs, output-unchanged vs rem3-literal:
            #   outFlags: LOGOFF_NO_WAIT vs 0
            logoff NO_WAIT
            """;

    @Test
    void everyPairOfReadings() {
        Cli c = Cli.run("diff");
        assertThat(c.exit()).as("%s", c).isZero();
        assertThat(c.err()).isEmpty();
        assertThat(c.out()).isEqualTo(EVERY_PAIR);
    }

    @Test
    void twoReadingsInTheirOrder() {
        String block = "# Tells reading output-complete from reading output-unchanged: shortest such scenario within 2 clients,"
                + " 2 refs each, 2 messages, 2 arrivals\n"
                + "# Step 1 (logoff NO_WAIT) differs, output-complete vs output-unchanged:\n"
                + "#   outFlags: LOGOFF_COMPLETE vs LOGOFF_NO_WAIT\n"
                + "logoff NO_WAIT\n";
        assertThat(Cli.run("diff", "--reading", "output-complete", "--reading", "output-unchanged").out()).isEqualTo(block);
        assertThat(Cli.run("diff", "--reading", "output-unchanged", "--reading", "output-complete").out()).isEqualTo(block
                .replace("reading output-complete from reading output-unchanged", "reading output-unchanged from reading output-complete")
                .replace("output-complete vs output-unchanged", "output-unchanged vs output-complete")
                .replace("LOGOFF_COMPLETE vs LOGOFF_NO_WAIT", "LOGOFF_NO_WAIT vs LOGOFF_COMPLETE"));
    }

    @Test
    void equalReadingsExploreEveryReachableWorld() {
        Cli c = Cli.run("diff", "--reading", "default", "--reading", "default");
        assertThat(c.exit()).isZero();
        assertThat(c.out()).isEqualTo("# Readings default and default behave the same within 2 clients, 2 refs each, 2 messages,"
                + " 2 arrivals (4187 pairs of worlds explored)\n");
    }

    /** Two steps that differ in every field, with no value shared between fields or sides. */
    @Test
    void eachDifferingFieldInOrderWithBothSides() {
        List<String> a = List.of("S_OK", "OPEN", "1", "LOGOFF_NO_WAIT", "LOGOFF_INBOUND", "LOGOFF_ABORT", "LOGOFF_OUTBOUND",
                "yes", "no", "2", "3", "4", "5", "6", "7");
        List<String> b = List.of("MAPI_E_INVALID_OBJECT", "IDLE", "8", "LOGOFF_QUIET", "LOGOFF_OUTBOUND_QUEUE", "LOGOFF_PURGE",
                "LOGOFF_COMPLETE", "no", "yes", "9", "10", "11", "12", "13", "14");
        List<String> expected = List.of("result: S_OK vs MAPI_E_INVALID_OBJECT", "state: OPEN vs IDLE", "refs: 1 vs 8",
                "savedFlag: LOGOFF_NO_WAIT vs LOGOFF_QUIET", "outFlags: LOGOFF_INBOUND vs LOGOFF_OUTBOUND_QUEUE",
                "transportsCall.flags: LOGOFF_ABORT vs LOGOFF_PURGE", "transportsCall.out: LOGOFF_OUTBOUND vs LOGOFF_COMPLETE",
                "flushQueues: yes vs no", "transportsReturned: no vs yes", "outbox: 2 vs 9", "sending: 3 vs 10",
                "arriving: 4 vs 11", "sent: 5 vs 12", "received: 6 vs 13", "returned: 7 vs 14");
        assertThat(new Observed(a).differences(new Observed(b))).containsExactlyElementsOf(expected);
        assertThat(new Observed(a).differences(new Observed(a))).isEmpty();
        // One field at a time: only that field is listed.
        for (int i = 0; i < a.size(); i++) {
            List<String> one = new ArrayList<>(a);
            one.set(i, b.get(i));
            assertThat(new Observed(a).differences(new Observed(one))).as(ObservedField.ALL.get(i).key)
                    .containsExactly(expected.get(i));
        }
    }
}
