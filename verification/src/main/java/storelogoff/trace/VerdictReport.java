package storelogoff.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * The text {@code check} prints: a heading like {@code run}'s, then either how much conformed or
 * the first divergence with each observed field against the model's, the rows and the clauses.
 */
public final class VerdictReport {
    private VerdictReport() {}

    public static List<String> lines(Verdict v) {
        List<String> out = new ArrayList<>();
        out.add(v.file() + ": " + v.options() + ", " + v.engine() + " engine");
        Divergence d = v.divergence();
        if (d == null) {
            out.add("conforms: " + v.replayed() + (v.replayed() == 1 ? " step" : " steps") + " replayed, " + v.compared()
                    + " with observations, all as modelled");
            return out;
        }
        out.add("diverges at line " + d.line() + ": " + d.step());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"field", "implementation", "model", ""});
        for (FieldCheck f : d.fields()) {
            rows.add(new String[] {f.name(), f.implementation(), f.model(), f.differs() ? "differs" : ""});
        }
        int[] width = new int[3];
        for (String[] r : rows) {
            for (int i = 0; i < width.length; i++) width[i] = Math.max(width[i], r[i].length());
        }
        for (String[] r : rows) {
            StringBuilder b = new StringBuilder(" ");
            for (int i = 0; i < r.length; i++) {
                b.append(' ').append(r[i]).append(i < width.length ? " ".repeat(width[i] - r[i].length() + 1) : "");
            }
            out.add(b.toString().stripTrailing());
        }
        String names = String.join(", ", d.rows());
        out.add(switch (d.basis()) {
            case FIRED -> "  row:     " + names + ", fired in " + d.state();
            case NONE_FIRED -> "  rows:    " + names + " (" + d.event().keyword + " in " + d.state() + "; none fired)";
            case INTO_STATE -> "  rows:    " + names + " (into " + d.state() + ", which has no row for " + d.event().keyword + ")";
        });
        out.add("  clauses: " + String.join(", ", d.clauses()));
        return out;
    }
}
