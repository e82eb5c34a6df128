package storelogoff.conform;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

import storelogoff.model.Reading;
import storelogoff.trace.VerdictReport;
import storelogoff.verify.walk.WalkConfig;

/**
 * The kit as JUnit 5 tests, for a store written in Java: one {@code @TestFactory} runs every
 * suite on the implementation in process, one dynamic test per scenario.
 *
 * <pre>
 * &#64;TestFactory
 * List&lt;DynamicTest&gt; conformsToTheModel() {
 *     return ConformanceSuite.of(MyStoreAdapter::new).reading("default").tests();
 * }
 * </pre>
 *
 * A diverging scenario fails with the divergence as {@code storelogoff check} reports it and the
 * trace that replays it (also saved under {@code target/storelogoff-conform/}). The walks' seed
 * is in their names; {@code -Dstorelogoff.seed=S} repeats them.
 */
public final class ConformanceSuite {
    private final Supplier<? extends StoreAdapter> adapters;
    private Reading reading = Reading.DEFAULT;
    private EnumSet<Suite> suites = EnumSet.allOf(Suite.class);
    private int walks = Conformance.DEFAULT_WALKS;
    private int walkSteps = Conformance.DEFAULT_WALK_STEPS;
    private Long seed;
    private Path saveTo = Path.of("target", "storelogoff-conform");

    private ConformanceSuite(Supplier<? extends StoreAdapter> adapters) {
        this.adapters = adapters;
    }

    /** The kit for the adapter {@code adapters} makes (once per {@link #tests()}). */
    public static ConformanceSuite of(Supplier<? extends StoreAdapter> adapters) {
        return new ConformanceSuite(adapters);
    }

    /** The reading the store is judged by: a name as {@code --reading} takes, e.g. {@code lenient-flags+output-complete}. */
    public ConformanceSuite reading(String name) {
        this.reading = Reading.byName(name);
        return this;
    }

    public ConformanceSuite suites(Suite first, Suite... more) {
        this.suites = EnumSet.of(first, more);
        return this;
    }

    public ConformanceSuite walks(int n, int maxSteps) {
        this.walks = n;
        this.walkSteps = maxSteps;
        return this;
    }

    public ConformanceSuite seed(long s) {
        this.seed = s;
        return this;
    }

    /** Where diverging scenarios are saved as traces; null saves none. */
    public ConformanceSuite saveTo(Path dir) {
        this.saveTo = dir;
        return this;
    }

    /**
     * One test per scenario of each suite, in order, then one that the store is consistent with
     * the reading over all the answers. The adapter is made now and closed by the last test.
     */
    public List<DynamicTest> tests() {
        long walkSeed = WalkConfig.seed(seed);
        Conformance kit = new Conformance().reading(reading).suites(suites).walks(walks, walkSteps).seed(walkSeed).saveTo(saveTo);
        JavaAdapter adapter;
        try {
            adapter = new JavaAdapter(adapters.get());
        } catch (AdapterFailure e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        Suites.Plan plan = kit.plan(adapter.hello());
        List<CaseResult> results = new ArrayList<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : plan.rows()) tests.add(test(c.id(), () -> check(results, kit.run(adapter, c))));
        for (Case c : plan.pairs()) tests.add(test(c.id(), () -> check(results, kit.run(adapter, c))));
        for (Case c : plan.readings()) tests.add(test(c.id(), () -> check(results, kit.run(adapter, c))));
        if (suites.contains(Suite.WALKS)) {
            SplittableRandom seeds = new SplittableRandom(walkSeed);
            for (int k = 1; k <= walks; k++) {
                SplittableRandom rnd = seeds.split();
                int number = k;
                tests.add(test("walks: walk " + k + " (seed " + walkSeed + ")", () -> {
                    CaseResult r = kit.run(adapter, Suites.walk(number, rnd, adapter.hello(), reading, walkSteps,
                            Conformance.DEFAULT_WALK_CLIENTS));
                    if (!r.conforms()) r = kit.shrink(adapter, r, new long[2]);
                    check(results, r);
                }));
            }
        }
        tests.add(test("readings: consistent with " + reading, () -> {
            adapter.close();
            Consistency consistency = Consistency.of(results, reading);
            if (!consistency.of(reading).consistent()) {
                throw new AssertionFailedError("the store is consistent with " + (consistency.consistent().isEmpty()
                        ? "no reading" : String.join(", ", consistency.consistent().stream().map(Reading::name).toList()))
                        + ", not with " + reading + ": " + Report.at(consistency.of(reading)));
            }
        }));
        return tests;
    }

    private interface Body {
        void run() throws AdapterFailure;
    }

    private static DynamicTest test(String name, Body body) {
        return dynamicTest(name, () -> {
            try {
                body.run();
            } catch (AdapterFailure f) {
                throw new IllegalStateException("adapter failure: " + f.getMessage(), f);
            }
        });
    }

    /** Keeps the result for the consistency test; fails with the divergence, as check reports it, and the trace that replays it. */
    private static void check(List<CaseResult> results, CaseResult r) {
        results.add(r);
        if (r.conforms()) return;
        List<String> report = VerdictReport.lines(r.verdict());
        List<String> lines = new ArrayList<>(report.subList(1, report.size()));
        lines.add("trace" + (r.saved() == null ? "" : " (saved as " + r.saved() + ")") + ":");
        TraceFile.text(r.c(), "", r.answers()).lines().skip(2).forEach(l -> lines.add("  " + l));
        throw new AssertionFailedError(r.c().id() + " under reading " + r.c().options().reading() + "\n" + String.join("\n", lines));
    }
}
