package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output contract of {@code check} (docs/trace-format.md, "Output of check"), as a table and
 * as JSON, pinned in full on traces whose numbers all differ: clients, steps replayed, steps
 * compared and the divergence's line (3, 8, 5, 14 in {@link #DIVERGES}), with settings other
 * than the defaults, a given field that agrees beside two that differ with four distinct values,
 * and one trace for each basis of the clauses at stake. A swapped or dropped member fails here.
 */
class CheckOutputContractTest {
    /** abort-stops: the last release stops the send in process (ABORT-1); the trace claims outbox 3 and sending 2, the model has 1 and 0. */
    static final String DIVERGES = """
            # check contract: fields and counts with distinct values
            set reading lenient-flags+abort-stops
            set clients 3
            set default-inbox off

            c2 addref           => S_OK refs=2
            submit              => S_OK outbox=1
            c3 addref
            send-start          => OK sending=1 outbox=0
            # the logoff
            logoff ABORT        => S_OK saved=LOGOFF_ABORT
            c2 release
            c3 release
            release             => S_OK state=IDLE transports=LOGOFF_ABORT returned=yes outbox=3 sending=2 refs=0
            c2 addref           => S_OK
            """;

    @TempDir
    Path dir;


    @Test
    void aDivergenceWhereTheModelFiredARow() throws IOException {
        String f = Cli.file(dir, "diverges.trace", DIVERGES);
        Cli table = Cli.run("check", "--engine", "direct", f);
        assertThat(table.exit()).as("%s", table).isEqualTo(1);
        assertThat(table.err()).isEmpty();
        assertThat(table.out()).isEqualTo(String.join("\n",
                f + ": reading lenient-flags+abort-stops, 3 clients, default Inbox off, direct engine",
                "diverges at line 14: release",
                "  field       implementation  model",
                "  result      S_OK            S_OK",
                "  state       IDLE            IDLE",
                "  refs        0               0",
                "  transports  LOGOFF_ABORT    LOGOFF_ABORT",
                "  returned    yes             yes",
                "  outbox      3               1             differs",
                "  sending     2               0             differs",
                "  row:     AbortStopsActivity, fired in OPEN",
                "  clauses: ABORT-1, ABORT-2, IMPL-2, IMPL-4, OUT-3, OUT-2", ""));
        Cli json = Cli.run("check", "--engine", "direct", "--json", f);
        assertThat(json.exit()).as("%s", json).isEqualTo(1);
        assertThat(json.out()).isEqualTo("{\"file\":\"" + f + "\",\"reading\":\"lenient-flags+abort-stops\",\"clients\":3,"
                + "\"defaultInbox\":false,\"engine\":\"direct\",\"conforms\":false,\"replayed\":8,\"compared\":5,"
                + "\"divergence\":{\"line\":14,\"step\":\"release\",\"fields\":["
                + "{\"field\":\"result\",\"implementation\":\"S_OK\",\"model\":\"S_OK\",\"differs\":false},"
                + "{\"field\":\"state\",\"implementation\":\"IDLE\",\"model\":\"IDLE\",\"differs\":false},"
                + "{\"field\":\"refs\",\"implementation\":\"0\",\"model\":\"0\",\"differs\":false},"
                + "{\"field\":\"transports\",\"implementation\":\"LOGOFF_ABORT\",\"model\":\"LOGOFF_ABORT\",\"differs\":false},"
                + "{\"field\":\"returned\",\"implementation\":\"yes\",\"model\":\"yes\",\"differs\":false},"
                + "{\"field\":\"outbox\",\"implementation\":\"3\",\"model\":\"1\",\"differs\":true},"
                + "{\"field\":\"sending\",\"implementation\":\"2\",\"model\":\"0\",\"differs\":true}],"
                + "\"basis\":\"FIRED\",\"state\":\"OPEN\",\"rows\":[\"AbortStopsActivity\"],"
                + "\"clauses\":[\"ABORT-1\",\"ABORT-2\",\"IMPL-2\",\"IMPL-4\",\"OUT-3\",\"OUT-2\"]}}\n");
    }

    @Test
    void aTraceThatConforms() throws IOException {
        String f = Cli.file(dir, "conforms.trace", DIVERGES.replace("outbox=3 sending=2", "outbox=1 sending=0")
                .replace("c2 addref           => S_OK\n", ""));
        Cli table = Cli.run("check", "--engine", "direct", f);
        assertThat(table.exit()).as("%s", table).isZero();
        assertThat(table.out()).isEqualTo(f + ": reading lenient-flags+abort-stops, 3 clients, default Inbox off, direct engine\n"
                + "conforms: 8 steps replayed, 5 with observations, all as modelled\n");
        Cli json = Cli.run("check", "--json", f);
        assertThat(json.exit()).as("%s", json).isZero();
        assertThat(json.out()).isEqualTo("{\"file\":\"" + f + "\",\"reading\":\"lenient-flags+abort-stops\",\"clients\":3,"
                + "\"defaultInbox\":false,\"engine\":\"spring\",\"conforms\":true,\"replayed\":8,\"compared\":5,\"divergence\":null}\n");
        Cli one = Cli.run("check", Cli.file(dir, "one.trace", "submit => S_OK\n"));
        assertThat(one.out()).endsWith("\nconforms: 1 step replayed, 1 with observations, all as modelled\n");
    }

