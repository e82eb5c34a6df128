package storelogoff.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;

/**
 * The edges of the scenario package the rest of the suite does not reach: why a file could not
 * be read, a field found by key or alias, JSON values as a field's text, counts past the small
 * ones, the writer's fixed header, padded trace steps and comments, a line exactly as long as
 * allowed, and an {@code =>} inside a word.
 */
class ScenarioEdgesTest {

    @Test
    void aFileThatCannotBeReadSaysWhy() {
        assertThat(FlagSyntax.readError(new NoSuchFileException("x.scn"))).isEqualTo("no such file");
        assertThat(FlagSyntax.readError(new AccessDeniedException("x.scn"))).isEqualTo("permission denied");
        assertThat(FlagSyntax.readError(new MalformedInputException(1))).isEqualTo("not UTF-8 text");
        assertThat(FlagSyntax.readError(new IOException("disk on fire"))).isEqualTo("disk on fire");
        assertThat(FlagSyntax.readError(new IOException())).isEqualTo("IOException");
    }

    @Test
    void aFieldIsFoundByItsKeyInAnyCaseOrByItsOneAlias() {
        assertThat(ObservedField.byName("REFS")).isEqualTo(ObservedField.REFS);
        assertThat(ObservedField.byName("transportsCall.flags")).isEqualTo(ObservedField.TRANSPORTS_FLAGS);
        assertThat(ObservedField.byName("out")).isEqualTo(ObservedField.OUT_FLAGS);
        assertThat(ObservedField.byName("nope")).isNull();
    }

    @Test
    void jsonValuesAsAFieldsText() {
        assertThat(ObservedField.jsonText(null)).isEqualTo(ObservedField.NONE);
        assertThat(ObservedField.jsonText(true)).isEqualTo("yes");
        assertThat(ObservedField.jsonText(false)).isEqualTo("no");
        assertThat(ObservedField.jsonText("S_OK")).isEqualTo("S_OK");
        assertThat(ObservedField.jsonText(12L)).isEqualTo("12");
        assertThat(ObservedField.jsonText(List.of())).isEqualTo("0");
        assertThat(ObservedField.jsonText(List.of("NO_WAIT", 8L))).isEqualTo("NO_WAIT|8");
        assertThat(ObservedField.jsonText(Arrays.asList("NO_WAIT", true))).isNull();
        assertThat(ObservedField.jsonText(Map.of())).isNull();

        assertThat(ObservedField.OUT_FLAGS.fromJson(List.of("NO_WAIT", 8L), Event.LOGOFF))
                .isNotNull().isEqualTo(ObservedField.OUT_FLAGS.canonical("NO_WAIT|8", Event.LOGOFF));
        assertThat(ObservedField.TRANSPORTS_FLAGS.fromJson(List.of("PURGE"), Event.LOGOFF))
                .isNotNull().isEqualTo(ObservedField.TRANSPORTS_FLAGS.canonical("PURGE", Event.LOGOFF));
        assertThat(ObservedField.REFS.fromJson(2L, Event.ADDREF)).isEqualTo("2");
        assertThat(ObservedField.REFS.fromJson(List.of(2L), Event.ADDREF)).as("a list for a count").isNull();
        assertThat(ObservedField.REFS.fromJson(Map.of(), Event.ADDREF)).isNull();
    }

    @Test
    void countsPastTheSmallOnesAreWrittenWhole() {
        World before = World.initial(1, true);
        World after = before.copy();
        after.outbox = 16;
        after.sent = 15;
        after.received = 123;
        Step submit = Step.call(Event.SUBMIT, 1);
        assertThat(ObservedField.OUTBOX.modelled(submit, new Observation(), before, after)).isEqualTo("16");
        assertThat(ObservedField.SENT.modelled(submit, new Observation(), before, after)).isEqualTo("15");
        assertThat(ObservedField.RECEIVED.modelled(submit, new Observation(), before, after)).isEqualTo("123");
    }

    @Test
    void everyOptionWritesTheDefaultInboxEitherWay() {
        assertThat(new ScenarioWriter().everyOption(new ScenarioOptions(Reading.DEFAULT, 2, true)).toString())
                .isEqualTo("set reading default\nset clients 2\nset default-inbox on\n");
        assertThat(new ScenarioWriter().everyOption(new ScenarioOptions(Reading.DEFAULT, 1, false)).toString())
                .isEqualTo("set reading default\nset clients 1\nset default-inbox off\n");
    }

    @Test
    void stepsAsLinesPaddedTraceStepsAndComments() {
        List<Step> steps = List.of(Step.call(Event.SUBMIT, 1), Step.call(Event.ADDREF, 2), Step.logoff(2, 0x8));
        assertThat(ScenarioWriter.lines(steps)).isEqualTo("submit, c2 addref, c2 logoff ABORT");
        assertThat(new ScenarioWriter().step(steps.get(0), 10, "S_OK").step(steps.get(1), 3, "refs=2").toString())
                .isEqualTo("submit      => S_OK\nc2 addref  => refs=2\n");
        assertThat(new ScenarioWriter().step(steps.get(0)).step(steps.get(2)).toString()).isEqualTo("submit\nc2 logoff ABORT\n");
        assertThat(ScenarioWriter.write(new Scenario(new ScenarioOptions(Reading.DEFAULT, 2, false), steps.subList(0, 2)),
                List.of("found by the walks", "")))
                .isEqualTo("# found by the walks\n#\nset reading default\nset clients 2\nset default-inbox off\nsubmit\nc2 addref\n");
    }

    @Test
    void aLineExactlyAsLongAsAllowedIsRead() throws ScenarioException {
        String longest = "#" + "x".repeat(TextLines.MAX_LINE - 1);
        TextLines t = TextLines.of("t", "scenario", longest + "\nsubmit");
        assertThat(t.next()).isEqualTo(longest);
        assertThat(t.next()).isEqualTo("submit");
    }

    @Test
    void anArrowInsideAWordIsNoTraceSuffix() {
        assertThatThrownBy(() -> ScenarioParser.parse("t.scn", "submit =>S_OK\n", Overrides.NONE))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("'=>S_OK'");
    }
}
