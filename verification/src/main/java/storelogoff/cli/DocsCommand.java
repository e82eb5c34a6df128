package storelogoff.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import storelogoff.verify.docs.GeneratedDocs;

/** {@code docs}: regenerate the docs produced from the model, or check that they are fresh. */
@Command(name = "docs", sortOptions = false,
        description = "Regenerate every generated doc (docs/state-machine.md ...) from the model.")
public final class DocsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--check", description = "Only check that the committed docs are fresh; exit 1 when one is stale.")
    boolean check;

    @Option(names = "--repo", paramLabel = "DIR", description = "Repository root (default: the current directory).")
    Path repo = Path.of(".");

    @Override
    public Integer call() {
        // Refuse to write docs/ into a directory that is not this repository.
        if (!Files.isRegularFile(repo.resolve("pom.xml")) || !Files.isDirectory(repo.resolve("model"))) {
            throw new ParameterException(spec.commandLine(), "--repo: " + repo
                    + " is not the storelogoff repository root (no pom.xml and model/ there)");
        }
        PrintWriter out = spec.commandLine().getOut();
        int total = GeneratedDocs.all(repo).size();
        if (check) {
            List<String> stale = GeneratedDocs.stale(repo);
            if (!stale.isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                for (String path : stale) err.println("stale: " + path);
                err.println("run " + GeneratedDocs.REGENERATE + " and commit the result");
                err.flush();
                return 1;
            }
            out.println("all " + total + " generated docs are up to date");
        } else {
            List<String> written = GeneratedDocs.write(repo);
            for (String path : written) out.println("wrote " + path);
            out.println((total - written.size()) + " of " + total + " generated docs were already up to date");
        }
        out.flush();
        return 0;
    }
}
