package storelogoff.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import storelogoff.scenario.ScenarioException;
import storelogoff.scenario.ScenarioFile;
import storelogoff.scenario.ScenarioParser;
import storelogoff.scenario.ScenarioRunner;
import storelogoff.scenario.StepReport;
import storelogoff.verify.mutants.Mutant;

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

    @Option(names = "--json", description = "Print JSON Lines instead of a table: the settings, then one object per step (a trace that check accepts).")
    boolean json;

    @Mixin
    ScenarioOptionsMixin options;




    @Option(names = "--mutant", paramLabel = "ID", converter = MutantConverter.class,
            description = "Run a wrong variant of the model instead (an id from docs/verification/kill-matrix.md),"
                    + " e.g. to replay the counterexample that kills it.")
    Mutant mutant;

    @Override
    public Integer call() {
        ScenarioFile scenario;
        try {
            scenario = ScenarioParser.parse(file, options.overrides());
        } catch (ScenarioException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return Main.EXIT_USAGE;
        }
        List<StepReport> reports = mutant == null ? ScenarioRunner.run(scenario, options.engine)
                : ScenarioRunner.run(scenario, options.engine, mutant::model);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(StepJson.settings(scenario.options()));
            for (StepReport r : reports) out.println(StepJson.of(r));
        } else {
            out.println(scenario.file() + ": " + scenario.options() + ", " + options.engine + " engine");
            StepTable.print(out, reports);
        }
        out.flush();
        return Main.EXIT_OK;
    }
}
