package storelogoff.conform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import storelogoff.conform.reference.ReferenceStoreAdapter;
import storelogoff.model.Reading;
import storelogoff.trace.VerdictReport;

/**
 * The kit's report and its JUnit XML, pinned on a real run: the reference store (written to
 * the default reading) judged by output-complete over the fixed suites, so that some cases
 * diverge, some conform, and every count differs from the others.
 */
class ConformReportTest {
    @TempDir
    static Path dir;
    private static Report report;
    private static long wall;

    @BeforeAll
    static void run() throws AdapterFailure {
        long start = System.nanoTime();
        try (JavaAdapter adapter = new JavaAdapter(new ReferenceStoreAdapter())) {
            report = new Conformance().reading(Reading.byName("output-complete")).suites(EnumSet.of(Suite.ROWS, Suite.PAIRS, Suite.READINGS))
                    .seed(7).saveTo(dir.resolve("saved")).run(adapter);
        }
        wall = System.nanoTime() - start;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }

    @Test
    void effortIsWhatTheCasesTook() {
        assertThat(report.steps()).isPositive().isEqualTo(report.all().stream().mapToLong(r -> r.answers().size()).sum());
        assertThat(report.adapterNanos()).isPositive().isEqualTo(report.all().stream().mapToLong(CaseResult::nanos).sum());
        assertThat(report.diverging()).isNotEmpty().hasSizeLessThan(report.all().size());
        assertThat(report.nanos()).as("the run's time").isBetween(report.adapterNanos(), wall);
        assertThat(report.all()).allSatisfy(r -> assertThat(r.nanos()).isBetween(1L, wall));
    }

    @Test
    void everyReadingIsJudgedAndAResultCanDropItsAnswers() {
        assertThat(report.consistency().judgements()).extracting(Consistency.Judgement::reading).containsExactlyElementsOf(Readings.all());
        CaseResult first = report.all().get(0);
        CaseResult without = first.withoutAnswers();
        assertThat(first.answers()).isNotEmpty();
        assertThat(without.answers()).isEmpty();
        assertThat(without).isEqualTo(new CaseResult(first.c(), List.of(), first.verdict(), first.saved(), first.original(), first.nanos()));
    }

    @Test
    void aShrunkWalksEffortCountsInTheTotals() throws AdapterFailure {
        long start = System.nanoTime();
        Report walks;
        try (JavaAdapter adapter = new JavaAdapter(new ReferenceStoreAdapter())) {
            walks = new Conformance().reading(Reading.byName("output-complete")).suites(EnumSet.of(Suite.WALKS)).walks(3, 30)
                    .seed(7).saveTo(null).run(adapter);
        }
        long took = System.nanoTime() - start;
        CaseResult shrunk = walks.results().get(Suite.WALKS).get(walks.results().get(Suite.WALKS).size() - 1);
        assertThat(shrunk.original()).as("the diverging walk was shrunk").isNotNull();
        // The shrinker's runs count too: more steps than the kept results hold, within the wall time.
        assertThat(walks.steps()).isGreaterThan(walks.all().stream().mapToLong(r -> r.answers().size()).sum());
        assertThat(walks.adapterNanos()).isGreaterThan(walks.all().stream().mapToLong(CaseResult::nanos).sum()).isLessThanOrEqualTo(took);
    }

    @Test
    void aReadingsCaseIsNamedByItsFirstPairAndHowManyMore() {
        assertThat(report.results().get(Suite.READINGS)).extracting(r -> r.c().name())
                .containsExactly("default vs rem3-literal, +5 pairs", "default vs output-complete, +15 pairs",
                        "default vs abort-stops, +11 pairs", "default vs lenient-flags, +19 pairs",
                        "lenient-flags vs lenient-flags+rem3-literal, +5 pairs");
    }

