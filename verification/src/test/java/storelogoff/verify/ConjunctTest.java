package storelogoff.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A conjunct's violation message and how a message is told to be one of its violations. */
class ConjunctTest {
    private final Conjunct refs = new Conjunct("refs-not-negative", "no client holds fewer than no references");

    @Test
    void aViolationIsTheIdThenTheDetail() {
        assertThat(refs.violated("client 2 holds -1")).isEqualTo("refs-not-negative: client 2 holds -1");
        assertThat(refs.named("refs-not-negative: client 2 holds -1")).isTrue();
    }

    @Test
    void aMessageNamesTheConjunctOnlyWithTheSeparatorRightAfterTheId() {
        assertThat(refs.named(null)).isFalse();
        assertThat(refs.named("refs-not-negative")).isFalse();
        assertThat(refs.named("refs-not-negative:")).as("shorter than id and separator").isFalse();
        assertThat(refs.named("refs-not-negative: ")).as("id and separator, empty detail").isTrue();
        assertThat(refs.named("refs-not-negative-either: x")).as("a longer id").isFalse();
        assertThat(refs.named("refs-not-negativ: xx")).isFalse();
        assertThat(refs.named("other: refs-not-negative: x")).isFalse();
    }

    @Test
    void idsAreKebabCase() {
        assertThat(new Conjunct("a1-b", "x").id()).isEqualTo("a1-b");
        assertThatThrownBy(() -> new Conjunct("Refs", "x")).hasMessage("conjunct id 'Refs' is not kebab-case");
        assertThatThrownBy(() -> new Conjunct("1-refs", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
