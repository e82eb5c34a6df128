package storelogoff.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Lines read one at a time: the same lines as splitting the whole text, whatever the buffer boundaries. */
class TextLinesTest {

    private static List<String> lines(TextLines t) throws ScenarioException {
        List<String> out = new ArrayList<>();
        for (String l = t.next(); l != null; l = t.next()) out.add(l);
        return out;
    }

    private static List<String> lines(String text) throws ScenarioException {
        return lines(TextLines.of("t", "scenario", text));
    }

    @Test
    void linesAsSplitWouldGiveThem() throws ScenarioException {
        assertThat(lines("a\nb")).containsExactly("a", "b");
        assertThat(lines("a\r\nb\r\n")).containsExactly("a", "b", "");
        assertThat(lines("")).containsExactly("");
        assertThat(lines("\uFEFF")).containsExactly("");
        assertThat(lines("\uFEFFa\n\uFEFFb")).as("only the first mark is skipped").containsExactly("a", "\uFEFFb");
        assertThat(lines("a\rb")).as("a lone CR stays in its line").containsExactly("a\rb");
    }

    /** A stream that hands out one byte a read, so every line and character straddles a boundary. */
    private static InputStream trickle(byte[] bytes) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    @Test
    void boundariesDoNotShowInTheLines() throws ScenarioException {
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String line = "c2 logoff NO_WAIT|PURGE # é " + i;
            expected.add(line);
            text.append(line).append(i % 2 == 0 ? "\n" : "\r\n");
        }
        expected.add("");
        assertThat(lines(TextLines.of("t", "scenario", text.toString()))).isEqualTo(expected);
        assertThat(lines(new TextLines("t", "scenario", trickle(text.toString().getBytes(StandardCharsets.UTF_8)))))
                .isEqualTo(expected);
    }

    @Test
    void bytesThatAreNotUtf8FailAtTheirLineEvenFarIntoTheFile() {
        byte[] good = "submit\n".repeat(5000).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xE9;
        bytes[good.length + 1] = '\n';
        TextLines t = new TextLines("t.scn", "scenario", new ByteArrayInputStream(bytes));
        assertThatThrownBy(() -> lines(t)).hasMessage("t.scn:5001: cannot read the scenario: not UTF-8 text");
    }

    @Test
    void theFirstNonBlankCharacterIsSeenWithoutConsumingIt() throws ScenarioException {
        TextLines t = TextLines.of("t", "trace", "\uFEFF \n\t{\"step\"}\n");
        assertThat(t.firstNonBlank()).isEqualTo('{');
        assertThat(lines(t)).containsExactly(" ", "\t{\"step\"}", "");
        assertThat(TextLines.of("t", "trace", "  \n").firstNonBlank()).isEqualTo(-1);
    }
}