    @Test
    void theKitsSettingsAndTheirLimits() {
        Conformance kit = new Conformance().seed(42).reading(Reading.byName("abort-stops")).walks(0, 1);
        assertThat(kit.seed()).isEqualTo(42);
        assertThat(kit.reading()).isEqualTo(Reading.byName("abort-stops"));
        assertThatThrownBy(() -> kit.walks(-1, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected walks >= 0 and steps >= 1, found -1 and 5");
        assertThatThrownBy(() -> kit.walks(3, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected walks >= 0 and steps >= 1, found 3 and 0");
        assertThatThrownBy(() -> kit.suites(EnumSet.noneOf(Suite.class))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected at least one suite, found none");
    }

    @Test
    void theReportSaysWhatEachSuiteAndKindOfDivergenceIs() {
        List<String> lines = report.lines();
        assertThat(lines).contains(String.format(Locale.ROOT, "%-9s %,d steps in %.2f s of adapter time (%,.0f steps/s); %.2f s in all",
                "adapter", report.steps(), report.adapterNanos() / 1e9, report.steps() / (report.adapterNanos() / 1e9), report.nanos() / 1e9));
        List<CaseResult> readings = report.results().get(Suite.READINGS);
        assertThat(lines).contains(String.format(Locale.ROOT, "%-9s %d %s, %d diverge", "readings", readings.size(), "cases",
                readings.stream().filter(r -> !r.conforms()).count())
                + "; these steps and fields tell apart every two readings that differ in one point");
        assertThat(lines).contains("consistent with default");

        Map<String, List<CaseResult>> kinds = new LinkedHashMap<>();
        for (CaseResult r : report.diverging()) kinds.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
        assertThat(kinds.keySet()).as("one kind, many cases").containsExactly("[outFlags]@[SaveLogoffFlag]");
        assertThat(kinds.values().iterator().next()).hasSizeGreaterThan(1);
        for (List<CaseResult> kind : kinds.values()) {
            CaseResult first = kind.get(0);
            assertThat(first.saved()).isNotNull();
            assertThat(lines).contains(first.c().id() + (kind.size() > 1 ? " (and " + (kind.size() - 1) + " more like it)" : "")
                    + ": " + first.saved());
        }
        assertThat(lines).contains("divergences from reading output-complete: " + report.diverging().size() + " of " + report.all().size()
                + " cases, 1 kind; each saved as a trace in " + dir.resolve("saved") + " (replay: storelogoff check FILE)");
    }

    @Test
    void junitXmlHasASuitePerSuiteACasePerCaseAndAFailurePerDivergence() throws Exception {
        Path file = dir.resolve("xml/deeper/conform.xml");
        JUnitXml.write(file, report);
        String text = Files.readString(file);
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites ").endsWith("</testsuites>\n");

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        Element root = xml.getDocumentElement();
        assertThat(root.getAttribute("name")).isEqualTo("storelogoff conform: " + report.hello().implementation());
        assertThat(root.getAttribute("tests")).isEqualTo(String.valueOf(report.all().size()));
        assertThat(root.getAttribute("failures")).isEqualTo(String.valueOf(report.diverging().size()));
        assertThat(root.getAttribute("time")).isEqualTo(seconds(report.nanos()));

        NodeList suites = root.getElementsByTagName("testsuite");
        List<Suite> order = new ArrayList<>(report.results().keySet());
        assertThat(suites.getLength()).isEqualTo(order.size());
        for (int s = 0; s < suites.getLength(); s++) {
            Element suite = (Element) suites.item(s);
            Suite key = order.get(s);
            List<CaseResult> cases = report.results().get(key);
            assertThat(suite.getAttribute("name")).isEqualTo("conform." + key.key());
            assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(cases.size()));
            assertThat(suite.getAttribute("failures")).isEqualTo(String.valueOf(cases.stream().filter(c -> !c.conforms()).count()));
            assertThat(suite.getAttribute("errors")).isEqualTo("0");
            assertThat(suite.getAttribute("time")).isEqualTo(seconds(report.effort().get(key)[1]));
            NodeList testcases = suite.getElementsByTagName("testcase");
            assertThat(testcases.getLength()).isEqualTo(cases.size());
            for (int i = 0; i < cases.size(); i++) {
                Element tc = (Element) testcases.item(i);
                CaseResult c = cases.get(i);
                assertThat(tc.getAttribute("classname")).isEqualTo("conform." + key.key());
                assertThat(tc.getAttribute("name")).isEqualTo(c.c().name());
                assertThat(tc.getAttribute("time")).isEqualTo(seconds(c.nanos()));
                NodeList failures = tc.getElementsByTagName("failure");
                assertThat(failures.getLength()).isEqualTo(c.conforms() ? 0 : 1);
                if (!c.conforms()) {
                    Element f = (Element) failures.item(0);
                    List<String> verdict = VerdictReport.lines(c.verdict());
                    assertThat(f.getAttribute("message")).isEqualTo(verdict.get(1) + " (reading output-complete)");
                    assertThat(f.getAttribute("type")).isEqualTo("divergence");
                    assertThat(f.getTextContent()).isEqualTo(String.join("\n", verdict) + "\nsaved: " + c.saved() + "\n");
                }
            }
        }
    }

    @Test
    void anAdapterFailureIsOneCaseInError() throws Exception {
        Path file = dir.resolve("failure.xml");
        JUnitXml.writeFailure(file, "my store", new AdapterFailure("the adapter exited early at step 3", List.of("first", "last")));
        String text = Files.readString(file);
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites ").endsWith("</testsuites>\n");
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        assertThat(root.getAttribute("name")).isEqualTo("storelogoff conform: my store");
        Element suite = (Element) root.getElementsByTagName("testsuite").item(0);
        assertThat(List.of(suite.getAttribute("name"), suite.getAttribute("tests"), suite.getAttribute("failures"), suite.getAttribute("errors")))
                .containsExactly("conform.adapter", "1", "0", "1");
        Element tc = (Element) suite.getElementsByTagName("testcase").item(0);
        assertThat(List.of(tc.getAttribute("classname"), tc.getAttribute("name"))).containsExactly("conform.adapter", "adapter");
        Element error = (Element) tc.getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("message")).isEqualTo("the adapter exited early at step 3");
        assertThat(error.getAttribute("type")).isEqualTo("adapter failure");
        assertThat(error.getTextContent()).isEqualTo("first\nlast");
        assertThat(root.getElementsByTagName("*").getLength()).as("testsuite, testcase, error").isEqualTo(3);
    }
}
