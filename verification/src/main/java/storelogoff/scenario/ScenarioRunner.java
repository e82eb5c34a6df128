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
 * Runs a scenario from the initial world, one step at a time, and reports each step: a step
 * is reported as soon as it ran, so a scenario of any length runs in bounded memory.
 * Trace suffixes ({@code => ...}) are not looked at: comparing them is the check command's job.
 */
public final class ScenarioRunner {
    private final StoreMachine machine;
    private final Observation observed = new Observation();
    private final World before;

    /** A run under {@code options} on the model {@code models} gives for its reading (a mutant, say). */
    public ScenarioRunner(ScenarioOptions options, Engine engine, Function<Reading, Model> models) {
        machine = engine.machine(models.apply(options.reading()), options.initialWorld());
        before = options.initialWorld();
    }

    /** Runs one step and says what it did. */
    public StepReport step(ScenarioStep s) {
        before.copyFrom(machine.world());
        machine.apply(s.step(), observed);
        return new StepReport(s.line(), s.step(), Observed.of(s.step(), observed, before, machine.world()));
    }

    public static List<StepReport> run(ScenarioFile scenario, Engine engine) {
        return run(scenario, engine, Model::new);
    }

    /** Runs a scenario held in memory on the model {@code models} gives for its reading. */
    public static List<StepReport> run(ScenarioFile scenario, Engine engine, Function<Reading, Model> models) {
        ScenarioRunner runner = new ScenarioRunner(scenario.options(), engine, models);
        List<StepReport> reports = new ArrayList<>();
        for (ScenarioStep s : scenario.steps()) reports.add(runner.step(s));
        return reports;
    }
}
