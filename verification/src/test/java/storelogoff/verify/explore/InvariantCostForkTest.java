package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import storelogoff.model.Reading;
import storelogoff.verify.Bounds;

/**
 * A fork of {@code bench --invariant-cost --forks N}: the command that starts it, the arguments
 * and JSON that carry its settings and runs, and a fork that fails or prints nothing readable
 * reported by its last line on stderr.
 */
class InvariantCostForkTest {
    private static final InvariantCostFork.Settings SETTINGS = new InvariantCostFork.Settings(
            new Bounds(1, 1, 1, 1, false), Reading.byName("lenient-flags+abort-stops"), 3, true, 2, false);

    @Test
    void theSettingsTravelAsArguments() {
        assertThat(InvariantCostFork.Settings.of(SETTINGS.args().toArray(String[]::new))).isEqualTo(SETTINGS);
        assertThatThrownBy(() -> InvariantCostFork.Settings.of(new String[] {"default"})).hasMessage("expected 10 arguments, found 1");
        List<String> yes = new ArrayList<>(SETTINGS.args());
        yes.set(7, "yes");
        assertThatThrownBy(() -> InvariantCostFork.Settings.of(yes.toArray(String[]::new))).hasMessage("expected true or false, found yes");
    }

    /** This JVM's flags, but not the one that would make the fork write the class-data archive too. */
    @Test
    void theCommandIsThisJvmsJavaFlagsAndClassPath() {
        List<String> c = InvariantCostFork.command(SETTINGS, List.of("-Xmx1g", "-XX:ArchiveClassesAtExit=a.jsa",
                "-XX:SharedArchiveFile=b.jsa", "-XX:+UseTransparentHugePages"));
        assertThat(c.get(0)).endsWith("java");
        assertThat(c).doesNotContain("-XX:ArchiveClassesAtExit=a.jsa")
                .containsSubsequence("-Xmx1g", "-XX:SharedArchiveFile=b.jsa", "-XX:+UseTransparentHugePages", "-cp",
                        System.getProperty("java.class.path"), InvariantCostFork.class.getName())
                .endsWith(SETTINGS.args().toArray(String[]::new));
        assertThat(c).as("the build's warm-up, which the fork reads from its own system property")
                .contains("-D" + ExplorerBench.WARM_UP_PROPERTY + "=" + System.getProperty(ExplorerBench.WARM_UP_PROPERTY));
    }

    @Test
    void theRunsTravelAsJson() {
        PairedRuns runs = new PairedRuns(List.of(new PairedRuns.Run(30, List.of(10L, 20L)), new PairedRuns.Run(31, List.of(11L, 0L))),
                List.of(new PairedRuns.Run(40, List.of(15L, 25L)), new PairedRuns.Run(Long.MAX_VALUE, List.of(16L, 26L))));
        String json = InvariantCostFork.json(runs);
        assertThat(json).startsWith("{\"alone\":[{\"search\":30,\"levels\":[10,20]},").doesNotContain("\n");
        assertThat(InvariantCostFork.parse(json)).isEqualTo(runs);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''| expected {, found the end",
        "{\"full\":[]}| expected \"alone\", found full",
        "{\"alone\":[{\"search\":1,\"levels\":[1]}],\"full\":[]}| expected as many runs with every invariant as alone, at least one, found 0 and 1",
        "{\"alone\":[{\"search\":-1,\"levels\":[]}],\"full\":[]}| expected a time in nanoseconds, 0 or more, found -1",
        "{\"alone\":[{\"search\":1.5,\"levels\":[]}],\"full\":[]}| expected a time in nanoseconds, 0 or more, found 1.5",
        "{\"alone\":[{\"search\":1,\"levels\":[\"1\"]}],\"full\":[]}| expected a time in nanoseconds, 0 or more, found 1",
        "{\"alone\":[],\"full\":[]} {}| expected nothing after the object, found {",
        "{\"alone\":[],\"full\":[]| expected the rest of the object, found the end",
        "[]| expected {, found [",
    })
    void anythingElseIsRefusedSayingWhat(String text, String message) {
        assertThatThrownBy(() -> InvariantCostFork.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void jacksonsOwnSyntaxErrorsAreRefusedToo() {
        assertThatThrownBy(() -> InvariantCostFork.parse("Picked up JAVA_TOOL_OPTIONS")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unrecognized token 'Picked'");
    }

    /** A java of this JVM with its class path, running {@code main} with {@code args}. */
    private static List<String> java(String main, String... args) {
        List<String> c = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-Xshare:off",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), main));
        c.addAll(List.of(args));
        return c;
    }

    @Test
    void aForkThatFailsIsReportedByItsLastLineOnStderr() {
        assertThatThrownBy(() -> InvariantCostFork.run(java("storelogoff.NoSuchClass")))
                .isInstanceOf(InvariantCostFork.Failed.class)
                .hasMessage("exited with status 1: Caused by: java.lang.ClassNotFoundException: storelogoff.NoSuchClass");
        assertThatThrownBy(() -> InvariantCostFork.run(java(InvariantCostFork.class.getName(), "default")))
                .isInstanceOf(InvariantCostFork.Failed.class).hasMessage("exited with status 1: expected 10 arguments, found 1");
        assertThatThrownBy(() -> InvariantCostFork.run(List.of("no-such-java-here")))
                .isInstanceOf(InvariantCostFork.Failed.class).hasMessageStartingWith("could not start no-such-java-here: ");
    }

    /** Exit 0 with no runs on stdout is a failure too: {@code java -version} prints only on stderr. */
    @Test
    void aForkThatPrintsNoRunsIsReportedToo() {
        List<String> version = List.of(ProcessHandle.current().info().command().orElseThrow(), "-Xshare:off", "-version");
        assertThatThrownBy(() -> InvariantCostFork.run(version)).isInstanceOf(InvariantCostFork.Failed.class)
                .hasMessageMatching("printed no runs that could be read \\(expected \\{, found the end\\): \\S.*VM.*");
    }
}
