package storelogoff.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import storelogoff.model.Reading;
import storelogoff.verify.docs.DiagramRenderer;
import storelogoff.verify.docs.DiagramRenderer.Format;

/** {@code diagram}: the state diagram of one reading, drawn from the transition table. */
@Command(name = "diagram", sortOptions = false,
        description = "Print the state diagram of a reading, drawn from the model's transition table.")
public final class DiagramCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    private Format format = Format.MERMAID;

    @Option(names = "--reading", paramLabel = "R", converter = ReadingConverter.class,
            description = "Reading to draw (default: default); names join with +, e.g. lenient-flags+abort-stops.")
    Reading reading = Reading.DEFAULT;

    @Option(names = "--format", paramLabel = "F", description = "mermaid (default) or dot.")
    void format(String name) {
        try {
            format = Format.byName(name);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
    }

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(DiagramRenderer.render(reading, format));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
