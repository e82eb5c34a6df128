package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docs} finds its checkout from any working directory, and says so when it cannot. */
class RepositoryRootTest {

    private static Path checkout(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("model"));
        Files.createDirectories(dir.resolve("verification/target"));
        Files.createDirectories(dir.resolve("docs/decisions"));
        Files.writeString(dir.resolve("pom.xml"), "<project/>\n");
        return dir;
    }

    @Test
    void thePropertyTheLauncherPassesComesFirst(@TempDir Path tmp) throws IOException {
        Path a = checkout(tmp.resolve("a")), b = checkout(tmp.resolve("b"));
        assertThat(RepositoryRoot.find(a.toString(), b.resolve("verification/target/storelogoff.jar"), b)).contains(a);
    }

    @Test
    void withoutItTheJarsCheckoutWinsOverTheWorkingDirectory(@TempDir Path tmp) throws IOException {
        Path a = checkout(tmp.resolve("a")), b = checkout(tmp.resolve("b"));
        assertThat(RepositoryRoot.find(null, a.resolve("verification/target/storelogoff.jar"), b)).contains(a);
        assertThat(RepositoryRoot.find("", a.resolve("verification/target/classes"), b)).contains(a);
    }

    @Test
    void aPropertyThatNamesNoCheckoutIsPassedOver(@TempDir Path tmp) throws IOException {
        Path a = checkout(tmp.resolve("a"));
        assertThat(RepositoryRoot.find(tmp.resolve("nowhere").toString(), a.resolve("verification/target/storelogoff.jar"), tmp))
                .contains(a);
    }

    @Test
    void lastTheWorkingDirectoryOrAFolderAboveIt(@TempDir Path tmp) throws IOException {
        Path a = checkout(tmp.resolve("a"));
        Path jar = Files.createDirectories(tmp.resolve("elsewhere")).resolve("storelogoff.jar");
        assertThat(RepositoryRoot.find(null, jar, a.resolve("docs/decisions"))).contains(a);
    }

    @Test
    void nothingFoundIsEmpty(@TempDir Path tmp) throws IOException {
        Path jar = Files.createDirectories(tmp.resolve("elsewhere")).resolve("storelogoff.jar");
        assertThat(RepositoryRoot.find(null, jar, tmp)).isEmpty();
        assertThat(RepositoryRoot.find(null, null, null)).isEmpty();
    }

    @Test
    void thisBuildFindsItsOwnCheckout() throws Exception {
        // Under the build the property is set; the code location alone must lead to the same place.
        Path expected = Path.of(System.getProperty(RepositoryRoot.PROPERTY)).toAbsolutePath().normalize();
        assertThat(RepositoryRoot.find()).contains(expected);
        Path testClasses = Path.of(RepositoryRootTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(RepositoryRoot.find(null, testClasses, null)).contains(expected);
    }
}
