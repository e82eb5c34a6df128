package storelogoff.trace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.StoreMachine;
import storelogoff.model.StoreState;
import storelogoff.model.Transition;
import storelogoff.scenario.Engine;
import storelogoff.scenario.ScenarioOptions;

/**
 * Conformance of a recorded implementation trace: replays its steps through the model under
 * the trace's reading and stops at the first step where an observed field differs from the
 * model's. The clauses at stake are those of the row the model fired for that step; when no
 * row fired, those of every row of that state and event; when the state has none, those of the
 * rows leading into it. Then come the clauses that define each differing field ({@link Field}).
 */
public final class TraceChecker {
    private TraceChecker() {}

    /** Told every {@link #EVERY} steps read, so that a long check can show progress. */
    public interface Listener {
        void read(long steps, int line);
    }

    /** How many steps pass between two calls of the {@link Listener}. */
    public static final int EVERY = 1 << 14;

    public static Verdict check(Trace trace, Engine engine) throws TraceException {
        return check(trace, engine, (steps, line) -> { });
    }

    /**
     * Replays {@code trace} up to its first divergence, then reads the rest without replaying it:
     * a trace malformed anywhere gets no verdict, only its first error.
     *
     * @throws TraceException at the first malformed line
     */
    public static Verdict check(Trace trace, Engine engine, Listener listener) throws TraceException {
        ScenarioOptions o = trace.options();
        StoreMachine machine = engine.machine(new Model(o.reading()), o.initialWorld());
        Observation observed = new Observation();
        int replayed = 0;
        int compared = 0;
        long read = 0;
        Divergence divergence = null;
        for (TraceStep s = trace.next(); s != null; s = trace.next()) {
            if (++read % EVERY == 0) listener.read(read, trace.line());
            if (divergence != null) continue;
            StoreState before = machine.world().state;
            int callsBefore = machine.world().transportsCalls;
            machine.apply(s.step(), observed);
            replayed++;
            if (s.expectation() == null) continue;
            compared++;
            Modelled m = new Modelled(s.step().event(), observed, machine.world(),
                    machine.world().transportsCalls > callsBefore);
            List<FieldCheck> fields = s.expectation().compare(m);
            if (fields.stream().anyMatch(FieldCheck::differs)) {
                divergence = divergence(machine.model(), s, before, observed.fired, fields);
            }
        }
        return new Verdict(trace.file(), o, engine, replayed, compared, divergence);
    }

    private static Divergence divergence(Model model, TraceStep s, StoreState before, Transition fired,
                                         List<FieldCheck> fields) {
        Divergence.Basis basis;
        List<Transition> rows;
        if (fired != null) {
            basis = Divergence.Basis.FIRED;
            rows = List.of(fired);
        } else if (model.candidates(before, s.step().event()).length > 0) {
            basis = Divergence.Basis.NONE_FIRED;
            rows = List.of(model.candidates(before, s.step().event()));
        } else {
            basis = Divergence.Basis.INTO_STATE;
            rows = model.transitions().stream().filter(t -> t.target() == before && t.source() != before).toList();
        }
        Set<String> clauses = new LinkedHashSet<>();
        rows.forEach(t -> clauses.addAll(t.clauses()));
        fields.stream().filter(FieldCheck::differs).forEach(f -> clauses.addAll(f.field().clauses));
        List<String> names = new ArrayList<>();
        rows.forEach(t -> names.add(t.name()));
        return new Divergence(s.line(), s.step().toScenarioLine(), s.step().event(), fields, basis, before, names, List.copyOf(clauses));
    }
}
