package storelogoff.conform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Reading;

/** The kit's 24 readings: the default first, then by how many points differ; neighbours and the point they differ on. */
class ReadingsTest {

    @Test
    void theDefaultFirstThenOnePointThenMore() {
        List<Reading> all = Readings.all();
        assertThat(all).hasSize(24).doesNotHaveDuplicates();
        assertThat(all.get(0)).isEqualTo(Reading.DEFAULT);
        assertThat(all.subList(1, 6)).extracting(Reading::name)
                .containsExactly("rem3-literal", "output-complete", "output-unchanged", "abort-stops", "lenient-flags");
        assertThat(all.get(23).name()).isEqualTo("lenient-flags+abort-stops+output-unchanged+rem3-literal");
    }

    @Test
    void neighboursDifferInOnePointWhichIsNamed() {
        Reading d = Reading.DEFAULT;
        assertThat(Readings.point(d, Reading.byName("lenient-flags"))).isEqualTo("lenient-flags");
        assertThat(Readings.point(d, Reading.byName("abort-stops"))).isEqualTo("abort-stops");
        assertThat(Readings.point(Reading.byName("output-complete"), Reading.byName("output-unchanged")))
                .isEqualTo("the output (output-complete, output-unchanged)");
        assertThat(Readings.point(d, Reading.byName("rem3-literal"))).isEqualTo("rem3-literal");
        assertThat(Readings.neighbours(d, Reading.byName("abort-stops"))).isTrue();
        assertThat(Readings.neighbours(d, Reading.byName("abort-stops+rem3-literal"))).isFalse();
        assertThat(Readings.neighbours(d, d)).isFalse();
    }
}
