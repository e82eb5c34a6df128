package storelogoff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine;

/**
 * Runs the storelogoff command in-process, capturing what it prints and its exit status. The
 * command line is built as {@code main} builds it: with only the subcommand the arguments name
 * (picocli reading every command's annotations was most of a short command's time).
 */
record Cli(int exit, String out, String err) {

    static Cli run(String... args) {
        return run(Main.commandLine(args), args);
    }

    /** Runs {@code args} on {@code cl}, built for them, e.g. with a command's clock set first. */
    static Cli run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }

    /** The instance of the subcommand {@code cl} was built for, to set before it runs. */
    static <T> T command(CommandLine cl, Class<T> type) {
        return type.cast(cl.getSubcommands().values().iterator().next().getCommand());
    }

    /** Writes {@code text} to the file {@code name} in {@code dir}; its path, as an argument. */
    static String file(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    /** Non-empty lines of stdout. */
    String[] outLines() {
        return out.lines().filter(l -> !l.isBlank()).toArray(String[]::new);
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
