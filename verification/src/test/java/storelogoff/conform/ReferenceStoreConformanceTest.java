package storelogoff.conform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import storelogoff.conform.reference.ReferenceStoreAdapter;
import storelogoff.model.Reading;

/**
 * The Java reference store under the kit, the way an implementer runs it: one
 * {@code @TestFactory}, every suite in process. It was written to the default reading, and the
 * kit says so: it conforms, and under a reading it was not written to it diverges.
 */
class ReferenceStoreConformanceTest {

    @TestFactory
    List<DynamicTest> conformsToTheDefaultReading() {
        return ConformanceSuite.of(ReferenceStoreAdapter::new).reading("default").tests();
    }

    @Test
    void isConsistentWithTheDefaultReadingOnly() throws AdapterFailure {
        try (JavaAdapter adapter = new JavaAdapter(new ReferenceStoreAdapter())) {
            Report report = new Conformance().reading(Reading.DEFAULT).seed(7).walks(20, 100).saveTo(null).run(adapter);
            assertThat(report.conforms()).as("%s", report.lines()).isTrue();
            assertThat(report.consistency().consistent()).containsExactly(Reading.DEFAULT);
            assertThat(report.results().get(Suite.ROWS)).extracting(r -> r.c().name())
                    .contains("SaveLogoffFlag", "RejectLogoffFlags", "QuietRefused", "AbortRefused", "ReopenRefusedStore");
        }
    }

    @Test
    void divergesUnderAReadingItWasNotWrittenTo() throws AdapterFailure {
        try (JavaAdapter adapter = new JavaAdapter(new ReferenceStoreAdapter())) {
            Report report = new Conformance().reading(Reading.byName("output-complete")).seed(7).walks(5, 50).saveTo(null)
                    .run(adapter);
            assertThat(report.conforms()).isFalse();
            CaseResult first = report.diverging().get(0);
            assertThat(first.divergence().differing()).extracting(f -> f.field().key).containsExactly("outFlags");
            assertThat(first.divergence().clauses()).contains("SIG-2");
            assertThat(report.lines()).anySatisfy(l -> assertThat(l).startsWith("consistent with default"));
        }
    }
}