    /** A refused event: every row of its state and event, none fired (docs/trace-format.md, "Clauses at stake" 2). */
    @Test
    void aDivergenceWhereNoRowFired() throws IOException {
        String f = Cli.file(dir, "none-fired.trace", "set clients 3\nc3 addref => S_OK refs=2\nsubmit\nc2 addref\nsend-done => OK sent=0\n");
        Cli table = Cli.run("check", "--reading", "abort-stops", f);
        assertThat(table.exit()).as("%s", table).isEqualTo(1);
        assertThat(table.out()).isEqualTo(String.join("\n",
                f + ": reading abort-stops, 3 clients, default Inbox on, spring engine",
                "diverges at line 5: send-done",
                "  field   implementation  model",
                "  result  OK              DISABLED  differs",
                "  sent    0               0",
                "  rows:    FinishSend (send-done in OPEN; none fired)",
                "  clauses: OUT-2", ""));
        Cli json = Cli.run("check", "--json", "--reading", "abort-stops", f);
        assertThat(json.out()).isEqualTo("{\"file\":\"" + f + "\",\"reading\":\"abort-stops\",\"clients\":3,\"defaultInbox\":true,"
                + "\"engine\":\"spring\",\"conforms\":false,\"replayed\":4,\"compared\":2,\"divergence\":{\"line\":5,"
                + "\"step\":\"send-done\",\"fields\":["
                + "{\"field\":\"result\",\"implementation\":\"OK\",\"model\":\"DISABLED\",\"differs\":true},"
                + "{\"field\":\"sent\",\"implementation\":\"0\",\"model\":\"0\",\"differs\":false}],"
                + "\"basis\":\"NONE_FIRED\",\"state\":\"OPEN\",\"rows\":[\"FinishSend\"],\"clauses\":[\"OUT-2\"]}}\n");
    }

    /** A state with no row for the event: the rows into it (docs/trace-format.md, "Clauses at stake" 2). */
    @Test
    void aDivergenceInAStateWithoutRowsForTheStep() throws IOException {
        String f = Cli.file(dir, "into-state.trace", "logoff NO_WAIT\nrelease => transports=LOGOFF_NO_WAIT\nspooler-release\n\n"
                + "c2 addref => MAPI_E_INVALID_OBJECT refs=1\n");
        Cli table = Cli.run("check", "--clients", "5", "--no-default-inbox", f);
        assertThat(table.exit()).as("%s", table).isEqualTo(1);
        assertThat(table.out()).isEqualTo(String.join("\n",
                f + ": reading default, 5 clients, default Inbox off, spring engine",
                "diverges at line 5: c2 addref",
                "  field   implementation         model",
                "  result  MAPI_E_INVALID_OBJECT  MAPI_E_INVALID_OBJECT",
                "  refs    1                      0                      differs",
                "  rows:    SpoolerReleasesStore (into RELEASED, which has no row for addref)",
                "  clauses: ABORT-4, NOWAIT-4, ORDERLY-3, IMPL-2", ""));
        Cli json = Cli.run("check", "--json", "--clients", "5", "--no-default-inbox", f);
        assertThat(json.out()).isEqualTo("{\"file\":\"" + f + "\",\"reading\":\"default\",\"clients\":5,\"defaultInbox\":false,"
                + "\"engine\":\"spring\",\"conforms\":false,\"replayed\":4,\"compared\":2,\"divergence\":{\"line\":5,"
                + "\"step\":\"c2 addref\",\"fields\":["
                + "{\"field\":\"result\",\"implementation\":\"MAPI_E_INVALID_OBJECT\",\"model\":\"MAPI_E_INVALID_OBJECT\",\"differs\":false},"
                + "{\"field\":\"refs\",\"implementation\":\"1\",\"model\":\"0\",\"differs\":true}],"
                + "\"basis\":\"INTO_STATE\",\"state\":\"RELEASED\",\"rows\":[\"SpoolerReleasesStore\"],"
                + "\"clauses\":[\"ABORT-4\",\"NOWAIT-4\",\"ORDERLY-3\",\"IMPL-2\"]}}\n");
    }
}
