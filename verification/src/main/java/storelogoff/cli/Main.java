package storelogoff.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.LogManager;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code storelogoff} command. Exit status (every command's help lists it, {@link HelpOption}):
 * 0 done, 1 a finding (violation, divergence, stale docs), 2 bad usage or bad input, 3 internal
 * error or resource exhausted; each error is one line on stderr.
 */
@Command(name = "storelogoff",
        description = "Executable specification and verification suite for IMsgStore::StoreLogoff.")
public final class Main implements Callable<Integer> {
    /** The subcommands, in the order --help lists them. A new command is one class and one entry here. */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            VerifyCommand.class,
            BenchCommand.class,
            MutantsCommand.class,
            RunCommand.class,
            CheckCommand.class,
            ConformCommand.class,
            DiagramCommand.class,
            DiffCommand.class,
            DocsCommand.class);

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INTERNAL = 3;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    /** Read by {@link Crashes}, on whichever command it was given. */
    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On an internal error (exit status 3), print the stack trace too.")
    boolean debug;

    /** Without a subcommand there is nothing to do: say what is expected. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "missing command: expected one of " + String.join(", ", spec.subcommands().keySet()));
    }

    /** The command line with its error handling, ready to execute; tests run it in-process. */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS);
    }

    /**
     * The command line for {@code args}: with only the subcommand they name when they start with
     * one, since picocli reads every command's annotations as it builds the model (a tenth of
     * the main job's CPU), else with all of them, for help, suggestions and errors.
     */
    static CommandLine commandLine(String[] args) {
        if (args.length > 0) {
            for (Class<?> c : SUBCOMMANDS) {
                if (c.getAnnotation(Command.class).name().equals(args[0])) return commandLine(List.of(c));
            }
        }
        return commandLine(SUBCOMMANDS);
    }

    private static CommandLine commandLine(List<Class<?>> subcommands) {
        CommandLine cl = new CommandLine(new Main());
        for (Class<?> c : subcommands) cl.addSubcommand(c);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(Path.class, new PathConverter());
        cl.setParameterExceptionHandler(new OneLineErrors());
        cl.setExecutionStrategy(new Crashes(new CommandLine.RunLast()));
        return cl;
    }

    public static void main(String[] args) {
        // Spring and Reactor log through java.util.logging; the command reports errors itself.
        LogManager.getLogManager().reset();
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command {@code args} name, writing to {@code stdout} and {@code stderr} as {@link #main} does; its exit status. */
    static int run(String[] args, OutputStream stdout, OutputStream stderr) {
        return run(commandLine(args), args, stdout, stderr);
    }

    /** {@link #run(String[], OutputStream, OutputStream)} on a command line already built for {@code args}. */
    static int run(CommandLine cl, String[] args, OutputStream stdout, OutputStream stderr) {
        cl.setOut(stdout(stdout));
        cl.setErr(stderr(stderr));
        int status = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        return status;
    }

    /** Standard output: UTF-8 whatever the locale, buffered (run prints a line per step); a command flushes it before it waits. */
    static PrintWriter stdout(OutputStream out) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
    }

    /** Standard error: UTF-8, each line written at once. */
    static PrintWriter stderr(OutputStream err) {
        return new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    }
}
