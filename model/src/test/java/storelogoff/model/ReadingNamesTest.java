package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import storelogoff.model.Reading.AbortWhileActive;
import storelogoff.model.Reading.LogoffOutput;
import storelogoff.model.Reading.SharedStore;
import storelogoff.model.Reading.Validation;

/**
 * Readings by name, as the CLI, scenario files and traces give them: each name sets its one
 * axis, names joined with {@code +} set several, and a name that is not a reading is an error
 * that lists the readings there are.
 */
@DisplayName("FLAGS-1, ABORT-3, SIG-2, REM-3: readings are chosen by name and combine with +")
class ReadingNamesTest {

    @Test
    @DisplayName("the reading names, default first")
    void names() {
        assertThat(Reading.names()).containsExactly("default", "lenient-flags", "abort-stops", "output-complete",
                "output-unchanged", "rem3-literal");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storelogoff.model.Reading#names")
    @DisplayName("each name gives its own reading")
    void eachNameGivesItsReading(String name) {
        Reading r = Reading.byName(name);
        assertThat(r.name()).isEqualTo(name);
        assertThat(Reading.ALL).as("byName(%s)", name).contains(r);
    }

    @Test
    @DisplayName("FLAGS-1, ABORT-3, SIG-2, REM-3: each alternative changes exactly its own axis of the default")
    void eachAlternativeSetsItsAxis() {
        assertAxes("default", Validation.STRICT, AbortWhileActive.REFUSE, LogoffOutput.ACTIVITY, SharedStore.REFERENCE_COUNT);
        assertAxes("lenient-flags", Validation.LENIENT, AbortWhileActive.REFUSE, LogoffOutput.ACTIVITY, SharedStore.REFERENCE_COUNT);
        assertAxes("abort-stops", Validation.STRICT, AbortWhileActive.STOP_THEN_RELEASE, LogoffOutput.ACTIVITY,
                SharedStore.REFERENCE_COUNT);
        assertAxes("output-complete", Validation.STRICT, AbortWhileActive.REFUSE, LogoffOutput.COMPLETE, SharedStore.REFERENCE_COUNT);
        assertAxes("output-unchanged", Validation.STRICT, AbortWhileActive.REFUSE, LogoffOutput.UNCHANGED, SharedStore.REFERENCE_COUNT);
        assertAxes("rem3-literal", Validation.STRICT, AbortWhileActive.REFUSE, LogoffOutput.ACTIVITY, SharedStore.REM3_LITERAL);
    }

    @Test
    @DisplayName("names joined with + set every named axis, and the result is named by the names joined")
    void combinations() {
        Reading r = Reading.byName("lenient-flags+abort-stops");
        assertThat(r).isEqualTo(new Reading("lenient-flags+abort-stops", Validation.LENIENT,
                AbortWhileActive.STOP_THEN_RELEASE, LogoffOutput.ACTIVITY, SharedStore.REFERENCE_COUNT));
        assertThat(r).hasToString("lenient-flags+abort-stops");

        assertThat(Reading.byName("rem3-literal+output-unchanged+lenient-flags+abort-stops")).isEqualTo(new Reading(
                "rem3-literal+output-unchanged+lenient-flags+abort-stops", Validation.LENIENT,
                AbortWhileActive.STOP_THEN_RELEASE, LogoffOutput.UNCHANGED, SharedStore.REM3_LITERAL));
        assertAxes("output-complete+rem3-literal", Validation.STRICT, AbortWhileActive.REFUSE, LogoffOutput.COMPLETE,
                SharedStore.REM3_LITERAL);
    }

    @Test
    @DisplayName("default adds nothing to a combination; case and spaces around names do not matter")
    void defaultAndSpelling() {
        assertThat(Reading.byName("default")).isSameAs(Reading.DEFAULT);
        assertThat(Reading.byName("default+default")).isSameAs(Reading.DEFAULT);
        assertThat(Reading.byName("default+abort-stops")).isEqualTo(Reading.ABORT_STOPS);
        assertThat(Reading.byName(" Lenient-Flags + ABORT-STOPS ")).isEqualTo(Reading.byName("lenient-flags+abort-stops"));
    }

    @Test
    @DisplayName("an unknown name, an empty name or a trailing + is an error that lists the readings")
    void unknownNames() {
        String expected = "; expected one of [default, lenient-flags, abort-stops, output-complete, output-unchanged, rem3-literal]";
        assertThatThrownBy(() -> Reading.byName("strict")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown reading 'strict'" + expected);
        assertThatThrownBy(() -> Reading.byName("lenient-flags+abort")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown reading 'abort'" + expected);
        assertThatThrownBy(() -> Reading.byName("abort-stops+")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown reading ''" + expected);
        assertThatThrownBy(() -> Reading.byName("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown reading ''" + expected);
    }

    @Test
    @DisplayName("a name given twice counts once")
    void repeatedNames() {
        assertThat(Reading.byName("abort-stops+abort-stops")).isEqualTo(Reading.ABORT_STOPS);
        assertThat(Reading.byName("output-complete+lenient-flags+output-complete"))
                .isEqualTo(Reading.byName("output-complete+lenient-flags"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " :: ", value = {
        "output-complete+output-unchanged :: readings output-complete and output-unchanged contradict each other: both"
            + " settle what StoreLogoff writes to *lpulFlags (LogoffOutput); choose one",
        "output-unchanged+lenient-flags+output-complete :: readings output-unchanged and output-complete contradict each"
            + " other: both settle what StoreLogoff writes to *lpulFlags (LogoffOutput); choose one",
    })
    @DisplayName("SIG-2: two alternatives on one axis contradict each other: an error naming the axis")
    void contradictions(String name, String message) {
        assertThatThrownBy(() -> Reading.byName(name)).isInstanceOf(Reading.Contradiction.class).hasMessage(message);
    }

    @Test
    @DisplayName("alternatives on different axes always combine")
    void differentAxesCombine() {
        for (Reading a : Reading.ALL) {
            for (Reading b : Reading.ALL) {
                boolean bothOutput = a != b && a.output() != LogoffOutput.ACTIVITY && b.output() != LogoffOutput.ACTIVITY;
                if (bothOutput) continue;
                assertThat(Reading.byName(a.name() + "+" + b.name())).as("%s+%s", a, b).isNotNull();
            }
        }
    }

    private static void assertAxes(String name, Validation v, AbortWhileActive a, LogoffOutput o, SharedStore s) {
        Reading r = Reading.byName(name);
        assertThat(r.validation()).as("%s: validation", name).isEqualTo(v);
        assertThat(r.abort()).as("%s: ABORT while active", name).isEqualTo(a);
        assertThat(r.output()).as("%s: output", name).isEqualTo(o);
        assertThat(r.shared()).as("%s: shared store", name).isEqualTo(s);
        assertThat(r.name()).as("%s: name", name).isEqualTo(name);
    }
}
