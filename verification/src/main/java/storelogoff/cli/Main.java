package storelogoff.cli;

import java.util.concurrent.Callable;
import java.util.logging.LogManager;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code storelogoff} command. Exit status: 0 done, 2 bad arguments or a malformed input
 * file (one line on stderr), 1 for a failure the command reports itself.
 */
@Command(name = "storelogoff",
        description = "Executable specification and verification suite for IMsgStore::StoreLogoff.",
        // The subcommands, in the order --help lists them. A new command is one class and one entry here.
        subcommands = {
            VerifyCommand.class,
            MutantsCommand.class,
            RunCommand.class,
            CheckCommand.class,
            ConformCommand.class,
            DiagramCommand.class,
            DiffCommand.class,
            DocsCommand.class,
        })
public final class Main implements Callable<Integer> {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    /** Without a subcommand there is nothing to do: say what is expected. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "missing command: expected one of " + String.join(", ", spec.subcommands().keySet()));
    }

    /** The command line with its error handling, ready to execute; tests run it in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(new OneLineErrors());
        return cl;
    }

    public static void main(String[] args) {
        // Spring and Reactor log through java.util.logging; the command reports errors itself.
        LogManager.getLogManager().reset();
        System.exit(commandLine().execute(args));
    }
}
