package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import storelogoff.conform.CppAdapters;

/**
 * {@code storelogoff conform} on the example adapters of docs/examples/adapters, compiled with
 * g++: Microsoft's sample store is the reading lenient-flags+output-complete and diverges from
 * the default where docs/reference/implementations.md says; Kopano diverges at the final release
 * (IMPL-2) under every reading. Then the exit statuses, the JUnit XML and the saved traces.
 */
class ConformCommandTest {
    @TempDir
    Path dir;

    private Cli conform(String... args) {
        List<String> all = new ArrayList<>(List.of("conform", "--seed", "5", "--save", dir.resolve("saved").toString()));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(new String[0]));
    }

    @Test
    void theSampleStoreIsConsistentWithLenientFlagsAndCompleteOutput() throws Exception {
        String store = CppAdapters.binary("sample_store").toString();
        Cli r = conform("--junit-xml", dir.resolve("default.xml").toString(), "--", store);
        assertThat(r.exit()).as("%s", r).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("consistent with lenient-flags+output-complete, lenient-flags+abort-stops+output-complete"
                + " (these steps and fields do not tell them apart)");
        // SIG-2 (decision 0010): the sample store writes LOGOFF_COMPLETE where the default writes the activity.
        assertThat(r.out()).contains("diverges from default (").contains(
                "rows: SaveLogoffFlag, line 6, logoff NO_WAIT: outFlags (SIG-1, SIG-2, IMPL-1, IMPL-3, REM-1, REM-2, RET-1, FLAGS-3)");
        // FLAGS-1 (decision 0006): with the output settled, it accepts zero flags.
        assertThat(r.out()).containsPattern("diverges from output-complete \\(\\d+ cases?\\): .*logoff 0: result, outFlags \\(FLAGS-1, FLAGS-2");
        assertThat(r.out()).contains("diverges: ");

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("default.xml").toFile());
        int cases = xml.getElementsByTagName("testcase").getLength();
        assertThat(cases).isGreaterThan(20);
        assertThat(xml.getElementsByTagName("failure").getLength()).isBetween(1, cases - 1);
        assertThat(xml.getElementsByTagName("testsuite").getLength()).isEqualTo(4);
    }

    @Test
    void underItsOwnReadingTheSampleStoreConforms() throws Exception {
        String store = CppAdapters.binary("sample_store").toString();
        Cli r = conform("--reading", "lenient-flags+output-complete", "--junit-xml", dir.resolve("ok.xml").toString(), "--", store);
        assertThat(r.exit()).as("%s", r).isEqualTo(0);
        assertThat(r.out()).containsPattern("(?m)^conforms: all \\d+ cases behave as reading lenient-flags\\+output-complete says$");
        assertThat(r.out()).containsPattern("(?m)^walks +100 of 100 walks run \\(seed 5\\), none diverges$");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("ok.xml").toFile());
        assertThat(xml.getElementsByTagName("testcase").getLength()).isGreaterThan(100);
        assertThat(xml.getElementsByTagName("failure").getLength()).isZero();
        assertThat(dir.resolve("saved")).doesNotExist();
    }

    @Test
    void aSavedDivergenceReplaysWithCheck() throws Exception {
        String store = CppAdapters.binary("sample_store").toString();
        assertThat(conform("--suite", "rows", "--", store).exit()).isEqualTo(1);
        Path trace = dir.resolve("saved/rows-SaveLogoffFlag.trace");
        assertThat(Files.readString(trace)).contains("logoff NO_WAIT  => S_OK refs=1 outFlags=LOGOFF_COMPLETE transportsCall.flags=none");
        Cli check = Cli.run("check", trace.toString());
        assertThat(check.exit()).as("%s", check).isEqualTo(1);
        assertThat(check.out()).contains("diverges at line 6: logoff NO_WAIT")
                .contains("clauses: SIG-1, SIG-2, IMPL-1, IMPL-3, REM-1, REM-2, RET-1, FLAGS-3");
        assertThat(Cli.run("check", "--reading", "lenient-flags+output-complete", trace.toString()).exit()).isZero();
    }

    @Test
    void kopanoDivergesAtTheFinalReleaseUnderItsClosestReading() throws Exception {
        String store = CppAdapters.binary("kopano_store").toString();
        Cli r = conform("--reading", "lenient-flags+output-unchanged", "--", store);
        assertThat(r.exit()).as("%s", r).isEqualTo(1);
        assertThat(r.out()).contains("consistent with no reading; closest (fewest diverging cases): lenient-flags+output-unchanged");
        // IMPL-2: the last reference goes and StoreLogoffTransports is never called.
        assertThat(r.out()).containsPattern("diverges at line \\d+: release\n(.*\n)*? +transportsCall\\.flags +none +LOGOFF_[A-Z_]+ +differs");
        assertThat(r.out()).containsPattern("clauses: [A-Z0-9, -]*IMPL-2");
        // NULL lpulFlags (decision 0009): rejected by every reading, accepted by Kopano.
        assertThat(r.out()).contains("diverges at line 6: logoff null");

        // Judged by the default, the report names what keeps the closest reading from matching.
        Cli byDefault = conform("--", store);
        assertThat(byDefault.exit()).isEqualTo(1);
        assertThat(byDefault.out()).containsPattern("(?m)^diverges from lenient-flags\\+output-unchanged \\(\\d+ cases\\): .*logoff null")
                .containsPattern("(?m)^  and rows: [A-Za-z]+, line \\d+, release: transportsCall\\.flags \\([A-Z0-9, -]*IMPL-2");
    }

    // ---- Adapter failures: exit 3, one line naming the step, the tail of the adapter's stderr ----

    private static final String HELLO = "echo '{\"protocol\":1,\"implementation\":\"misbehaving\",\"steps\":[\"addref\",\"release\","
            + "\"logoff\"],\"fields\":[\"result\",\"refs\"]}'\n";
    /** Answers reset; for a step runs STEP (with $n the message number). */
    private static final String LOOP = "while read -r line; do\n  n=${line#*\\\"n\\\":}; n=${n%%,*}\n"
            + "  case \"$line\" in *reset*) echo \"{\\\"n\\\":$n,\\\"ready\\\":true}\" ;;\n  *) STEP ;;\n  esac\ndone\n";

    private Cli misbehaving(String script, String... options) throws IOException {
        Path file = dir.resolve("adapter.sh");
        Files.writeString(file, "#!/bin/bash\n" + script, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of(options));
        args.addAll(List.of("--suite", "rows", "--timeout", "1", "--", "bash", file.toString()));
        return conform(args.toArray(new String[0]));
    }

    private static void failsNaming(Cli r, String... parts) {
        assertThat(r.exit()).as("%s", r).isEqualTo(ConformCommand.EXIT_ADAPTER);
        assertThat(r.out()).isEmpty();
        String first = r.err().lines().findFirst().orElse("");
        assertThat(first).startsWith("storelogoff conform: adapter failure: ");
        for (String p : parts) assertThat(first).contains(p);
    }

    @Test
    void anAdapterThatDoesNotAnswerTimesOut() throws IOException {
        Cli r = misbehaving(HELLO + LOOP.replace("STEP", "sleep 30"));
        failsNaming(r, "rows: ", " step 1 (", "no answer within 1 s");
    }

    @Test
    void anAdapterThatCrashesIsReportedWithItsStderr() throws IOException {
        Cli r = misbehaving(HELLO + LOOP.replace("STEP", "echo 'StoreLogoff: segmentation fault' >&2; kill -SEGV $$"));
        failsNaming(r, " step 1 (", "the adapter stopped before answering", "; it exited with status 139 (signal 11)");
        assertThat(r.err()).contains("\n  the adapter's stderr, last lines:\n  | StoreLogoff: segmentation fault");
    }

    @Test
    void garbageOnStdoutIsNotAnAnswer() throws Exception {
        Path xml = dir.resolve("failed.xml");
        Cli r = misbehaving(HELLO + LOOP.replace("STEP", "echo '<html>oops</html>'"), "--junit-xml", xml.toString());
        failsNaming(r, " step 1 (", "expected an answer (a JSON object), found '<html>oops</html>'");
        // CI sees the failure too: one test case in error, with the same line.
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        assertThat(d.getElementsByTagName("error").getLength()).isEqualTo(1);
        assertThat(d.getElementsByTagName("error").item(0).getAttributes().getNamedItem("message").getNodeValue())
                .contains("found '<html>oops</html>'");
    }

    @Test
    void anAnswerForAnotherStepIsRefused() throws IOException {
        Cli r = misbehaving(HELLO + LOOP.replace("STEP", "echo \"{\\\"n\\\":$((n+1)),\\\"observed\\\":{\\\"result\\\":\\\"S_OK\\\",\\\"refs\\\":1}}\""));
        failsNaming(r, " step 1 (", "the answer is for message 2, not for this one (1)");
    }

    @Test
    void aResetAnsweredNotReadyIsRefused() throws Exception {
        Path xml = dir.resolve("reset.xml");
        Cli r = misbehaving(HELLO + LOOP.replace("\\\"ready\\\":true", "\\\"ready\\\":false").replace("STEP", "sleep 30"),
                "--junit-xml", xml.toString());
        failsNaming(r, " reset: expected {\"n\":", ",\"ready\":true}, found '{\"n\":", ",\"ready\":false}'");
        // The JUnit XML names the adapter by its command.
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        assertThat(d.getDocumentElement().getAttribute("name")).isEqualTo("storelogoff conform: bash " + dir.resolve("adapter.sh"));
    }

    @Test
    void anAnswerMissingAFieldNamesIt() throws IOException {
        Cli r = misbehaving(HELLO + LOOP.replace("STEP", "echo \"{\\\"n\\\":$n,\\\"observed\\\":{\\\"result\\\":\\\"S_OK\\\"}}\""));
        failsNaming(r, " step 1 (", "the answer lacks 'refs' (the hello lists it)");
    }

    @Test
    void aBadValueNamesTheField() throws IOException {
        Cli r = misbehaving(HELLO + LOOP.replace("STEP", "echo \"{\\\"n\\\":$n,\\\"observed\\\":{\\\"result\\\":\\\"S_OK\\\",\\\"refs\\\":\\\"many\\\"}}\""));
        failsNaming(r, " step 1 (", "expected a count (0, 1, 2, ...) for 'refs', found 'many'");
    }

    @Test
    void anAdapterThatExitsEarlyIsReported() throws IOException {
        Cli r = misbehaving(HELLO + "echo 'no store here' >&2\nexit 4\n");
        failsNaming(r, "reset: the adapter stopped before answering", "; it exited with status 4");
        assertThat(r.err()).contains("  | no store here");
    }

    @Test
    void aBadHelloIsReported() throws IOException {
        failsNaming(misbehaving("echo 'Hello, kit!'\n"), "the adapter's first line: expected the hello (a JSON object), found 'Hello, kit!'");
        failsNaming(misbehaving("echo '{\"protocol\":2}'\n"), "the adapter speaks protocol 2; this kit speaks protocol 1");
        failsNaming(misbehaving("echo '{\"protocol\":1,\"implementation\":\"x\",\"steps\":[\"addref\"],\"fields\":[\"refs\"]}'\n"),
                "expected the fields to include 'result'");
    }

    @Test
    void aCommandThatCannotStartIsAnAdapterFailure() {
        Cli r = conform("--", dir.resolve("no-such-adapter").toString());
        failsNaming(r, "cannot start the adapter");
    }

    @Test
    void noProcessIsLeftBehind() throws Exception {
        Path pid = dir.resolve("child.pid");
        Cli r = misbehaving(HELLO + "sleep 300 & echo $! > " + pid + "\n" + LOOP.replace("STEP", "sleep 30"));
        failsNaming(r, "no answer within 1 s");
        long child = Long.parseLong(Files.readString(pid).strip());
        assertThat(gone(child)).as("the adapter's child %d is still running", child).isTrue();
    }

    /** Runs the kit in a child JVM to signal it: PIT leaves it out (tag child-jvm), as the child runs unmutated classes. */
    @Test
    @Tag("child-jvm")
    void ctrlCEndsTheAdapter() throws Exception {
        Path script = dir.resolve("hang.sh");
        Path pid = dir.resolve("adapter.pid");
        Files.writeString(script, "#!/bin/bash\necho $$ > " + pid + "\n" + HELLO + LOOP.replace("STEP", "sleep 300"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process kit = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "conform", "--timeout", "600", "--save", dir.resolve("saved").toString(), "--", "bash", script.toString())
                .redirectErrorStream(true).start();
        try {
            for (int i = 0; i < 300 && !(Files.exists(pid) && !Files.readString(pid).isBlank()); i++) Thread.sleep(100);
            long adapter = Long.parseLong(Files.readString(pid).strip());
            Thread.sleep(500); // the kit is waiting for an answer now
            new ProcessBuilder("kill", "-INT", String.valueOf(kit.pid())).start().waitFor();
            assertThat(kit.waitFor(30, TimeUnit.SECONDS)).as("the kit ends on Ctrl-C").isTrue();
            assertThat(gone(adapter)).as("the adapter %d is still running", adapter).isTrue();
        } finally {
            kit.destroyForcibly();
        }
    }

    /** Whether process {@code pid} ends within a few seconds (a zombie nobody reaps yet counts as ended). */
    private static boolean gone(long pid) throws Exception {
        for (int i = 0; i < 50; i++) {
            Optional<ProcessHandle> h = ProcessHandle.of(pid);
            if (h.isEmpty() || !h.get().isAlive()) return true;
            Path stat = Path.of("/proc", String.valueOf(pid), "stat");
            if (Files.exists(stat) && Files.readString(stat).replaceFirst("^.*\\) ", "").startsWith("Z")) return true;
            Thread.sleep(100);
        }
        return false;
    }

    @Test
    void badUsageIsExitTwo() {
        assertThat(Cli.run("conform").exit()).isEqualTo(2);
        assertThat(Cli.run("conform").err()).contains("expected the adapter: -- COMMAND [ARGS...], or --java CLASS");
        assertThat(Cli.run("conform", "--suite", "nope", "--", "x").exit()).isEqualTo(2);
        assertThat(Cli.run("conform", "--timeout", "0", "--", "x").exit()).isEqualTo(2);
        assertThat(Cli.run("conform", "--java", "java.lang.String").err()).contains("is not a storelogoff.conform.StoreAdapter");
    }
}
