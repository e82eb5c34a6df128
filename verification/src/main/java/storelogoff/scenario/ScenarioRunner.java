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
        List<StepReport> reports = new ArrayList<>();
        for (ScenarioStep s : scenario.steps()) {
            int callsBefore = machine.world().transportsCalls;
            machine.apply(s.step(), observed);
            reports.add(report(s, observed, machine.world(), callsBefore));
        }
        return reports;
    }

    private static StepReport report(ScenarioStep s, Observation observed, World w, int callsBefore) {
        Event event = s.step().event();
        List<String> out = event == Event.LOGOFF && observed.outWritten ? LogoffFlag.names(observed.outFlags) : List.of();
        StepReport.TransportsCall call = w.transportsCalls > callsBefore
                ? new StepReport.TransportsCall(LogoffFlag.format(w.transportsFlag), LogoffFlag.names(w.transportsOut))
                : null;
        return new StepReport(s.line(), ScenarioWriter.line(s.step()), observed.resultName(event), w.state, w.totalRefs(),
                w.flagSaved ? LogoffFlag.format(w.savedFlag) : null, out, call, w.flushQueues, w.transportsReturned,
                w.outbox, w.sending, w.arriving, w.sent, w.received, w.returned);
    }
}
