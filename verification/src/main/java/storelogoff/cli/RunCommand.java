package storelogoff.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.scenario.Overrides;
import storelogoff.scenario.ScenarioException;
import storelogoff.scenario.ScenarioParser;
import storelogoff.scenario.ScenarioRunner;
import storelogoff.scenario.ScenarioStep;
import storelogoff.verify.mutants.Mutant;

/**
 * {@code storelogoff run FILE}: runs a scenario and shows what every step did. The file is
 * read twice, step by step: once to check all of it, so that a malformed file runs nothing,
 * then to run it, printing each step as it runs. Memory does not grow with the file.
 */
@Command(name = "run", sortOptions = false,
        description = {"Runs a scenario file step by step and prints the result and the world after each step.",
            "Format of FILE and of the output: docs/trace-format.md. A malformed file runs nothing."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Parameters(paramLabel = "FILE", description = "The scenario file (or a pipe, e.g. /dev/stdin).")
    Path file;

    @Option(names = "--json", description = "Print JSON Lines instead of a table: the settings, then one object per step (a trace that check accepts).")
    boolean json;

    @Mixin
    ScenarioOptionsMixin options;

    @Option(names = "--mutant", paramLabel = "ID", converter = MutantConverter.class,
            description = "Run a wrong variant of the model instead (an id from docs/verification/kill-matrix.md),"
                    + " e.g. to replay the counterexample that kills it.")
    Mutant mutant;

    /** Rows between two looks at whether stdout can still be written (each look flushes it). */
    static final int CHECK_EVERY = 4096;

    @Override
    public Integer call() {
        Overrides overrides = options.overrides();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Rereadable input = new Rereadable(file, "scenario")) {
            StepTable.Widths widths = new StepTable.Widths();
            try (ScenarioParser check = ScenarioParser.open(input.lines(), overrides)) {
                for (ScenarioStep s = check.next(); s != null; s = check.next()) widths.add(s);
            } catch (ScenarioException e) {
                err.println(e.getMessage());
                return Main.EXIT_USAGE;
            }
            if (widths.steps() == 0) err.println(file + ": the scenario has no steps (only blank lines, comments and settings)");
            Function<Reading, Model> models = mutant == null ? Model::new : mutant::model;
            try (ScenarioParser steps = ScenarioParser.open(input.lines(), overrides)) {
                ScenarioRunner runner = new ScenarioRunner(steps.options(), options.engine, models);
                StepTable table = json ? null : new StepTable(out, widths);
                if (table != null) {
                    out.println(steps.file() + ": " + steps.options() + ", " + options.engine + " engine");
                    table.header();
                } else {
                    out.println(StepJson.settings(steps.options()));
                }
                long rows = 0;
                for (ScenarioStep s = steps.next(); s != null; s = steps.next()) {
                    if (table != null) table.row(runner.step(s));
                    else out.println(StepJson.of(runner.step(s)));
                    // Stop soon once nobody reads (a closed pipe): checkError flushes, so not on every row.
                    if (++rows % CHECK_EVERY == 0) unwritable(out);
                }
            } catch (ScenarioException e) {
                // The first read found no error: the file changed while it ran.
                out.flush();
                err.println(e.getMessage() + " (the file changed while it ran)");
                return Main.EXIT_USAGE;
            }
        }
        unwritable(out);
        return Main.EXIT_OK;
    }

    private static void unwritable(PrintWriter out) {
        if (out.checkError()) throw new Crashes.Unavailable("cannot write the output (stdout closed, or the disk full)", null);
    }
}
