package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.HResult;
import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.model.WorldField;
import storelogoff.verify.Bounds;
import storelogoff.verify.Conjunct;
import storelogoff.verify.Invariant;
import storelogoff.verify.Watch;
import storelogoff.verify.invariants.Invariants;
import storelogoff.verify.mutants.KillMatrix;
import storelogoff.verify.mutants.Mutant;

/**
 * The dispatch skips an invariant only where it holds (IMPL-2 and every clause an invariant
 * cites: a {@link Watch} too narrow would hide their violations and nothing else would say so).
 * Under every reading, for the declaration and every named and generated mutant, at small
 * bounds: every transition the search explores is audited ({@link Dispatch.Audit}: each
 * invariant the table does not wake is checked there and must hold), and the verdict (the first
 * violation's property, message and counterexample) equals that of the same search checking
 * every invariant on every transition.
 */
class DispatchSoundnessTest {
    /**
     * Two clients sharing the store, one reference, message and arrival each: small enough to
     * search every mutant, large enough for the shared-store and cross-client steps (a
     * one-client run is within it: the second client may stay idle).
     */
    private static final Bounds SMALL = new Bounds(2, 1, 1, 1, true);
    /** And for the declarations and the named mutants, without the default Inbox (NOWAIT-3). */
    private static final Bounds NO_INBOX = new Bounds(2, 1, 1, 1, false);

    /** A model to search: the declaration or a mutant, under one reading. */
    private record Subject(String name, Model model, boolean named) {}

    /** Built once: the tests share them. */
    private static List<Subject> subjects;

    private static synchronized List<Subject> subjects() {
        if (subjects != null) return subjects;
        List<Subject> all = new ArrayList<>();
        List<Mutant> mutants = KillMatrix.mutants();
        for (Reading r : Reading.ALL) {
            all.add(new Subject("declaration@" + r.name(), new Model(r), true));
            for (Mutant m : mutants) {
                if (m.appliesTo(r)) all.add(new Subject(m.id() + "@" + r.name(), m.model(r), m.operator().equals("named")));
            }
        }
        subjects = all;
        return all;
    }

    /** What the audits found and how much they covered. */
    private static final class Findings {
        final List<String> unsound = Collections.synchronizedList(new ArrayList<>());
        final List<String> verdicts = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong transitions = new AtomicLong(), searches = new AtomicLong();
    }

    @Test
    void everyInvariantTheDispatchSkipsHolds() {
        List<Invariant> invariants = Invariants.all();
        Findings f = new Findings();
        long start = System.nanoTime(), cpu = cpu();
        subjects().parallelStream().forEach(s -> audit(s, SMALL, invariants, null, f));
        System.out.printf("audited %,d searches, %,d transitions: %d ms, cpu %d ms%n", f.searches.get(),
                f.transitions.get(), (System.nanoTime() - start) / 1_000_000, (cpu() - cpu) / 1_000_000);
        assertThat(f.searches.get()).as("searches").isGreaterThan(2_000);
        assertThat(f.unsound).as("transitions where the dispatch skipped a failing invariant (a Watch too narrow)").isEmpty();
    }

    @Test
    void theVerdictIsTheOneOfCheckingEveryInvariantEverywhere() {
        List<Invariant> invariants = Invariants.all();
        // The same lists for every search: the explorer then builds each table once (Dispatch.Table).
        List<Invariant> everywhere = invariants.stream().map(i -> rewatched(i, Watch.EVERY_STEP)).toList();
        Findings f = new Findings();
        subjects().parallelStream().filter(Subject::named).forEach(s -> {
            for (Bounds b : List.of(SMALL, NO_INBOX)) audit(s, b, invariants, everywhere, f);
        });
        assertThat(f.searches.get()).as("searches").isGreaterThan(350);
        assertThat(f.unsound).as("transitions where the dispatch skipped a failing invariant (a Watch too narrow)").isEmpty();
        assertThat(f.verdicts).as("searches whose verdict depends on the narrowing").isEmpty();
    }

