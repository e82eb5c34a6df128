package storelogoff.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import storelogoff.model.Reading;
import storelogoff.verify.mutants.Mutant;
import storelogoff.scenario.Engine;
import storelogoff.scenario.Overrides;
import storelogoff.scenario.Scenario;
import storelogoff.scenario.ScenarioException;
import storelogoff.scenario.ScenarioOptions;
import storelogoff.scenario.ScenarioParser;
import storelogoff.scenario.ScenarioRunner;
import storelogoff.scenario.StepReport;

/** {@code storelogoff run FILE}: runs a scenario and shows what every step did. */
@Command(name = "run", sortOptions = false,
        description = {"Runs a scenario file step by step and prints the result and the world after each step.",
            "Format of FILE and of the output: docs/trace-format.md. A malformed file runs nothing."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Parameters(paramLabel = "FILE", description = "The scenario file.")
    Path file;

    @Option(names = "--json", description = "Print one JSON object per step instead of a table.")
    boolean json;

    @Option(names = "--reading", paramLabel = "R", converter = ReadingConverter.class,
            completionCandidates = ReadingConverter.Names.class,
            description = "The reading of the page: ${COMPLETION-CANDIDATES}; several joined with +."
                    + " Overrides 'set reading'.")
    Reading reading;

    @Option(names = "--clients", paramLabel = "N", description = "How many clients exist (1..8). Overrides 'set clients'.")
    Integer clients;

    @Option(names = "--no-default-inbox",
            description = "The store does not hold the default Inbox (NOWAIT-3). Overrides 'set default-inbox'.")
    boolean noDefaultInbox;

    @Option(names = "--engine", paramLabel = "E", defaultValue = "spring",
            description = "spring (the Spring Statemachine, default) or direct (the fast engine).")
    Engine engine;

    @Option(names = "--mutant", paramLabel = "ID", converter = MutantConverter.class,
            description = "Run a wrong variant of the model instead (an id from docs/verification/kill-matrix.md),"
                    + " e.g. to replay the counterexample that kills it.")
    Mutant mutant;

    @Override
    public Integer call() {
        if (clients != null && (clients < 1 || clients > ScenarioOptions.MAX_CLIENTS)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--clients': expected 1.."
                    + ScenarioOptions.MAX_CLIENTS + ", found " + clients);
        }
        Scenario scenario;
        try {
            scenario = ScenarioParser.parse(file, new Overrides(reading, clients, noDefaultInbox ? false : null));
        } catch (ScenarioException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return Main.EXIT_USAGE;
        }
        List<StepReport> reports = mutant == null ? ScenarioRunner.run(scenario, engine)
                : ScenarioRunner.run(scenario, engine, mutant::model);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            for (StepReport r : reports) out.println(StepJson.of(r));
        } else {
            out.println(scenario.file() + ": " + scenario.options() + ", " + engine + " engine");
            StepTable.print(out, reports);
        }
        out.flush();
        return Main.EXIT_OK;
    }
}
