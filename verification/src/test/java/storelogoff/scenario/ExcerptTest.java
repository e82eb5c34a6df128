package storelogoff.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Input as error lines quote it: short, and every character that does not show made visible. */
class ExcerptTest {

    @Test
    void visibleTextIsQuotedAsItIs() {
        assertThat(Excerpt.quoted("NOWAIT")).isEqualTo("'NOWAIT'");
        assertThat(Excerpt.of("café ü → x")).isEqualTo("café ü → x");
        assertThat(Excerpt.of("")).isEmpty();
    }

    @Test
    void invisibleAndControlCharactersAreEscaped() {
        assertThat(Excerpt.of("QUIET\u200B")).isEqualTo("QUIET\\u200B");
        assertThat(Excerpt.of("\uFEFFrelease")).isEqualTo("\\uFEFFrelease");
        assertThat(Excerpt.of("a\u00A0b\tc\u0000\u001B[0m")).isEqualTo("a\\u00A0b\\u0009c\\u0000\\u001B[0m");
        assertThat(Excerpt.of("x\u2028y\uE000\uD800")).isEqualTo("x\\u2028y\\uE000\\uD800");
        assertThat(Excerpt.of("\uD83D\uDE00")).as("a visible character beyond the BMP stays").isEqualTo("\uD83D\uDE00");
    }

    @Test
    void atMost120CharactersThenAnEllipsis() {
        assertThat(Excerpt.of("x".repeat(120))).isEqualTo("x".repeat(120));
        assertThat(Excerpt.of("x".repeat(121))).isEqualTo("x".repeat(120) + "…");
        assertThat(Excerpt.of("\u200B".repeat(200))).as("counted in input characters")
                .isEqualTo("\\u200B".repeat(120) + "…");
    }
}
