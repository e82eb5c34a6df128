package storelogoff.verify.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import storelogoff.verify.Clauses;

/** The clause split and the page copy belong together: every clause's seed names a sentence of the page. */
class SpecPageTest {
    private static final Path REPO = Path.of(Objects.requireNonNull(System.getProperty("storelogoff.repo"),
            "system property storelogoff.repo (the repository root) is not set"));
    private static final Pattern SEED = Pattern.compile("c89c3-\\d+");

    @Test
    void everySeedOfTheClausesIsASentenceOfThePage() throws IOException {
        String clauses = Files.readString(REPO.resolve(Clauses.PATH), StandardCharsets.UTF_8);
        String page = Files.readString(REPO.resolve(Clauses.PAGE), StandardCharsets.UTF_8);
        Set<String> seeds = new LinkedHashSet<>();
        Matcher m = SEED.matcher(clauses);
        while (m.find()) seeds.add(m.group());
        assertThat(seeds).as("seeds in %s", Clauses.PATH).hasSizeGreaterThan(20);
        assertThat(seeds).as("seeds of %s with no English sentence in the page", Clauses.PATH)
                .allSatisfy(seed -> assertThat(page).contains("<span data-stu-id=\"" + seed + "\">"));
    }
}
