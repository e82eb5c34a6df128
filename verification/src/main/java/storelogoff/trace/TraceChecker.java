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
import storelogoff.model.World;
import storelogoff.scenario.Engine;
import storelogoff.scenario.ObservedField;
import storelogoff.scenario.Observed;
import storelogoff.scenario.ScenarioOptions;
import storelogoff.scenario.ScenarioWriter;

/**
 * Conformance of a recorded implementation trace: replays its steps through the model under
 * the trace's reading and stops at the first step where an observed field differs from the
 * model's. The clauses at stake are those of the row the model fired for that step; when no
 * row fired, those of every row of that state and event; when the state has none, those of the
 * rows leading into it. Then come the clauses that each differing field reports on ({@link ObservedField}).
 */
public final class TraceChecker {
    private TraceChecker() {}

    public static Verdict check(Trace trace, Engine engine) {
        ScenarioOptions o = trace.options();
        StoreMachine machine = engine.machine(new Model(o.reading()), o.initialWorld());
        Observation observed = new Observation();
        World before = o.initialWorld();
        int replayed = 0;
        int compared = 0;
        for (TraceStep s : trace.steps()) {
            before.copyFrom(machine.world());
            machine.apply(s.step(), observed);
            replayed++;
            if (s.expectation() == null) continue;
            compared++;
            List<FieldCheck> fields = s.expectation().compare(Observed.of(s.step(), observed, before, machine.world()));
            if (fields.stream().anyMatch(FieldCheck::differs)) {
                return new Verdict(trace.file(), o, engine, replayed, compared,
                        divergence(machine.model(), s, before.state, observed.fired, fields));
            }
        }
        return new Verdict(trace.file(), o, engine, replayed, compared, null);
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
        return new Divergence(s.line(), ScenarioWriter.line(s.step()), s.step().event(), fields, basis, before, names, List.copyOf(clauses));
    }
}
