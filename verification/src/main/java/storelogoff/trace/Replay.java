package storelogoff.trace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Step;
import storelogoff.model.StoreMachine;
import storelogoff.model.StoreState;
import storelogoff.model.Transition;
import storelogoff.model.World;
import storelogoff.scenario.Engine;
import storelogoff.scenario.ObservedField;
import storelogoff.scenario.ScenarioOptions;
import storelogoff.scenario.ScenarioWriter;

/**
 * The model's side of a trace check, one step at a time: runs each step through the model and
 * compares what the implementation observed with the model's value, field by field. A
 * divergence carries the clauses at stake: those of the row the model fired; when no row fired,
 * those of every row of that state and event; when the state has none, those of the rows
 * leading into it; then the clauses that define each differing field ({@link ObservedField}).
 * {@link TraceChecker} replays recorded traces with it, the conformance kit live answers.
 */
public final class Replay {
    private final StoreMachine machine;
    private final Observation observed = new Observation();
    /** The world before the step being replayed. */
    private final World before;
    private int replayed;
    private int compared;

    public Replay(ScenarioOptions options, Engine engine) {
        this(engine.machine(new Model(options.reading()), options.initialWorld()));
    }

    /** Replays on {@code machine} from its current world. */
    public Replay(StoreMachine machine) {
        this.machine = machine;
        this.before = machine.world().copy();
    }

    /**
     * Runs {@code step}; when {@code expected} is not null compares it with the model.
     * Returns the divergence, or null when every given field is as modelled.
     *
     * @param line where the step is written, for the report
     */
    public Divergence step(int line, Step step, Expectation expected) {
        before.copyFrom(machine.world());
        machine.apply(step, observed);
        replayed++;
        if (expected == null) return null;
        compared++;
        List<FieldCheck> fields = expected.compare(step, observed, before, machine.world());
        for (FieldCheck f : fields) {
            if (f.differs()) return divergence(machine.model(), line, step, before.state, observed.fired, fields);
        }
        return null;
    }

    /** Steps replayed so far. */
    public int replayed() {
        return replayed;
    }

    /** Of those, steps compared with an expectation. */
    public int compared() {
        return compared;
    }

    /** The model's world now; callers must not change it. */
    public World world() {
        return machine.world();
    }

    /**
     * The model's value of each of {@code fields} for a step that went from {@code before} to
     * {@code after} with {@code o}, in canonical form: what an implementation that observes
     * those fields would have to report.
     */
    public static List<String> modelled(Set<ObservedField> fields, Step step, World before, World after, Observation o) {
        List<String> values = new ArrayList<>(fields.size());
        for (ObservedField f : fields) values.add(f.modelled(step, o, before, after));
        return values;
    }

    private static Divergence divergence(Model model, int line, Step step, StoreState before, Transition fired,
                                         List<FieldCheck> fields) {
        Divergence.Basis basis;
        List<Transition> rows;
        if (fired != null) {
            basis = Divergence.Basis.FIRED;
            rows = List.of(fired);
        } else if (model.candidates(before, step.event()).length > 0) {
            basis = Divergence.Basis.NONE_FIRED;
            rows = List.of(model.candidates(before, step.event()));
        } else {
            basis = Divergence.Basis.INTO_STATE;
            rows = model.transitions().stream().filter(t -> t.target() == before && t.source() != before).toList();
        }
        Set<String> clauses = new LinkedHashSet<>();
        rows.forEach(t -> clauses.addAll(t.clauses()));
        fields.stream().filter(FieldCheck::differs).forEach(f -> clauses.addAll(f.field().clauses));
        List<String> names = new ArrayList<>();
        rows.forEach(t -> names.add(t.name()));
        return new Divergence(line, ScenarioWriter.line(step), step.event(), fields, basis, before, names, List.copyOf(clauses));
    }
}
