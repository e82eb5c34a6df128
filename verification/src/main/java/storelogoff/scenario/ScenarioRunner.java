package storelogoff.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.StoreMachine;
import storelogoff.model.World;

/**
 * Runs a parsed scenario from the initial world, one step at a time, and reports each step.
 * Trace suffixes ({@code => ...}) are not looked at: comparing them is the check command's job.
 */
public final class ScenarioRunner {
    private ScenarioRunner() {}

    public static List<StepReport> run(ScenarioFile scenario, Engine engine) {
        return run(scenario, engine, Model::new);
    }

    /** Runs on the model {@code models} gives for the scenario's reading (a mutant, say). */
    public static List<StepReport> run(ScenarioFile scenario, Engine engine, Function<Reading, Model> models) {
        ScenarioOptions o = scenario.options();
        StoreMachine machine = engine.machine(models.apply(o.reading()), o.initialWorld());
        Observation observed = new Observation();
        World before = o.initialWorld();
        List<StepReport> reports = new ArrayList<>();
        for (ScenarioStep s : scenario.steps()) {
            before.copyFrom(machine.world());
            machine.apply(s.step(), observed);
            reports.add(new StepReport(s.line(), s.step(), Observed.of(s.step(), observed, before, machine.world())));
        }
        return reports;
    }
}
