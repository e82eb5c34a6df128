package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output contract of {@code run} (docs/trace-format.md, "Output of run") pinned on two
 * scenarios whose fields take distinct values: at line 32 of {@link #ACTIVE} every count that
 * can be non-zero in OPEN differs from every other (refs 6, outbox 3, sending 4, arriving 5,
 * sent 1, received 2), at line 40 the arrivals returned (5) differ from the Outbox (7), and
 * across the two scenarios every pair of fields differs at some step and every field leaves
 * its zero (yes, a flag, a count above 0) at some step. So a swapped, dropped or constant field
 * fails here. The expected values are written once, in the table's short form, below; the JSON
 * expected from them is built by this test from the documented format, not by the tool's code.
 */
class RunOutputContractTest {
    /** abort-stops, 3 clients: a QUIET logoff refused while active (QUIET-1), the store reopened, then its last release with no flag saved (IMPL-4: ABORT) stops the activity (ABORT-1). */
    static final String ACTIVE = """
            # abort-stops: a QUIET logoff refused while active, the store reopened, then released with no flag saved (ABORT, IMPL-4)
            set reading abort-stops
            set clients 3
            c2 addref
            c3 addref
            c3 addref
            c2 addref
            c2 addref
            submit
            submit
            submit
            submit
            submit
            submit
            submit
            submit
            send-start
            send-done
            send-start
            send-start
            send-start
            send-start
            receive-start
            receive-start
            receive-done
            receive-start
            receive-done
            receive-start
            receive-start
            receive-start
            receive-start
            logoff QUIET
            c2 release
            c2 release
            c3 release
            c3 release
            c2 release
            release
            c3 addref
            c3 release
            spooler-release
            c2 addref
            send-start
            """;

    /**
     * The expected rows of {@link #ACTIVE}: line; event; result; state; refs; savedFlag; outFlags;
     * transportsCall.flags; transportsCall.out; flushQueues; transportsReturned; outbox; sending;
     * arriving; sent; received; returned. Flags without LOGOFF_, none as -.
     */
    static final String ACTIVE_ROWS = """
            4; c2 addref; S_OK; OPEN; 2; -; -; -; -; no; no; 0; 0; 0; 0; 0; 0
            5; c3 addref; S_OK; OPEN; 3; -; -; -; -; no; no; 0; 0; 0; 0; 0; 0
            6; c3 addref; S_OK; OPEN; 4; -; -; -; -; no; no; 0; 0; 0; 0; 0; 0
            7; c2 addref; S_OK; OPEN; 5; -; -; -; -; no; no; 0; 0; 0; 0; 0; 0
            8; c2 addref; S_OK; OPEN; 6; -; -; -; -; no; no; 0; 0; 0; 0; 0; 0
            9; submit; S_OK; OPEN; 6; -; -; -; -; no; no; 1; 0; 0; 0; 0; 0
            10; submit; S_OK; OPEN; 6; -; -; -; -; no; no; 2; 0; 0; 0; 0; 0
            11; submit; S_OK; OPEN; 6; -; -; -; -; no; no; 3; 0; 0; 0; 0; 0
            12; submit; S_OK; OPEN; 6; -; -; -; -; no; no; 4; 0; 0; 0; 0; 0
            13; submit; S_OK; OPEN; 6; -; -; -; -; no; no; 5; 0; 0; 0; 0; 0
            14; submit; S_OK; OPEN; 6; -; -; -; -; no; no; 6; 0; 0; 0; 0; 0
            15; submit; S_OK; OPEN; 6; -; -; -; -; no; no; 7; 0; 0; 0; 0; 0
            16; submit; S_OK; OPEN; 6; -; -; -; -; no; no; 8; 0; 0; 0; 0; 0
            17; send-start; OK; OPEN; 6; -; -; -; -; no; no; 7; 1; 0; 0; 0; 0
            18; send-done; OK; OPEN; 6; -; -; -; -; no; no; 7; 0; 0; 1; 0; 0
            19; send-start; OK; OPEN; 6; -; -; -; -; no; no; 6; 1; 0; 1; 0; 0
            20; send-start; OK; OPEN; 6; -; -; -; -; no; no; 5; 2; 0; 1; 0; 0
            21; send-start; OK; OPEN; 6; -; -; -; -; no; no; 4; 3; 0; 1; 0; 0
            22; send-start; OK; OPEN; 6; -; -; -; -; no; no; 3; 4; 0; 1; 0; 0
            23; receive-start; OK; OPEN; 6; -; -; -; -; no; no; 3; 4; 1; 1; 0; 0
            24; receive-start; OK; OPEN; 6; -; -; -; -; no; no; 3; 4; 2; 1; 0; 0
            25; receive-done; OK; OPEN; 6; -; -; -; -; no; no; 3; 4; 1; 1; 1; 0
            26; receive-start; OK; OPEN; 6; -; -; -; -; no; no; 3; 4; 2; 1; 1; 0
            27; receive-done; OK; OPEN; 6; -; -; -; -; no; no; 3; 4; 1; 1; 2; 0
            28; receive-start; OK; OPEN; 6; -; -; -; -; no; no; 3; 4; 2; 1; 2; 0
            29; receive-start; OK; OPEN; 6; -; -; -; -; no; no; 3; 4; 3; 1; 2; 0
            30; receive-start; OK; OPEN; 6; -; -; -; -; no; no; 3; 4; 4; 1; 2; 0
            31; receive-start; OK; OPEN; 6; -; -; -; -; no; no; 3; 4; 5; 1; 2; 0
            32; logoff QUIET; S_OK; OPEN; 6; QUIET; INBOUND|OUTBOUND|OUTBOUND_QUEUE; -; -; no; no; 3; 4; 5; 1; 2; 0
            33; c2 release; S_OK; OPEN; 5; QUIET; -; -; -; no; no; 3; 4; 5; 1; 2; 0
            34; c2 release; S_OK; OPEN; 4; QUIET; -; -; -; no; no; 3; 4; 5; 1; 2; 0
            35; c3 release; S_OK; OPEN; 3; QUIET; -; -; -; no; no; 3; 4; 5; 1; 2; 0
            36; c3 release; S_OK; OPEN; 2; QUIET; -; -; -; no; no; 3; 4; 5; 1; 2; 0
            37; c2 release; S_OK; OPEN; 1; QUIET; -; -; -; no; no; 3; 4; 5; 1; 2; 0
            38; release; S_OK; REFUSED; 0; QUIET; -; QUIET; INBOUND|OUTBOUND|OUTBOUND_QUEUE; no; yes; 3; 4; 5; 1; 2; 0
            39; c3 addref; S_OK; OPEN; 1; -; -; -; -; no; no; 3; 4; 5; 1; 2; 0
            40; c3 release; S_OK; IDLE; 0; -; -; ABORT; INBOUND|OUTBOUND|OUTBOUND_QUEUE; no; yes; 7; 0; 0; 1; 2; 5
            41; spooler-release; OK; RELEASED; 0; -; -; -; -; no; yes; 7; 0; 0; 1; 2; 5
            42; c2 addref; MAPI_E_INVALID_OBJECT; RELEASED; 0; -; -; -; -; no; yes; 7; 0; 0; 1; 2; 5
            43; send-start; DISABLED; RELEASED; 0; -; -; -; -; no; yes; 7; 0; 0; 1; 2; 5
            """;

    /** lenient-flags, 1 client, no default Inbox: PURGE drains the Outbox (PURGE-1, NOWAIT-2), control returns at the last send (PURGE-2). */
    static final String DRAINING = """
            # lenient-flags: PURGE drains the Outbox (PURGE-1, NOWAIT-2)
            set reading lenient-flags
            set clients 1
            set default-inbox off
            submit
            submit
            submit
            send-start
            send-done
            send-start
            receive-start
            logoff PURGE
            release
            send-start
            send-done
            send-done
            spooler-release
            logoff null
            """;

    static final String DRAINING_ROWS = """
            5; submit; S_OK; OPEN; 1; -; -; -; -; no; no; 1; 0; 0; 0; 0; 0
            6; submit; S_OK; OPEN; 1; -; -; -; -; no; no; 2; 0; 0; 0; 0; 0
            7; submit; S_OK; OPEN; 1; -; -; -; -; no; no; 3; 0; 0; 0; 0; 0
            8; send-start; OK; OPEN; 1; -; -; -; -; no; no; 2; 1; 0; 0; 0; 0
            9; send-done; OK; OPEN; 1; -; -; -; -; no; no; 2; 0; 0; 1; 0; 0
            10; send-start; OK; OPEN; 1; -; -; -; -; no; no; 1; 1; 0; 1; 0; 0
            11; receive-start; DISABLED; OPEN; 1; -; -; -; -; no; no; 1; 1; 0; 1; 0; 0
            12; logoff PURGE; S_OK; OPEN; 1; PURGE; OUTBOUND|OUTBOUND_QUEUE; -; -; no; no; 1; 1; 0; 1; 0; 0
            13; release; S_OK; DRAINING; 0; PURGE; -; PURGE; OUTBOUND|OUTBOUND_QUEUE; yes; no; 1; 1; 0; 1; 0; 0
            14; send-start; OK; DRAINING; 0; PURGE; -; -; -; yes; no; 0; 2; 0; 1; 0; 0
            15; send-done; OK; DRAINING; 0; PURGE; -; -; -; yes; no; 0; 1; 0; 2; 0; 0
            16; send-done; OK; IDLE; 0; PURGE; -; -; -; yes; yes; 0; 0; 0; 3; 0; 0
            17; spooler-release; OK; RELEASED; 0; PURGE; -; -; -; yes; yes; 0; 0; 0; 3; 0; 0
            18; logoff null; MAPI_E_INVALID_OBJECT; RELEASED; 0; PURGE; -; -; -; yes; yes; 0; 0; 0; 3; 0; 0
            """;

    /** The members of a step after line and event, in the documented order; transportsCall is one object of two. */
    private static final List<String> KEYS = List.of("result", "state", "refs", "savedFlag", "outFlags",
            "transportsCall.flags", "transportsCall.out", "flushQueues", "transportsReturned", "outbox", "sending",
            "arriving", "sent", "received", "returned");
    private static final List<String> COUNTS = List.of("refs", "outbox", "sending", "arriving", "sent", "received", "returned");
    private static final List<String> YES_NO = List.of("flushQueues", "transportsReturned");
    /** Flags as a string (or null). */
    private static final List<String> FLAG = List.of("savedFlag", "transportsCall.flags");
    /** Flags as an array (or null). */
    private static final List<String> FLAG_LIST = List.of("outFlags", "transportsCall.out");

    @TempDir
    Path dir;


    /** One expected row: its line, its event and the values of {@link #KEYS} in short form. */
    record Row(int line, String event, List<String> values) {
        String get(String key) {
            return values.get(KEYS.indexOf(key));
        }
    }

    static List<Row> rows(String spec) {
        return spec.lines().map(l -> {
            String[] cells = l.split("; ");
            assertThat(cells).as("a row of the spec: %s", l).hasSize(2 + KEYS.size());
            return new Row(Integer.parseInt(cells[0]), cells[1], List.of(Arrays.copyOfRange(cells, 2, cells.length)));
        }).toList();
    }

    @Test
    void theExpectedRowsTellEveryPairOfFieldsApartAndNoFieldIsConstant() {
        List<Row> all = new ArrayList<>(rows(ACTIVE_ROWS));
        all.addAll(rows(DRAINING_ROWS));
        for (int i = 0; i < KEYS.size(); i++) {
            String a = KEYS.get(i);
            assertThat(all).as("%s leaves its zero somewhere", a)
                    .anyMatch(r -> !List.of("0", "no", "-").contains(r.get(a)));
            for (int j = i + 1; j < KEYS.size(); j++) {
                String b = KEYS.get(j);
                assertThat(all).as("%s and %s differ somewhere", a, b).anyMatch(r -> !r.get(a).equals(r.get(b)));
            }
        }
        // Within one step: the counts at the QUIET logoff, and after ABORT stopped the activity.
        Row logoff = row(ACTIVE_ROWS, 32);
        assertThat(List.of("refs", "outbox", "sending", "arriving", "sent", "received").stream().map(logoff::get).distinct())
                .containsExactly("6", "3", "4", "5", "1", "2");
        Row abort = row(ACTIVE_ROWS, 40);
        assertThat(List.of("outbox", "sent", "received", "returned").stream().map(abort::get).distinct())
                .containsExactly("7", "1", "2", "5");
        assertThat(List.of(abort.get("savedFlag"), abort.get("transportsCall.flags"))).containsExactly("-", "ABORT");
        Row drains = row(DRAINING_ROWS, 13);
        assertThat(List.of(drains.get("flushQueues"), drains.get("transportsReturned"))).containsExactly("yes", "no");
    }

    private static Row row(String spec, int line) {
        return rows(spec).stream().filter(r -> r.line() == line).findFirst().orElseThrow();
    }

    @Test
    void jsonGivesEveryFieldOfEveryStepItsExpectedValue() throws IOException {
        assertJson(Cli.run("run", "--json", Cli.file(dir, "active.scn", ACTIVE)),
                "{\"set\":{\"reading\":\"abort-stops\",\"clients\":3,\"defaultInbox\":true}}", rows(ACTIVE_ROWS));
        assertJson(Cli.run("run", "--json", Cli.file(dir, "draining.scn", DRAINING)),
                "{\"set\":{\"reading\":\"lenient-flags\",\"clients\":1,\"defaultInbox\":false}}", rows(DRAINING_ROWS));
    }

    @Test
    void bothEnginesPrintTheSameJson() throws IOException {
        String f = Cli.file(dir, "active.scn", ACTIVE);
        assertThat(Cli.run("run", "--json", "--engine", "direct", f).out()).isEqualTo(Cli.run("run", "--json", f).out());
    }

    /** Two steps written out in full: the members' order and the JSON forms (numbers, booleans, null, arrays, an object). */
    @Test
    void jsonLinesInFull() throws IOException {
        String[] lines = Cli.run("run", "--json", Cli.file(dir, "active.scn", ACTIVE)).outLines();
        assertThat(lines[29]).isEqualTo("{\"line\":32,\"event\":\"logoff QUIET\",\"result\":\"S_OK\",\"state\":\"OPEN\",\"refs\":6,"
                + "\"savedFlag\":\"LOGOFF_QUIET\",\"outFlags\":[\"LOGOFF_INBOUND\",\"LOGOFF_OUTBOUND\",\"LOGOFF_OUTBOUND_QUEUE\"],"
                + "\"transportsCall\":null,\"flushQueues\":false,\"transportsReturned\":false,\"outbox\":3,\"sending\":4,"
                + "\"arriving\":5,\"sent\":1,\"received\":2,\"returned\":0}");
        assertThat(lines[37]).isEqualTo("{\"line\":40,\"event\":\"c3 release\",\"result\":\"S_OK\",\"state\":\"IDLE\",\"refs\":0,"
                + "\"savedFlag\":null,\"outFlags\":null,\"transportsCall\":{\"flags\":\"LOGOFF_ABORT\","
                + "\"out\":[\"LOGOFF_INBOUND\",\"LOGOFF_OUTBOUND\",\"LOGOFF_OUTBOUND_QUEUE\"]},\"flushQueues\":false,"
                + "\"transportsReturned\":true,\"outbox\":7,\"sending\":0,\"arriving\":0,\"sent\":1,\"received\":2,\"returned\":5}");
    }

    private static void assertJson(Cli r, String settings, List<Row> expected) {
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.err()).isEmpty();
        String[] lines = r.outLines();
        assertThat(lines[0]).isEqualTo(settings);
        assertThat(lines).hasSize(expected.size() + 1);
        for (int i = 0; i < expected.size(); i++) {
            Row want = expected.get(i);
            JsonNode step = JsonOutput.read(lines[i + 1]);
            String at = "line " + want.line() + " (" + want.event() + ")";
            assertThat(JsonOutput.names(step)).as(at).containsExactly("line", "event", "result", "state", "refs", "savedFlag",
                    "outFlags", "transportsCall", "flushQueues", "transportsReturned", "outbox", "sending", "arriving", "sent",
                    "received", "returned");
            assertThat(step.get("line").isInt() && step.get("line").intValue() == want.line()).as(at).isTrue();
            assertThat(step.get("event").textValue()).as(at).isEqualTo(want.event());
            for (String key : KEYS) {
                JsonNode actual = key.startsWith("transportsCall.") ? member(step.get("transportsCall"), key) : step.get(key);
                assertThat(actual).as("%s: %s", at, key).isEqualTo(json(key, want.get(key)));
            }
            boolean called = !want.get("transportsCall.flags").equals("-") || !want.get("transportsCall.out").equals("-");
            assertThat(step.get("transportsCall").isNull()).as("%s: transportsCall is null when not called", at).isEqualTo(!called);
        }
    }

    private static JsonNode member(JsonNode call, String key) {
        return call.isNull() ? call : call.get(key.substring("transportsCall.".length()));
    }

    /** The JSON the documented format gives for a short value. */
    private static JsonNode json(String key, String shortValue) {
        String text;
        if (COUNTS.contains(key)) {
            text = shortValue;
        } else if (YES_NO.contains(key)) {
            text = shortValue.equals("yes") ? "true" : "false";
        } else if (shortValue.equals("-")) {
            text = "null";
        } else if (FLAG.contains(key)) {
            text = "\"" + String.join("|", Arrays.stream(shortValue.split("\\|")).map(f -> "LOGOFF_" + f).toList()) + "\"";
        } else if (FLAG_LIST.contains(key)) {
            text = "[" + String.join(",", Arrays.stream(shortValue.split("\\|")).map(f -> "\"LOGOFF_" + f + "\"").toList()) + "]";
        } else {
            text = "\"" + shortValue + "\"";
        }
        return JsonOutput.read(text);
    }

    @Test
    void tableGivesEveryFieldOfEveryStepItsExpectedValueInItsColumn() throws IOException {
        String active = Cli.file(dir, "active.scn", ACTIVE);
        assertTable(Cli.run("run", active), active + ": reading abort-stops, 3 clients, default Inbox on, spring engine",
                rows(ACTIVE_ROWS));
        String draining = Cli.file(dir, "draining.scn", DRAINING);
        assertTable(Cli.run("run", "--engine", "direct", draining),
                draining + ": reading lenient-flags, 1 client, default Inbox off, direct engine", rows(DRAINING_ROWS));
    }

    private static final String HEADER = "line  event            result                    state     refs  savedFlag  outFlags"
            + "                         transportsCall                              flushQueues  transportsReturned  outbox"
            + "  sending  arriving  sent  received  returned";

    private static void assertTable(Cli r, String heading, List<Row> expected) {
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.err()).isEmpty();
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(expected.size() + 2);
        assertThat(lines[0]).isEqualTo(heading);
        assertThat(lines[1]).isEqualTo(HEADER);
        List<String> headers = List.of(HEADER.split(" {2,}"));
        for (int i = 0; i < expected.size(); i++) {
            Row want = expected.get(i);
            String line = lines[i + 2];
            List<String> cells = new ArrayList<>(List.of(line.strip().split(" {2,}")));
            List<String> wanted = new ArrayList<>(List.of(String.valueOf(want.line()), want.event()));
            for (String key : KEYS) {
                if (key.equals("transportsCall.out")) continue;
                if (key.equals("transportsCall.flags")) {
                    String flags = want.get(key);
                    String out = want.get("transportsCall.out");
                    wanted.add(flags.equals("-") && out.equals("-") ? "-" : flags + " -> " + out);
                } else {
                    wanted.add(want.get(key));
                }
            }
            assertThat(cells).as("row of line %d", want.line()).isEqualTo(wanted);
            // Each cell under its heading: counts (and the line) end where their heading ends, the rest start where it starts.
            for (int c = 0; c < headers.size(); c++) {
                String h = headers.get(c);
                int start = HEADER.indexOf("  " + h + " ") + 2;
                if (c == 0) start = 0;
                if (c == headers.size() - 1) start = HEADER.length() - h.length();
                boolean right = c == 0 || COUNTS.contains(h);
                String cell = wanted.get(c);
                if (right) {
                    assertThat(line.substring(start + h.length() - cell.length(), start + h.length()))
                            .as("line %d, %s right-aligned", want.line(), h).isEqualTo(cell);
                } else {
                    assertThat(line.substring(start)).as("line %d, %s left-aligned", want.line(), h).startsWith(cell);
                }
            }
        }
    }
}
