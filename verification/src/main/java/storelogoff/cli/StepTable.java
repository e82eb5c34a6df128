package storelogoff.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import storelogoff.model.Event;
import storelogoff.model.HResult;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.scenario.ObservedField;
import storelogoff.scenario.ScenarioStep;
import storelogoff.scenario.ScenarioWriter;
import storelogoff.scenario.StepReport;

/**
 * {@code run} without {@code --json}: the same columns as the JSON, one per JSON member of a
 * step ({@link ObservedField}; the fields of one JSON object in one column, {@code A -> B}),
 * aligned and written row by row as the steps run, so that a scenario of any length prints in
 * bounded memory. The column widths are known before the first row: from the vocabulary
 * (results, states, flag names) and from a first read of the scenario ({@link Widths}). Flag
 * names drop their {@code LOGOFF_} prefix and none shows as {@code -} to keep rows short.
 */
final class StepTable {
    /** The columns after line and event: each JSON member of a step, with its fields. */
    private static final Map<String, List<ObservedField>> GROUPS = new LinkedHashMap<>();

    static {
        for (ObservedField f : ObservedField.ALL) GROUPS.computeIfAbsent(f.group(), g -> new ArrayList<>()).add(f);
    }

    private static final List<List<ObservedField>> COLUMNS = List.copyOf(GROUPS.values());
    private static final String[] HEADERS;
    /** Counts are right-aligned. */
    private static final boolean[] RIGHT;

    static {
        List<String> h = new ArrayList<>(List.of("line", "event"));
        h.addAll(GROUPS.keySet());
        HEADERS = h.toArray(String[]::new);
        RIGHT = new boolean[HEADERS.length];
        RIGHT[0] = true;
        for (int i = 0; i < COLUMNS.size(); i++) {
            RIGHT[i + 2] = COLUMNS.get(i).size() == 1 && COLUMNS.get(i).get(0).type == ObservedField.Type.COUNT;
        }
    }

    private static final int RESULT_WIDTH = Math.max(Arrays.stream(HResult.values()).mapToInt(h -> h.name().length()).max()
            .orElse(0), "DISABLED".length());
    private static final int STATE_WIDTH = Arrays.stream(StoreState.values()).mapToInt(s -> s.name().length()).max().orElse(0);
    /** The widest list of output bits: every activity bit (OUT-1..3), or LOGOFF_COMPLETE. */
    private static final int OUTPUT_WIDTH = Math.max(shortText(LogoffFlag.format(LogoffFlag.ACTIVITY_MASK)).length(),
            shortText(LogoffFlag.format(LogoffFlag.COMPLETE.value)).length());
    /** The widest flag StoreLogoffTransports gets without a saved one: a single input flag (IMPL-4). */
    private static final int SINGLE_FLAG_WIDTH = Arrays.stream(LogoffFlag.values()).filter(f -> f.input)
            .mapToInt(f -> f.name().length()).max().orElse(0);

    private final PrintWriter out;
    private final int[] width;
    /** The row being written, reused: a scenario may have millions. */
    private final StringBuilder line = new StringBuilder(256);

    StepTable(PrintWriter out, Widths widths) {
        this.out = out;
        this.width = widths.columns();
    }

    /** The column headings. */
    void header() {
        print(HEADERS);
    }

    void row(StepReport r) {
        print(cells(r));
    }

    private void print(String[] row) {
        line.setLength(0);
        for (int i = 0; i < row.length; i++) {
            if (i > 0) line.append("  ");
            int pad = width[i] - row[i].length();
            if (RIGHT[i]) pad(pad);
            line.append(row[i]);
            // The last column is not padded: a line never ends in spaces.
            if (!RIGHT[i] && i < row.length - 1) pad(pad);
        }
        out.println(line);
    }

    private void pad(int n) {
        for (int k = 0; k < n; k++) line.append(' ');
    }

    /** The cells of one row: line, event, then one per column. */
    private static String[] cells(StepReport r) {
        String[] cells = new String[HEADERS.length];
        cells[0] = String.valueOf(r.line());
        cells[1] = ScenarioWriter.line(r.step());
        for (int i = 0; i < COLUMNS.size(); i++) {
            List<ObservedField> column = COLUMNS.get(i);
            boolean none = true;
            for (ObservedField f : column) none &= ObservedField.NONE.equals(r.observed().get(f));
            if (none) {
                cells[i + 2] = "-";
                continue;
            }
            StringBuilder cell = new StringBuilder();
            for (ObservedField f : column) {
                if (cell.length() > 0) cell.append(" -> ");
                cell.append(shortText(r.observed().get(f)));
            }
            cells[i + 2] = cell.toString();
        }
        return cells;
    }

    private static String shortText(String value) {
        return value.equals(ObservedField.NONE) ? "-" : value.replace("LOGOFF_", "");
    }

    /**
     * The widths of a scenario's columns, gathered from its steps before it runs: the step
     * texts and the flags its logoff steps pass, which are all a saved flag, an unchanged
     * output or a StoreLogoffTransports argument can show; counts grow by at most one a step.
     */
    static final class Widths {
        private int steps;
        private int lastLine;
        private int step;
        private int saved = 1;
        private int given;

        void add(ScenarioStep s) {
            steps++;
            lastLine = s.line();
            Step st = s.step();
            step = Math.max(step, ScenarioWriter.line(st).length());
            if (st.event() == Event.LOGOFF && !st.nullFlags()) {
                int w = shortText(LogoffFlag.format(st.flags())).length();
                saved = Math.max(saved, w);
                given = Math.max(given, w);
            }
        }

        /** The steps seen. */
        int steps() {
            return steps;
        }

        int[] columns() {
            int[] w = new int[HEADERS.length];
            w[0] = Math.max(HEADERS[0].length(), digits(lastLine));
            w[1] = Math.max(HEADERS[1].length(), step);
            for (int i = 0; i < COLUMNS.size(); i++) {
                List<ObservedField> column = COLUMNS.get(i);
                int cell;
                if (column.size() > 1) {
                    cell = Math.max(saved, SINGLE_FLAG_WIDTH) + " -> ".length() + OUTPUT_WIDTH;
                } else {
                    ObservedField f = column.get(0);
                    cell = switch (f.type) {
                        case RESULT -> RESULT_WIDTH;
                        case STATE -> STATE_WIDTH;
                        case FLAGS -> saved;
                        case FLAG_LIST -> Math.max(OUTPUT_WIDTH, given);
                        case YES_NO -> "yes".length();
                        case COUNT -> digits(steps + 1);
                    };
                }
                w[i + 2] = Math.max(HEADERS[i + 2].length(), cell);
            }
            return w;
        }

        private static int digits(int n) {
            return String.valueOf(n).length();
        }
    }
}
