package storelogoff.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import storelogoff.scenario.Excerpt;

/**
 * Runs the chosen command and turns whatever escapes it (a bug, memory or stack exhausted) into
 * exit status 3 and one line on stderr that names the cause and what to do. Never exit 1,
 * which means a finding; the stack trace only with {@code --debug}.
 */
final class Crashes implements IExecutionStrategy {
    private final IExecutionStrategy delegate;

    Crashes(IExecutionStrategy delegate) {
        this.delegate = delegate;
    }

    /** Something outside the tool failed (stdout closed, a disk full): its message says what, exit 3. */
    static final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A command that knows how to ask for less memory, e.g. smaller bounds. */
    interface Hint {
        /** What to lower when memory runs out, e.g. "lower the bounds"; null for nothing specific. */
        String smallerRun();
    }

    @Override
    public int execute(ParseResult parseResult) throws ExecutionException, ParameterException {
        try {
            return delegate.execute(parseResult);
        } catch (ParameterException e) {
            throw e;
        } catch (ExecutionException e) {
            return crash(parseResult, e.getCause() != null ? e.getCause() : e);
        } catch (Throwable t) {
            return crash(parseResult, t);
        }
    }

    private static int crash(ParseResult parseResult, Throwable t) {
        List<CommandLine> commands = parseResult.asCommandLineList();
        CommandLine command = commands.get(commands.size() - 1);
        boolean debug = commands.stream().anyMatch(c -> c.getParseResult() != null && c.getParseResult().hasMatchedOption("--debug"));
        PrintWriter err = command.getErr();
        String hint = command.getCommand() instanceof Hint h ? h.smallerRun() : null;
        // On a terminal a progress line may stand unfinished: clear it first.
        if (System.console() != null) err.print("\r\033[K");
        err.println(command.getCommandSpec().qualifiedName() + ": " + line(t, hint, debug));
        if (debug) t.printStackTrace(err);
        err.flush();
        return Main.EXIT_INTERNAL;
    }

    /** The one line: what happened and what to do. */
    static String line(Throwable t, String hint, boolean debug) {
        String trace = debug ? "" : "; --debug shows the stack trace";
        Throwable cause = rootError(t);
        if (cause instanceof OutOfMemoryError) {
            long mib = Runtime.getRuntime().maxMemory() >> 20;
            return String.format(Locale.ROOT, "out of memory (Java heap of %,d MiB): %sgive Java a larger heap, e.g."
                    + " JAVA_OPTS=-Xmx%dm for ./storelogoff or java -Xmx%dm -jar%s",
                    mib, hint == null ? "" : hint + ", or ", 2 * mib, 2 * mib, trace);
        }
        if (cause instanceof StackOverflowError) {
            return "stack overflow (input nested too deeply?): give Java a larger stack, e.g. JAVA_OPTS=-Xss16m"
                    + " for ./storelogoff or java -Xss16m -jar" + trace;
        }
        if (t instanceof Unavailable) return t.getMessage();
        String message = t.getMessage() == null ? "" : ": " + Excerpt.of(t.getMessage().strip().replaceAll("\\s+", " "));
        return "internal error: " + t.getClass().getName() + message + " (a bug in storelogoff; please report it with"
                + " the output of --debug)";
    }

    /** The memory or stack error behind {@code t}, if any; else {@code t}. */
    private static Throwable rootError(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof VirtualMachineError) return c;
            if (c.getCause() == c) break;
        }
        return t;
    }
}
