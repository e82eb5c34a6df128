package storelogoff.conform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

import storelogoff.model.Reading;
import storelogoff.scenario.Scenario;
import storelogoff.scenario.ScenarioOptions;
import storelogoff.trace.Divergence;
import storelogoff.trace.Expectation;
import storelogoff.trace.Verdict;
import storelogoff.verify.walk.Shrinker;
import storelogoff.verify.walk.Violation;

/**
 * The conformance kit: runs the suites on an implementation through its {@link Adapter} and
 * judges every answer with the model ({@link Judge}, as {@code check} does) under one reading. A diverging case
 * is saved as a trace that {@code storelogoff check} replays; the first diverging walk is shrunk
 * to a shortest failing scenario first. Then every answer is checked under every reading, to
 * say which readings the implementation is consistent with.
 */
public final class Conformance {
    public static final int DEFAULT_WALKS = 100;
    public static final int DEFAULT_WALK_STEPS = 200;
    public static final int DEFAULT_WALK_CLIENTS = 3;
    /** Walks whose answers are kept for the readings' consistency; later ones are judged under the kit's reading only. */
    static final int WALKS_KEPT = 1000;

    private Reading reading = Reading.DEFAULT;
    private Set<Suite> suites = EnumSet.allOf(Suite.class);
    private int walks = DEFAULT_WALKS;
    private int walkSteps = DEFAULT_WALK_STEPS;
    private int walkClients = DEFAULT_WALK_CLIENTS;
    private long seed = new SplittableRandom().nextLong();
    private Path saveTo;

    public Conformance reading(Reading r) {
        this.reading = r;
        return this;
    }

    public Reading reading() {
        return reading;
    }

    public Conformance suites(Set<Suite> s) {
        if (s.isEmpty()) throw new IllegalArgumentException("expected at least one suite, found none");
        this.suites = EnumSet.copyOf(s);
        return this;
    }

    /** {@code n} walks of up to {@code maxSteps} steps. */
    public Conformance walks(int n, int maxSteps) {
        if (n < 0 || maxSteps < 1) throw new IllegalArgumentException("expected walks >= 0 and steps >= 1, found " + n + " and " + maxSteps);
        this.walks = n;
        this.walkSteps = maxSteps;
        return this;
    }

    public Conformance seed(long s) {
        this.seed = s;
        return this;
    }

    public long seed() {
        return seed;
    }

    /** Where diverging cases are saved as traces; null saves nothing. */
    public Conformance saveTo(Path dir) {
        this.saveTo = dir;
        return this;
    }

    /** What the fixed suites hold for this adapter: the cases, and what the adapter's steps cannot reach. */
    Suites.Plan plan(Hello hello) {
        return Suites.plan(hello, reading, suites);
    }

    /** Runs every chosen suite; stops at the first adapter failure. */
    public Report run(Adapter adapter) throws AdapterFailure {
        long start = System.nanoTime();
        Hello hello = adapter.hello();
        Suites.Plan plan = plan(hello);
        Map<Suite, List<CaseResult>> results = new EnumMap<>(Suite.class);
        Map<Suite, long[]> effort = new EnumMap<>(Suite.class);
        for (Suite s : suites) {
            long[] e = new long[2];
            effort.put(s, e);
            List<CaseResult> out = new ArrayList<>();
            results.put(s, out);
            List<Case> cases = switch (s) {
                case ROWS -> plan.rows();
                case PAIRS -> plan.pairs();
                case READINGS -> plan.readings();
                case WALKS -> null;
            };
            if (cases != null) {
                for (Case c : cases) out.add(count(e, run(adapter, c)));
            } else {
                SplittableRandom seeds = new SplittableRandom(seed);
                for (int k = 1; k <= walks; k++) {
                    CaseResult r = count(e, run(adapter, Suites.walk(k, seeds.split(), hello, reading, walkSteps, walkClients)));
                    if (!r.conforms()) {
                        out.add(shrink(adapter, r, e));
                        break;
                    }
                    out.add(k <= WALKS_KEPT ? r : r.withoutAnswers());
                }
            }
        }
        Consistency consistency = Consistency.of(results.values().stream().flatMap(List::stream).toList(), reading);
        return new Report(hello, reading, seed, walks, results, effort, plan.unreachable(), plan.untold(), consistency,
                saveTo, System.nanoTime() - start);
    }

