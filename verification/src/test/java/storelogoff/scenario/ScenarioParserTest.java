package storelogoff.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import storelogoff.model.Event;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.verify.Alphabet;

/** The scenario format of docs/trace-format.md: every accepted form, and FILE:LINE errors for the rest. */
class ScenarioParserTest {

    private static ScenarioFile parse(String text) throws ScenarioException {
        return ScenarioParser.parse("t.scn", text, Overrides.NONE);
    }

    private static List<Step> steps(String text) throws ScenarioException {
        return parse(text).steps().stream().map(ScenarioStep::step).toList();
    }

    @Test
    void everyEventKeywordParsesWithItsDefaultClient() throws ScenarioException {
        StringBuilder text = new StringBuilder();
        for (Event e : Event.values()) text.append(e.keyword).append(e == Event.LOGOFF ? " NO_WAIT" : "").append('\n');
        List<Step> steps = steps(text.toString());
        assertThat(steps).hasSize(Event.values().length);
        for (int i = 0; i < steps.size(); i++) {
            Event e = Event.values()[i];
            assertThat(steps.get(i).event()).as("line %d", i + 1).isEqualTo(e);
            // Client calls default to c1; transport and spooler events belong to no client.
            assertThat(steps.get(i).client()).as("client of %s", e.keyword).isEqualTo(e.isClientCall() ? 1 : 0);
        }
    }

    @Test
    void clientPrefixNamesTheCaller() throws ScenarioException {
        assertThat(steps("c2 addref\nC1 release\nc2 logoff ABORT\nc2 submit"))
                .containsExactly(Step.call(Event.ADDREF, 2), Step.call(Event.RELEASE, 1), Step.logoff(2, 0x8),
                        Step.call(Event.SUBMIT, 2));
    }

    @ParameterizedTest(name = "logoff {0}")
    @CsvSource(delimiter = ';', value = {
            "NO_WAIT; 0x1", "LOGOFF_NO_WAIT; 0x1", "no_wait; 0x1", "Logoff_Quiet; 0x10", "ORDERLY; 0x2",
            "PURGE; 0x4", "ABORT; 0x8", "QUIET; 0x10",
            "NO_WAIT|PURGE; 0x5", "NO_WAIT | PURGE; 0x5", "LOGOFF_ABORT|quiet; 0x18",
            "COMPLETE|NO_WAIT; 0x10001", "INBOUND; 0x20000",
            "0x20; 0x20", "0X1f; 0x1F", "16; 0x10", "0; 0x0", "0x0; 0x0",
            "4294967295; 0xFFFFFFFF", "0xFFFFFFFF; 0xFFFFFFFF", "0x000000010; 0x10", "NO_WAIT|0x20; 0x21"})
    void flagsAcceptNamesNumbersAndJoins(String flags, String expected) throws ScenarioException {
        int value = Integer.parseUnsignedInt(expected.substring(2), 16);
        assertThat(steps("logoff " + flags)).containsExactly(Step.logoff(1, value));
    }

    @Test
    void nullFlagsIsTheNullPointer() throws ScenarioException {
        assertThat(steps("logoff null\nc2 logoff NULL")).containsExactly(Step.logoffNull(1), Step.logoffNull(2));
    }

    @Test
    void commentsBlankLinesAndLineEndingsAreIgnored() throws ScenarioException {
        ScenarioFile s = parse("# heading\n\n   \t\nsubmit   # trailing comment\r\n  send-start#tight\n# end");
        assertThat(s.steps()).extracting(ScenarioStep::line).containsExactly(4, 5);
        assertThat(s.steps()).extracting(ScenarioStep::step)
                .containsExactly(Step.call(Event.SUBMIT, 1), Step.of(Event.SEND_START));
    }

    @Test
    void traceSuffixIsKeptRawAndDoesNotChangeTheStep() throws ScenarioException {
        ScenarioFile s = parse("logoff QUIET => S_OK OPEN out=OUTBOUND   # comment\nrelease\nsend-start =>  DISABLED");
        assertThat(s.steps()).extracting(ScenarioStep::expectation)
                .containsExactly("S_OK OPEN out=OUTBOUND", null, "DISABLED");
        assertThat(s.steps().get(0).step()).isEqualTo(Step.logoff(1, LogoffFlag.QUIET.value));
    }

