package storelogoff.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import storelogoff.verify.docs.KillMatrixDoc;
import storelogoff.verify.mutants.Kill;

/**
 * {@code storelogoff mutants}: runs the whole verification against every named and generated
 * mutant and prints the score; exit 1 when a non-equivalent mutant survives.
 */
@Command(name = "mutants", sortOptions = false,
        description = {"Runs the verification against every mutant of the model and prints the kill matrix's summary.",
            "The full matrix is docs/verification/kill-matrix.md (regenerate with ./storelogoff docs)."})
final class MutantsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    /** The kill matrix's verdicts: every mutant run through the verification (minutes; kept per JVM). */
    Supplier<List<Kill>> matrix = KillMatrixDoc::kills;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("mutants: running the verification against every mutant...");
        err.flush();
        long start = System.nanoTime();
        List<Kill> kills = matrix.get();
        String doc = KillMatrixDoc.render(kills);
        PrintWriter out = spec.commandLine().getOut();
        // The summary is the matrix up to its per-mutant table.
        out.print(doc.substring(0, doc.indexOf("\n## Every mutant")).replaceFirst("(?s)^# Kill matrix\\n\\n<!--.*?-->\\n\\n", ""));
        long survivors = kills.stream().filter(k -> k.verdict() == Kill.Verdict.SURVIVED).count();
        out.printf(Locale.ROOT, "%n%d mutant runs in %.1f s; %s%n", kills.size(), (System.nanoTime() - start) / 1e9,
                survivors == 0 ? "every non-equivalent mutant is killed." : survivors + " unexplained survivor(s).");
        out.flush();
        return survivors == 0 ? Main.EXIT_OK : Main.EXIT_FAILED;
    }
}
