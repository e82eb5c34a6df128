package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading names: any order and repeats name one reading; two alternatives on one axis are refused, naming it. */
class ReadingNamesTest {

    @Test
    void namesCombineInAnyOrderAndRepeatsCountOnce() {
        Reading r = Reading.byName("output-complete+lenient-flags");
        assertThat(r).isEqualTo(Reading.byName("lenient-flags+output-complete"));
        assertThat(r.name()).isEqualTo("lenient-flags+output-complete");
        assertThat(r.validation()).isEqualTo(Reading.Validation.LENIENT);
        assertThat(r.output()).isEqualTo(Reading.LogoffOutput.COMPLETE);
        assertThat(Reading.byName("abort-stops+abort-stops")).isEqualTo(Reading.ABORT_STOPS);
        assertThat(Reading.byName("default+rem3-literal")).isEqualTo(Reading.REM3_LITERAL);
        assertThat(Reading.byName(" Default ")).isSameAs(Reading.DEFAULT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " :: ", value = {
        "output-complete+output-unchanged :: readings output-complete and output-unchanged contradict each other: both"
            + " settle what StoreLogoff writes to *lpulFlags (LogoffOutput); choose one",
        "output-unchanged+lenient-flags+output-complete :: readings output-complete and output-unchanged contradict each"
            + " other: both settle what StoreLogoff writes to *lpulFlags (LogoffOutput); choose one",
    })
    void twoAlternativesOnOneAxisAreRefused(String name, String message) {
        assertThatThrownBy(() -> Reading.byName(name)).isInstanceOf(Reading.Contradiction.class).hasMessage(message);
    }

    @Test
    void everyOtherPairCombines() {
        for (Reading a : Reading.ALL) {
            for (Reading b : Reading.ALL) {
                boolean sameAxis = a != b && a != Reading.DEFAULT && b != Reading.DEFAULT
                        && a.output() != Reading.DEFAULT.output() && b.output() != Reading.DEFAULT.output();
                if (sameAxis) continue;
                assertThat(Reading.byName(a.name() + "+" + b.name()).name()).as("%s+%s", a, b).isNotEmpty();
            }
        }
    }

    @Test
    void anUnknownNameSaysWhatIsKnown() {
        assertThatThrownBy(() -> Reading.byName("lenient-flags+strict")).isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(Reading.Contradiction.class)
                .hasMessageStartingWith("unknown reading 'strict'; expected one of [default, lenient-flags");
    }
}
