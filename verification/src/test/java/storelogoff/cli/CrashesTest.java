package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Whatever escapes a command is exit 3 and one line naming the cause and what to do, never exit 1
 * (a finding) and never a stack trace unless {@code --debug} asks for it.
 */
class CrashesTest {

    /** A command that fails the way it is told. */
    @Command(name = "boom")
    static final class Boom implements Callable<Integer>, Crashes.Hint {
        @Option(names = "--with")
        String with;

        @Override
        public Integer call() {
            switch (with) {
                case "memory" -> throw new OutOfMemoryError("Java heap space");
                case "stack" -> throw new StackOverflowError();
                case "wrapped" -> throw new IllegalStateException("worker failed", new OutOfMemoryError("Java heap space"));
                case "disk" -> throw new Crashes.Unavailable("cannot write the output (stdout closed, or the disk full)", null);
                default -> throw new IllegalArgumentException("a bug\nover two lines");
            }
        }

        @Override
        public String smallerRun() {
            return "lower the bounds";
        }
    }

    private static Cli run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.addSubcommand("boom", new Boom());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Cli(cl.execute(args), out.toString(), err.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " :: ", value = {
        "memory :: storelogoff boom: out of memory (Java heap of HEAP MiB): lower the bounds, or give Java a larger heap,"
            + " e.g. JAVA_OPTS=-XmxDOUBLEm for ./storelogoff or java -XmxDOUBLEm -jar; --debug shows the stack trace",
        "wrapped :: storelogoff boom: out of memory (Java heap of HEAP MiB): lower the bounds, or give Java a larger heap,"
            + " e.g. JAVA_OPTS=-XmxDOUBLEm for ./storelogoff or java -XmxDOUBLEm -jar; --debug shows the stack trace",
        "stack :: storelogoff boom: stack overflow (input nested too deeply?): give Java a larger stack, e.g."
            + " JAVA_OPTS=-Xss16m for ./storelogoff or java -Xss16m -jar; --debug shows the stack trace",
        "bug :: storelogoff boom: internal error: java.lang.IllegalArgumentException: a bug over two lines (a bug in"
            + " storelogoff; please report it with the output of --debug)",
        "disk :: storelogoff boom: cannot write the output (stdout closed, or the disk full)",
    })
    void anEscapeIsExitThreeWithOneLine(String with, String line) {
        Cli c = run("boom", "--with", with);
        long heap = Runtime.getRuntime().maxMemory() >> 20;
        assertThat(c.exit()).isEqualTo(3);
        assertThat(c.out()).isEmpty();
        assertThat(c.err()).isEqualTo(line.replace("HEAP", String.format(java.util.Locale.ROOT, "%,d", heap))
                .replace("DOUBLE", String.valueOf(2 * heap)) + System.lineSeparator());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"boom --debug --with bug", "--debug boom --with stack"})
    void debugAddsTheStackTrace(String args) {
        Cli c = run(args.split(" "));
        assertThat(c.exit()).isEqualTo(3);
        assertThat(c.err().lines().findFirst().orElseThrow()).startsWith("storelogoff boom: ").doesNotContain("--debug shows");
        assertThat(c.err()).contains("\tat storelogoff.cli.CrashesTest$Boom.call(");
    }
}
