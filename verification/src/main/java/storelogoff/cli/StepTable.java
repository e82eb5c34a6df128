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
 * {@code run} without {@code --json}: the same columns as the JSON, one per
 * {@link ObservedField} (the fields of one JSON object in one column, {@code A -> B}), aligned
 * and written row by row as the steps run, so that a scenario of any length prints in bounded
 * memory. The column widths are known before the first row: from the fields' types and from a
 * first read of the scenario ({@link Widths}). Flag names drop their {@code LOGOFF_} prefix and
 * none shows as {@code -} to keep rows short.
 */
final class StepTable {
    /** The columns after line and event: each JSON member of a step, with its fields. */
    private static final Map<String, List<ObservedField>> COLUMNS = new LinkedHashMap<>();

    static {
        for (ObservedField f : ObservedField.ALL) COLUMNS.computeIfAbsent(f.group(), g -> new ArrayList<>()).add(f);
    }

    private static final String[] HEADERS;
    /** Counts (and the line) are right-aligned. */
    private static final boolean[] RIGHT;

    static {
        List<String> h = new ArrayList<>(List.of("line", "event"));
        h.addAll(COLUMNS.keySet());
        HEADERS = h.toArray(String[]::new);
        RIGHT = new boolean[HEADERS.length];
        RIGHT[0] = true;
        int i = 2;
        for (List<ObservedField> c : COLUMNS.values()) RIGHT[i++] = c.size() == 1 && c.get(0).type == ObservedField.Type.COUNT;
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
            if (!RIGHT[i] && i < row.length - 1) pad(pad);
        }
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') end--;
        line.setLength(end);
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
        int i = 2;
        for (List<ObservedField> column : COLUMNS.values()) {
            boolean none = true;
            StringBuilder b = new StringBuilder();
            for (ObservedField f : column) {
                String v = r.observed().get(f);
                none &= v.equals(ObservedField.NONE);
                b.append(b.length() > 0 ? " -> " : "").append(shortText(v));
            }
            cells[i++] = none ? "-" : b.toString();
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
                saved = Math.max(saved, shortText(LogoffFlag.format(st.flags())).length());
                given = Math.max(given, saved);
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
            int i = 2;
            for (List<ObservedField> column : COLUMNS.values()) {
                int cell = 0;
                for (ObservedField f : column) cell += (cell > 0 ? " -> ".length() : 0) + width(f);
                w[i] = Math.max(HEADERS[i].length(), cell);
                i++;
            }
            return w;
        }

        /** The widest value of {@code f} this scenario can show. */
        private int width(ObservedField f) {
            return switch (f.type) {
                case RESULT -> RESULT_WIDTH;
                case STATE -> STATE_WIDTH;
                case COUNT -> digits(steps + 1);
                case YES_NO -> "yes".length();
                case FLAGS -> Math.max(saved, SINGLE_FLAG_WIDTH);
                case FLAG_LIST -> Math.max(OUTPUT_WIDTH, given);
            };
        }

        private static int digits(int n) {
            return String.valueOf(n).length();
        }
    }
}
