package storelogoff.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** A bad argument gets one line on stderr naming the command and the problem, and exit status 2; no usage dump. */
final class OneLineErrors implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        String message = ex.getMessage() == null ? "bad arguments" : ex.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
        PrintWriter err = cmd.getErr();
        err.println(name + ": " + message + " (see '" + name + " --help')");
        err.flush();
        return Main.EXIT_USAGE;
    }
}