    @Test
    void directivesSetTheOptions() throws ScenarioException {
        assertThat(parse("addref").options()).isEqualTo(ScenarioOptions.DEFAULT);
        ScenarioFile s = parse("set reading lenient-flags+abort-stops\nSET clients 3\nset default-inbox OFF\nc3 addref");
        assertThat(s.options().reading()).isEqualTo(Reading.byName("lenient-flags+abort-stops"));
        assertThat(s.options().clients()).isEqualTo(3);
        assertThat(s.options().defaultInbox()).isFalse();
        assertThat(parse("set default-inbox off\nset default-inbox on").options().defaultInbox()).isTrue();
    }

    @Test
    void overridesWinOverDirectivesAndDecideWhichClientsExist() throws ScenarioException {
        String text = "set clients 1\nset reading abort-stops\nset default-inbox off\nc3 addref";
        ScenarioFile s = ScenarioParser.parse("t.scn", text, new Overrides(Reading.OUTPUT_COMPLETE, 3, true));
        assertThat(s.options()).isEqualTo(new ScenarioOptions(Reading.OUTPUT_COMPLETE, 3, true));
        assertThatThrownBy(() -> ScenarioParser.parse("t.scn", "c2 addref", new Overrides(null, 1, null)))
                .hasMessage("t.scn:1: expected a client c1 (this scenario has 1 client), found 'c2'");
    }

    @Test
    void emptyFileIsAScenarioWithNoSteps() throws ScenarioException {
        assertThat(parse("# nothing\n").steps()).isEmpty();
        assertThat(parse("").steps()).isEmpty();
    }

