package storelogoff.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import storelogoff.model.Reading;
import storelogoff.verify.Bounds;
import storelogoff.verify.diff.Comparison;
import storelogoff.verify.diff.ReadingDiff;

/** {@code diff}: the shortest scenario whose observable behaviour differs between two readings. */
@Command(name = "diff", sortOptions = false,
        description = {"Print the shortest scenario that tells two readings apart, with the first differing step.",
                "With no --reading, compare every pair of named readings."})
public final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--reading", paramLabel = "R", converter = ReadingConverter.class,
            description = "A reading to compare; give it twice (--reading A --reading B), or not at all.")
    List<Reading> readings = new ArrayList<>();

    @Override
    public Integer call() {
        if (readings.size() == 1 || readings.size() > 2) {
            throw new ParameterException(spec.commandLine(),
                    "--reading: give two readings to compare, or none for every pair; got " + readings.size());
        }
        Bounds bounds = Bounds.DEFAULT;
        List<Comparison> comparisons = readings.isEmpty()
                ? ReadingDiff.allPairs(Reading.ALL, bounds)
                : List.of(ReadingDiff.compare(readings.get(0), readings.get(1), bounds));
        PrintWriter out = spec.commandLine().getOut();
        for (int i = 0; i < comparisons.size(); i++) {
            if (i > 0) out.println();
            out.print(comparisons.get(i).report());
        }
        out.flush();
        return 0;
    }
}
