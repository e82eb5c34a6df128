package storelogoff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.core.JsonGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import storelogoff.trace.Divergence;
import storelogoff.trace.FieldCheck;
import storelogoff.trace.Trace;
import storelogoff.trace.TraceChecker;
import storelogoff.trace.TraceException;
import storelogoff.trace.TraceReader;
import storelogoff.trace.Verdict;
import storelogoff.trace.VerdictReport;

/** {@code storelogoff check TRACE}: does a recorded implementation trace conform to the model? */
@Command(name = "check", sortOptions = false,
        description = {"Replays an implementation trace through the model and reports the first step where what "
                + "the implementation observed differs from the model, with the clauses at stake.",
            "Format of TRACE (a scenario with '=> ...' on its steps, or JSON Lines): docs/trace-format.md."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Parameters(paramLabel = "TRACE", description = "The trace file (.trace, or .jsonl for JSON Lines).")
    Path file;

    @Option(names = "--json", description = "Print the verdict as one JSON object.")
    boolean json;

    @Mixin
    ScenarioOptionsMixin scenario;

    /** The clock the progress is timed by, in nanoseconds. */
    LongSupplier clock = System::nanoTime;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err);
        long start = clock.getAsLong();
        long[] next = {start + 1_000_000_000L};
        boolean[] shown = {false};
        Verdict verdict;
        try (Trace trace = TraceReader.open(file, scenario.overrides())) {
            // A long trace shows how far the check is, at most once a second, from the second on.
            verdict = TraceChecker.check(trace, scenario.engine, (steps, line) -> {
                long now = clock.getAsLong();
                if (now < next[0]) return;
                next[0] = now + 1_000_000_000L;
                shown[0] = true;
                progress.status(String.format(Locale.ROOT, "check: %,d steps read (line %,d), %.0f s", steps, line,
                        (now - start) / 1e9));
            });
        } catch (TraceException e) {
            if (shown[0]) progress.done("check: stopped at an error");
            err.println(e.getMessage());
            return Main.EXIT_USAGE;
        }
        if (shown[0]) progress.done(String.format(Locale.ROOT, "check: %,d steps replayed", verdict.replayed()));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(verdict));
        } else {
            VerdictReport.lines(verdict).forEach(out::println);
        }
        out.flush();
        return verdict.conforms() ? Main.EXIT_OK : Main.EXIT_FAILED;
    }

    /** The verdict as one JSON object (docs/trace-format.md, "Output of check"). */
    private static String json(Verdict v) {
        return JsonLine.of(json -> {
            json.writeStartObject();
            json.writeStringField("file", v.file());
            json.writeStringField("reading", v.options().reading().name());
            json.writeNumberField("clients", v.options().clients());
            json.writeBooleanField("defaultInbox", v.options().defaultInbox());
            json.writeStringField("engine", v.engine().toString());
            json.writeBooleanField("conforms", v.conforms());
            json.writeNumberField("replayed", v.replayed());
            json.writeNumberField("compared", v.compared());
            Divergence d = v.divergence();
            if (d == null) {
                json.writeNullField("divergence");
            } else {
                json.writeObjectFieldStart("divergence");
                json.writeNumberField("line", d.line());
                json.writeStringField("step", d.step());
                json.writeArrayFieldStart("fields");
                for (FieldCheck f : d.fields()) json(json, f);
                json.writeEndArray();
                json.writeStringField("basis", d.basis().name());
                json.writeStringField("state", d.state().name());
                JsonLine.strings(json, "rows", d.rows());
                JsonLine.strings(json, "clauses", d.clauses());
                json.writeEndObject();
            }
            json.writeEndObject();
        });
    }

    private static void json(JsonGenerator json, FieldCheck f) throws IOException {
        json.writeStartObject();
        json.writeStringField("field", f.name());
        json.writeStringField("implementation", f.implementation());
        json.writeStringField("model", f.model());
        json.writeBooleanField("differs", f.differs());
        json.writeEndObject();
    }
}
