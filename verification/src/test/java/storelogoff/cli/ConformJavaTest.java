package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code storelogoff conform --java CLASS}: the reference store in process conforms to the
 * default; a JUnit XML that cannot be written is exit 3 with one line; --timeout at its bounds.
 */
class ConformJavaTest {
    private static final String REFERENCE = "storelogoff.conform.reference.ReferenceStoreAdapter";

    @TempDir
    Path dir;

    @Test
    void theReferenceStoreInProcessConforms() {
        Cli r = Cli.run("conform", "--java", REFERENCE, "--suite", "rows", "--seed", "5");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).containsPattern("(?m)^conforms: all \\d+ cases behave as reading default says$");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aJUnitXmlThatCannotBeWrittenIsExitThree() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "");
        Cli r = Cli.run("conform", "--java", REFERENCE, "--suite", "rows", "--junit-xml", file.resolve("x.xml").toString());
        assertThat(r.exit()).as("%s", r).isEqualTo(ConformCommand.EXIT_ADAPTER);
        assertThat(r.err().lines()).hasSize(1).allSatisfy(l -> assertThat(l).startsWith("storelogoff conform: ").contains("a-file"));
    }

    @Test
    void anAdapterFailureWhoseJUnitXmlCannotBeWrittenSaysBoth() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "");
        Cli r = Cli.run("conform", "--junit-xml", file.resolve("x.xml").toString(), "--", dir.resolve("no-such-adapter").toString());
        assertThat(r.exit()).as("%s", r).isEqualTo(ConformCommand.EXIT_ADAPTER);
        String[] err = r.err().lines().toArray(String[]::new);
        assertThat(err).hasSize(2);
        assertThat(err[0]).startsWith("storelogoff conform: adapter failure: cannot start the adapter ");
        assertThat(err[1]).startsWith("storelogoff conform: ").contains("a-file");
    }

    @Test
    void theTimeoutIsMoreThanZero() {
        Cli zero = Cli.run("conform", "--timeout", "0", "--", dir.resolve("no-such-adapter").toString());
        assertThat(zero.exit()).as("%s", zero).isEqualTo(2);
        assertThat(zero.err()).contains("Invalid value for option '--timeout': expected 0 < SECONDS <= 3600, found 0.0");
        Cli small = Cli.run("conform", "--timeout", "0.001", "--", dir.resolve("no-such-adapter").toString());
        assertThat(small.exit()).as("%s", small).isEqualTo(ConformCommand.EXIT_ADAPTER);
    }

    @Test
    void theTimeoutIsAtMostAnHour() {
        Cli hour = Cli.run("conform", "--timeout", "3600", "--", dir.resolve("no-such-adapter").toString());
        assertThat(hour.exit()).as("%s", hour).isEqualTo(ConformCommand.EXIT_ADAPTER);
        assertThat(hour.err()).contains("cannot start the adapter");
        Cli more = Cli.run("conform", "--timeout", "3601", "--", dir.resolve("no-such-adapter").toString());
        assertThat(more.exit()).isEqualTo(2);
        assertThat(more.err()).contains("Invalid value for option '--timeout': expected 0 < SECONDS <= 3600, found 3601");
    }
}
