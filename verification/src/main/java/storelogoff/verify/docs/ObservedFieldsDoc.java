package storelogoff.verify.docs;

import java.nio.file.Path;
import java.util.stream.Collectors;

import storelogoff.scenario.ObservedField;

/** The table of observed fields in docs/trace-format.md, generated from {@link ObservedField}. */
final class ObservedFieldsDoc {
    static final String PATH = "docs/trace-format.md";

    private ObservedFieldsDoc() {}

    static GeneratedDoc region(Path repoRoot) {
        return new GeneratedRegion(repoRoot, PATH, "observed-fields", ObservedFieldsDoc::table);
    }

    static String table() {
        StringBuilder b = new StringBuilder();
        b.append("| field | older name | in a trace | in JSON | what it is | clauses | a store provider sees it |\n");
        b.append("|---|---|---|---|---|---|---|\n");
        for (ObservedField f : ObservedField.ALL) {
            String older = f.aliases.stream().map(a -> "`" + a + "`").collect(Collectors.joining(", "));
            b.append("| `").append(f.key).append("` | ").append(older.isEmpty() ? "—" : older).append(" | ")
                    .append(f.type.text).append(" | ").append(f.type.json).append(" | ")
                    .append(f.description.replace("*lpulFlags", "`*lpulFlags`")).append(" | ")
                    .append(f.clauses.isEmpty() ? "—" : String.join(", ", f.clauses)).append(" | ")
                    .append(f.implementationObservable ? "yes" : "no").append(" |\n");
        }
        b.append("\nThe result may also stand alone, without `result=`.\n");
        return b.toString();
    }
}
