package storelogoff.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import storelogoff.model.Model;

/** The set of decisions already compared: first sight only, through growth, NO_DECISION never kept. */
class DecisionsTest {

    @Test
    void eachDecisionIsFirstOnceAndStaysKnownAsTheTableGrows() {
        Decisions d = new Decisions();
        assertThat(d.size()).isZero();
        assertThat(d.first(0)).isTrue();
        assertThat(d.first(0)).isFalse();
        // Far past the first table's 64 slots; spaced so that many share a slot before and after growth.
        for (long x = 1; x <= 1000; x++) assertThat(d.first(x << 20)).as("decision %d first seen", x << 20).isTrue();
        assertThat(d.size()).isEqualTo(1001);
        for (long x = 1; x <= 1000; x++) assertThat(d.first(x << 20)).as("decision %d seen again", x << 20).isFalse();
        assertThat(d.first(0)).isFalse();
        assertThat(d.first(Long.MAX_VALUE)).isTrue();
        assertThat(d.size()).isEqualTo(1002);
    }

    @Test
    void noDecisionIsAlwaysNewAndNeverCounted() {
        Decisions d = new Decisions();
        assertThat(d.first(Model.NO_DECISION)).isTrue();
        assertThat(d.first(Model.NO_DECISION)).isTrue();
        assertThat(d.size()).isZero();
    }
}
