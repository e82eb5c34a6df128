package storelogoff.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import storelogoff.verify.docs.GeneratedDoc;
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

    @Option(names = "--repo", paramLabel = "DIR",
            description = "Repository root (default: the checkout this tool was built in, whatever the current directory).")
    Path repo;

    @Override
    public Integer call() {
        Path root = root();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<GeneratedDoc> docs = GeneratedDocs.all(root);
        int total = docs.size();
        // Rendering the kill matrix takes a while: one line per doc on stderr says what is happening.
        int[] n = {0};
        Consumer<String> progress = path -> {
            err.println("docs: rendering " + path + " (" + ++n[0] + " of " + total + ")");
            err.flush();
        };
        if (check) {
            List<String> stale = GeneratedDocs.stale(root, docs, progress);
            if (!stale.isEmpty()) {
                for (String path : stale) err.println("stale: " + path);
                err.println("run " + GeneratedDocs.REGENERATE + " and commit the result");
                err.flush();
                return 1;
            }
            out.println("all " + total + " generated docs are up to date");
        } else {
            List<String> written = GeneratedDocs.write(root, docs, progress);
            for (String path : written) out.println("wrote " + path);
            out.println((total - written.size()) + " of " + total + " generated docs were already up to date");
        }
        out.flush();
        return 0;
    }

    private Path root() {
        return root(spec, repo);
    }

    /** The repository to read and write: {@code repo} (a --repo option), else the one the tool belongs to. */
    static Path root(CommandSpec spec, Path repo) {
        if (repo != null) {
            // Refuse to write docs/ into a directory that is not this repository.
            if (!RepositoryRoot.isRoot(repo)) {
                throw new ParameterException(spec.commandLine(), "--repo: " + repo
                        + " is not the storelogoff repository root (no pom.xml and model/ there)");
            }
            return repo;
        }
        return RepositoryRoot.find().orElseThrow(() -> new ParameterException(spec.commandLine(),
                "cannot find the storelogoff repository (not named by -D" + RepositoryRoot.PROPERTY
                        + ", not above the tool's jar, not above the current directory); pass --repo DIR"));
    }
}