    private static CaseResult count(long[] effort, CaseResult r) {
        effort[0] += r.answers().size();
        effort[1] += r.nanos();
        return r;
    }

    /** Runs one case and judges it under the kit's reading; saves it when it diverges. */
    public CaseResult run(Adapter adapter, Case c) throws AdapterFailure {
        long t0 = System.nanoTime();
        List<Expectation> answers = adapter.run(c.id(), c.options().clients(), c.options().defaultInbox(), c.steps());
        long nanos = System.nanoTime() - t0;
        Path file = saveTo == null ? Path.of(fileName(c)) : saveTo.resolve(fileName(c));
        Verdict v = Judge.check(file.toString(), c.options(), c.steps(), answers);
        Path saved = null;
        if (!v.conforms() && saveTo != null) {
            try {
                Files.createDirectories(saveTo);
                Files.writeString(file, TraceFile.text(c, adapter.hello().implementation(), answers), StandardCharsets.UTF_8);
                saved = file;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot save the diverging case to " + file + ": " + e.getMessage(), e);
            }
        }
        return new CaseResult(c, answers, v, saved, null, nanos);
    }

    /**
     * Shrinks a diverging walk with the walks' shrinker, the implementation as its oracle: a
     * candidate is kept when it diverges the same way (the same fields, the same rows).
     */
    CaseResult shrink(Adapter adapter, CaseResult found, long[] effort) throws AdapterFailure {
        Case walk = found.c();
        Divergence d = found.divergence();
        int failing = d.line() - TraceFile.HEADER;
        ScenarioOptions o = walk.options();
        Scenario sc = new Scenario(o, walk.steps().subList(0, failing));
        Function<Scenario, Violation> oracle = candidate -> {
            Case c = walk.withSteps(walk.name(), options(candidate), candidate.steps());
            try {
                long t0 = System.nanoTime();
                List<Expectation> answers = adapter.run(c.id() + " (shrinking)", c.options().clients(), c.options().defaultInbox(), c.steps());
                effort[0] += answers.size();
                effort[1] += System.nanoTime() - t0;
                Verdict v = Judge.check(c.id(), c.options(), c.steps(), answers);
                if (v.conforms()) return null;
                CaseResult r = new CaseResult(c, answers, v, null, null, 0);
                int index = v.divergence().line() - TraceFile.HEADER - 1;
                return new Violation(r.kind(), v.divergence().step(), index, c.steps().get(index), "", "");
            } catch (AdapterFailure e) {
                throw new FailedWhileShrinking(e);
            }
        };
        Shrinker.Result r;
        try {
            r = Shrinker.shrink(sc, found.kind(), oracle);
        } catch (FailedWhileShrinking e) {
            throw e.failure;
        }
        Case shrunk = walk.withSteps(walk.name() + ", shrunk from " + failing + " to " + r.scenario().steps().size()
                + (r.scenario().steps().size() == 1 ? " step" : " steps"), options(r.scenario()), r.scenario().steps());
        CaseResult result = count(effort, run(adapter, shrunk));
        return new CaseResult(result.c(), result.answers(), result.verdict(), result.saved(), walk, result.nanos());
    }

    private ScenarioOptions options(Scenario s) {
        return new ScenarioOptions(reading, s.options().clients(), s.options().defaultInbox());
    }

    /** A file name for a case: {@code rows-SaveLogoffFlag.trace}. */
    static String fileName(Case c) {
        String name = c.name().replaceAll(",? shrunk from.*", "").replace(" -> ", "-to-").replace(" vs ", "-vs-")
                .replaceAll(", \\+\\d+ pairs?$", "").replaceAll("[^A-Za-z0-9.+-]+", "-");
        return c.suite().key() + "-" + name + ".trace";
    }

    /** An adapter failure met inside the shrinker's oracle, carried out of it. */
    private static final class FailedWhileShrinking extends RuntimeException {
        final AdapterFailure failure;

        FailedWhileShrinking(AdapterFailure failure) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
        }
    }
}