    /** Every step the explorer can produce reads back from its own scenario text. */
    @Test
    void everyAlphabetStepRoundTripsThroughItsScenarioLine() throws ScenarioException {
        for (Step step : Alphabet.steps(3)) {
            ScenarioFile s = ScenarioParser.parse("t.scn", ScenarioWriter.line(step), new Overrides(null, 3, null));
            assertThat(s.steps()).as("'%s' read back", ScenarioWriter.line(step)).extracting(ScenarioStep::step)
                    .containsExactly(step);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = " -> ", quoteCharacter = '"', value = {
            "addref\\nlogoff NOWAIT -> t.scn:2: expected a flag name (NO_WAIT, ORDERLY, PURGE, ABORT, QUIET), a number or null, found 'NOWAIT'",
            "logoff NO_WAIT|NOWAIT -> t.scn:1: expected a flag name (NO_WAIT, ORDERLY, PURGE, ABORT, QUIET), a number or null, found 'NOWAIT'",
            "logoff NO_WAIT| -> t.scn:1: expected a flag name (NO_WAIT, ORDERLY, PURGE, ABORT, QUIET), a number or null, found 'NO_WAIT|'",
            "logoff 0x -> t.scn:1: expected a flag name (NO_WAIT, ORDERLY, PURGE, ABORT, QUIET), a number or null, found '0x'",
            "logoff -1 -> t.scn:1: expected a flag name (NO_WAIT, ORDERLY, PURGE, ABORT, QUIET), a number or null, found '-1'",
            "logoff -> t.scn:1: expected a flag name (NO_WAIT, ORDERLY, PURGE, ABORT, QUIET), a number or null after 'logoff', found end of line",
            "logoff 0x100000000 -> t.scn:1: expected a number of at most 32 bits (0xFFFFFFFF or 4294967295), found '0x100000000'",
            "logoff 4294967296 -> t.scn:1: expected a number of at most 32 bits (0xFFFFFFFF or 4294967295), found '4294967296'",
            "logoff 99999999999999999999 -> t.scn:1: expected a number of at most 32 bits (0xFFFFFFFF or 4294967295), found '99999999999999999999'",
            "logoff null|QUIET -> t.scn:1: expected null alone, not joined with other flags, found 'null'",
            "logoff QUIET ABORT -> t.scn:1: expected end of line after 'logoff QUIET', found 'ABORT'",
            "addref now -> t.scn:1: expected end of line after 'addref', found 'now'",
            "# c\\n\\nlogin -> t.scn:3: expected a step (addref, release, logoff FLAGS, submit, send-start, send-done, receive-start, receive-done, spooler-release) or 'set', found 'login'",
            "c2 login -> t.scn:1: expected a step (addref, release, logoff FLAGS, submit, send-start, send-done, receive-start, receive-done, spooler-release) after 'c2', found 'login'",
            "c2 -> t.scn:1: expected a step (addref, release, logoff FLAGS, submit, send-start, send-done, receive-start, receive-done, spooler-release) after 'c2', found end of line",
            "c3 addref -> t.scn:1: expected a client c1..c2 (this scenario has 2 clients), found 'c3'",
            "c0 addref -> t.scn:1: expected a client c1..c2 (this scenario has 2 clients), found 'c0'",
            "c123 addref -> t.scn:1: expected a client c1..c2 (this scenario has 2 clients), found 'c123'",
            "c2 send-start -> t.scn:1: expected no client before 'send-start' (a transport or spooler event), found 'c2'",
            "addref\\nset clients 3 -> t.scn:2: expected a step: 'set' directives must come before the first step (line 1)",
            "set -> t.scn:1: expected a setting (reading, clients, default-inbox) after 'set', found end of line",
            "set colour blue -> t.scn:1: expected a setting (reading, clients, default-inbox), found 'colour'",
            "set reading -> t.scn:1: expected a reading (default, lenient-flags, abort-stops, output-complete, output-unchanged, rem3-literal; several joined with +) after 'set reading', found end of line",
            "set reading strict -> t.scn:1: expected a reading (default, lenient-flags, abort-stops, output-complete, output-unchanged, rem3-literal; several joined with +), found 'strict'",
            "set reading abort-stops+ -> t.scn:1: expected a reading (default, lenient-flags, abort-stops, output-complete, output-unchanged, rem3-literal; several joined with +), found 'abort-stops+'",
            "set clients 0 -> t.scn:1: expected a number of clients from 1 to 8, found '0'",
            "set clients 9 -> t.scn:1: expected a number of clients from 1 to 8, found '9'",
            "set clients two -> t.scn:1: expected a number of clients from 1 to 8, found 'two'",
            "set clients 2 3 -> t.scn:1: expected end of line after 'set clients 2', found '3'",
            "set default-inbox yes -> t.scn:1: expected on or off, found 'yes'",
            "set clients 1\\nc2 addref -> t.scn:2: expected a client c1 (this scenario has 1 client), found 'c2'",
            "set clients 2 => x -> t.scn:1: expected no trace after a 'set' directive, found '=> x'",
            "addref => -> t.scn:1: expected a trace after '=>', found end of line",
            "addref =>   # no trace -> t.scn:1: expected a trace after '=>', found end of line",
            "=> S_OK -> t.scn:1: expected a step before '=>', found nothing",
            "addref => S_OK\\nrelease S_OK -> t.scn:2: expected end of line after 'release', found 'S_OK'"})
    void malformedLinesNameFileLineAndWhatWasExpected(String text, String message) {
        assertThatThrownBy(() -> parse(text.replace("\\n", "\n")))
                .isInstanceOf(ScenarioException.class)
                .hasMessage(message);
    }

    @Test
    void exceptionCarriesFileLineAndDetailApart() {
        assertThatThrownBy(() -> ScenarioParser.parse("scn/x.scn", "addref\n\n\nlogoff NOWAIT", Overrides.NONE))
                .isInstanceOfSatisfying(ScenarioException.class, e -> {
                    assertThat(e.file()).isEqualTo("scn/x.scn");
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.getMessage()).isEqualTo("scn/x.scn:4: " + e.detail());
                });
    }

    @Test
    void unreadableFileNamesTheFile() {
        java.nio.file.Path missing = java.nio.file.Path.of("no-such-dir", "missing.scn");
        assertThatThrownBy(() -> ScenarioParser.parse(missing, Overrides.NONE))
                .hasMessage(missing + ": cannot read the scenario: no such file");
    }
}