    /**
     * The type invariant declared as watching the counts it reads but not the state: a step that
     * changes only the state (a row sent to the wrong state) then goes unchecked. The audit must
     * catch it on some mutant, and the verdict must differ there.
     */
    @Test
    void theAuditCatchesAWatchTooNarrow() {
        Invariant tooNarrow = rewatched(Invariants.byId("type"), Watch.changes(WorldField.REFS, WorldField.SUBMITTED,
                WorldField.OUTBOX, WorldField.SENDING, WorldField.SENT, WorldField.ARRIVALS, WorldField.ARRIVING,
                WorldField.RECEIVED, WorldField.RETURNED, WorldField.TRANSPORTS_CALLS));
        Findings f = new Findings();
        List<Invariant> narrow = List.of(tooNarrow), everywhere = List.of(rewatched(tooNarrow, Watch.EVERY_STEP));
        boolean caught = subjects().stream().anyMatch(s -> {
            audit(s, SMALL, narrow, everywhere, f);
            return !f.unsound.isEmpty() && !f.verdicts.isEmpty();
        });
        assertThat(caught).as("some mutant shows the watch too narrow: " + f.unsound + f.verdicts).isTrue();
        assertThat(f.unsound.get(0)).contains("type is not woken");
    }

    /**
     * A property that reads who made a call ("client 2's StoreLogoff is never accepted"),
     * declared the same for every caller: where both clients hold a reference, client 2's
     * StoreLogoff repeats client 1's (same answer, same world after), and the search would check
     * only client 1's. The audit must catch it, and the verdict then differs: the violation is
     * found one step later, where client 2 logs off alone.
     */
    @Test
    void theAuditCatchesAPropertyThatReadsTheCallerDeclaredTheSameForEveryCaller() {
        Invariant clientTwo = new Invariant() {
            @Override public String id() { return "client-2-never-logs-off"; }
            @Override public List<String> clauses() { return List.of("IMPL-2"); }
            @Override public String description() { return "Client 2's StoreLogoff is never accepted."; }
            @Override public Watch watches() { return Watch.events(Event.LOGOFF).accepted().sameForEveryCaller(); }
            @Override public String check(Reading r, World before, Step step, World after, Observation o) {
                return step.event() == Event.LOGOFF && step.client() == 2 && o.hresult == HResult.S_OK ? "client 2 logged off" : null;
            }
        };
        Findings f = new Findings();
        Subject declaration = subjects().get(0);
        audit(declaration, SMALL, List.of(clientTwo), List.of(rewatched(clientTwo, Watch.EVERY_STEP)), f);
        assertThat(f.unsound).as("what the audit found").isNotEmpty();
        assertThat(f.unsound.get(0)).contains("client-2-never-logs-off is not woken", "a repeat of an earlier caller's call");
        assertThat(f.verdicts).as("the verdict, with and without the declaration").hasSize(1);
    }

    /**
     * One subject under one bounds, searched narrowed with the audit; and, given {@code everywhere}
     * (the invariants watching every step), searched again with them, the verdicts compared.
     */
    private static void audit(Subject s, Bounds b, List<Invariant> invariants, List<Invariant> everywhere, Findings f) {
        ExplorationResult narrowed = search(s.model(), b, invariants).audit(u -> {
            if (f.unsound.size() < 20) f.unsound.add(s.name() + " at " + b + ": " + u);
        }).run();
        f.searches.incrementAndGet();
        f.transitions.addAndGet(narrowed.transitions());
        if (everywhere == null) return;
        ExplorationResult full = search(s.model(), b, everywhere).run();
        String n = verdict(narrowed), e = verdict(full);
        if (!n.equals(e)) f.verdicts.add(s.name() + " at " + b + ": narrowed " + n + ", every invariant " + e);
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static Explorer search(Model model, Bounds bounds, List<Invariant> invariants) {
        return new Explorer(model, bounds).invariants(invariants).liveness(false).crossCheck(CrossCheck.none()).threads(1);
    }

    private static String verdict(ExplorationResult r) {
        Counterexample c = r.violation();
        return c == null ? "holds" : c.property() + " " + c.steps() + ": " + c.message();
    }

    /** {@code inv}, checked on the steps {@code watch} sees instead of its own. */
    static Invariant rewatched(Invariant inv, Watch watch) {
        return new Invariant() {
            @Override public String id() { return inv.id(); }
            @Override public List<String> clauses() { return inv.clauses(); }
            @Override public String description() { return inv.description(); }
            @Override public boolean appliesTo(Reading r) { return inv.appliesTo(r); }
            @Override public Watch watches() { return watch; }
            @Override public List<Conjunct> conjuncts() { return inv.conjuncts(); }
            @Override public String check(Reading r, World before, Step step, World after, Observation o) {
                return inv.check(r, before, step, after, o);
            }
        };
    }
}
