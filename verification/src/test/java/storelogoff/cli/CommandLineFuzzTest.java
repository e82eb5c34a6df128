package storelogoff.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;
import storelogoff.fuzz.Fuzzing;

/**
 * Fuzzes the command line: any arguments give exit 0, 1 or 2, never an exception and never a
 * stack trace; 2 prints one line on stderr and nothing on stdout; only the commands with a
 * verdict exit 1. The input is one argument per line; {@code @scenario}, {@code @trace},
 * {@code @jsonl}, {@code @empty}, {@code @missing} and {@code @dir} stand for files (no other
 * argument may name a path outside the module: '/' and '\' are dropped).
 */
class CommandLineFuzzTest {
    private static final Path EXAMPLES = Path.of(Objects.requireNonNull(System.getProperty("storelogoff.repo"),
            "storelogoff.repo"), "docs", "examples");
    private static final Map<String, String> FILES = files();
    /** The commands whose exit 1 is a verdict: a violation, a divergence, a stale doc, a survivor. */
    private static final Set<Class<?>> VERDICTS = Set.of(VerifyCommand.class, CheckCommand.class, DocsCommand.class,
            MutantsCommand.class);

    @Timeout(Fuzzing.HANG_SECONDS)
    @FuzzTest(maxDuration = Fuzzing.DURATION)
    void onlyDocumentedExitCodes(byte[] input) {
        String[] args = arguments(input);
        Class<?> command = command(args);
        if (command == null) return;
        Cli r = Cli.run(args);
        String call = "storelogoff " + String.join(" ", args);
        assertThat(r.exit()).as(call).isIn(Main.EXIT_OK, Main.EXIT_FAILED, Main.EXIT_USAGE);
        assertThat(withoutArguments(r.err(), args)).as("no stack trace or Java exception from " + call)
                .doesNotContain("\tat ").doesNotContainPattern("[A-Za-z](Exception|Error)\\b");
        if (r.exit() == Main.EXIT_FAILED) assertThat(VERDICTS).as("exit 1 from " + call).contains(command);
        if (r.exit() == Main.EXIT_USAGE) {
            assertThat(r.out()).as("stdout of " + call).isEmpty();
            assertThat(r.err().strip()).as("stderr of " + call).isNotEmpty().doesNotContain("\n");
        }
    }

    /** What the tool said itself: the arguments it quotes (a file named {@code xException}) removed. */
    private static String withoutArguments(String text, String[] args) {
        for (String a : args) {
            if (!a.isEmpty()) text = text.replace(a, "");
        }
        return text;
    }

    /** One argument per line, placeholders replaced; at most 16. */
    private static String[] arguments(byte[] input) {
        String text = new String(input, UTF_8);
        if (text.isEmpty()) return new String[0];
        return Arrays.stream(text.split("\n", 17)).limit(16)
                .map(a -> FILES.getOrDefault(a, a.replace("/", "").replace("\\", "")))
                .toArray(String[]::new);
    }

    /**
     * The class of the command the arguments run, or null when running it would take seconds or
     * more or write files (the whole kill matrix, every pair of readings, large bounds,
     * regenerated docs): those are only parsed. A usage error or a help request runs.
     */
    private static Class<?> command(String[] args) {
        ParseResult leaf;
        try {
            leaf = Main.commandLine().parseArgs(args);
        } catch (CommandLine.ParameterException usage) {
            return Main.class;
        }
        while (!leaf.isUsageHelpRequested() && !leaf.isVersionHelpRequested() && leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        Object command = leaf.commandSpec().userObject();
        if (leaf.isUsageHelpRequested() || leaf.isVersionHelpRequested()) return command.getClass();
        if (command instanceof MutantsCommand) return null;
        if (command instanceof DiffCommand d && d.readings.isEmpty()) return null;
        // Without --repo, or with this checkout, docs renders (and without --check writes) the real docs.
        if (command instanceof DocsCommand d && (d.repo == null || RepositoryRoot.isRoot(d.repo))) return null;
        if (command instanceof VerifyCommand v && !small(v)) return null;
        if (command instanceof BenchCommand b && !(small(b.search) && b.runs <= 1)) return null;
        return command.getClass();
    }

    private static boolean small(VerifyCommand v) {
        if (!small(v.search) || v.walks > 20 || v.steps > 50 || v.walkClients > 3) return false;
        if (v.crossCheck.equalsIgnoreCase("all")) return false;
        return !v.crossCheck.matches("\\d{3,}");
    }

    private static boolean small(SearchOptions s) {
        return s.clients <= 2 && s.refs <= 2 && s.messages <= 1 && s.arrivals <= 1
                && s.threads <= Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    private static Map<String, String> files() {
        try {
            Path dir = Files.createTempDirectory("storelogoff-fuzz");
            dir.toFile().deleteOnExit();
            Path empty = Files.createFile(dir.resolve("empty.scn"));
            empty.toFile().deleteOnExit();
            return Map.of("@scenario", EXAMPLES.resolve("no-wait-drains-outbox.scn").toString(),
                    "@trace", EXAMPLES.resolve("traces/kopano.trace").toString(),
                    "@jsonl", EXAMPLES.resolve("traces/sample-store-mfcmapi.jsonl").toString(),
                    "@empty", empty.toString(),
                    "@missing", dir.resolve("missing.scn").toString(),
                    "@dir", dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
