package storelogoff.verify.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import storelogoff.model.Reading;
import storelogoff.verify.Bounds;

/** Each alternative reading's decision record quotes, verbatim, the shortest scenario that tells it from the default. */
class DecisionRecordsQuoteDiffTest {
    private static final Path DECISIONS = Path.of(System.getProperty("storelogoff.repo"), "docs", "decisions");

    @ParameterizedTest(name = "{0} is quoted in {1}")
    @CsvSource({
        "lenient-flags, 0006-zero-flags.md",
        "abort-stops, 0003-abort-while-transports-are-active.md",
        "output-complete, 0010-storelogoff-output-flags.md",
        "output-unchanged, 0010-storelogoff-output-flags.md",
        "rem3-literal, 0011-shared-store.md"})
    void recordQuotesTheDistinguishingScenario(String reading, String record) throws IOException {
        String text = Files.readString(DECISIONS.resolve(record));
        String report = ReadingDiff.compare(Reading.DEFAULT, Reading.byName(reading), Bounds.DEFAULT).report();
        assertThat(text).as("%s quotes ./storelogoff diff --reading default --reading %s", record, reading)
                .contains("```scenario\n" + report);
    }

}
