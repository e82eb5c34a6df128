package storelogoff.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import storelogoff.model.Event;
import storelogoff.model.LogoffFlag;
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

    /** A run under {@code options} on the model {@code models} gives for its reading (a mutant, say). */
    public ScenarioRunner(ScenarioOptions options, Engine engine, Function<Reading, Model> models) {
        machine = engine.machine(models.apply(options.reading()), options.initialWorld());
    }

    /** Runs one step and says what it did. */
    public StepReport step(ScenarioStep s) {
        int callsBefore = machine.world().transportsCalls;
        machine.apply(s.step(), observed);
        return report(s, observed, machine.world(), callsBefore);
    }

    public static List<StepReport> run(Scenario scenario, Engine engine) {
        return run(scenario, engine, Model::new);
    }

    /** Runs a scenario held in memory on the model {@code models} gives for its reading. */
    public static List<StepReport> run(Scenario scenario, Engine engine, Function<Reading, Model> models) {
        ScenarioRunner runner = new ScenarioRunner(scenario.options(), engine, models);
        List<StepReport> reports = new ArrayList<>();
        for (ScenarioStep s : scenario.steps()) reports.add(runner.step(s));
        return reports;
    }

    private static StepReport report(ScenarioStep s, Observation observed, World w, int callsBefore) {
        Event event = s.step().event();
        List<String> out = event == Event.LOGOFF && observed.outWritten ? LogoffFlag.names(observed.outFlags) : List.of();
        StepReport.TransportsCall call = w.transportsCalls > callsBefore
                ? new StepReport.TransportsCall(LogoffFlag.format(w.transportsFlag), LogoffFlag.names(w.transportsOut))
                : null;
        return new StepReport(s.line(), s.step().toScenarioLine(), observed.resultName(event), w.state, w.totalRefs(),
                w.flagSaved ? LogoffFlag.format(w.savedFlag) : null, out, call, w.flushQueues, w.transportsReturned,
                w.outbox, w.sending, w.arriving, w.sent, w.received, w.returned);
    }
}
