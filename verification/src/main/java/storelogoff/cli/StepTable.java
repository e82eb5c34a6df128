package storelogoff.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import storelogoff.scenario.ObservedField;
import storelogoff.scenario.ScenarioWriter;
import storelogoff.scenario.StepReport;

/**
 * {@code run} without {@code --json}: the same columns as the JSON, aligned, one per
 * {@link ObservedField} (the fields of one JSON object in one column, {@code A -> B}). Flag names
 * drop their {@code LOGOFF_} prefix and none shows as {@code -} to keep rows short.
 */
final class StepTable {
    /** The columns after line and event: each JSON member of a step, with its fields. */
    private static final Map<String, List<ObservedField>> COLUMNS = new LinkedHashMap<>();

    static {
        for (ObservedField f : ObservedField.ALL) COLUMNS.computeIfAbsent(f.group(), g -> new ArrayList<>()).add(f);
    }

    private StepTable() {}

    static void print(PrintWriter out, List<StepReport> reports) {
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("line", "event"));
        header.addAll(COLUMNS.keySet());
        rows.add(header.toArray(String[]::new));
        for (StepReport r : reports) rows.add(cells(r));
        int[] width = new int[header.size()];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) width[i] = Math.max(width[i], row[i].length());
        }
        List<Boolean> right = new ArrayList<>(List.of(true, false));
        for (List<ObservedField> c : COLUMNS.values()) right.add(c.size() == 1 && c.get(0).type == ObservedField.Type.COUNT);
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                if (i > 0) line.append("  ");
                String pad = " ".repeat(width[i] - row[i].length());
                line.append(right.get(i) ? pad + row[i] : row[i] + pad);
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** The cells of one row: line, event, then one per column. */
    private static String[] cells(StepReport r) {
        List<String> cells = new ArrayList<>(List.of(String.valueOf(r.line()), ScenarioWriter.line(r.step())));
        for (List<ObservedField> column : COLUMNS.values()) {
            List<String> parts = column.stream().map(f -> r.observed().get(f)).toList();
            boolean none = parts.stream().allMatch(ObservedField.NONE::equals);
            cells.add(none ? "-" : String.join(" -> ", parts.stream().map(StepTable::shortText).toList()));
        }
        return cells.toArray(String[]::new);
    }

    private static String shortText(String value) {
        return value.equals(ObservedField.NONE) ? "-" : value.replace("LOGOFF_", "");
    }
}
