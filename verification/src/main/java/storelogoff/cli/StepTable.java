package storelogoff.cli;

import java.io.PrintWriter;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import storelogoff.model.Event;
import storelogoff.model.HResult;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.scenario.ScenarioStep;
import storelogoff.scenario.StepReport;

/**
 * {@code run} without {@code --json}: the same columns as the JSON, aligned, written row by
 * row as the steps run, so that a scenario of any length prints in bounded memory. The column
 * widths are known before the first row: from the vocabulary (results, states, flag names)
 * and from a first read of the scenario ({@link Widths}). Flag names drop their
 * {@code LOGOFF_} prefix and absent values show as {@code -} to keep rows short.
 */
final class StepTable {
    /** One column per field of StepReport, named like the JSON field. */
    private static final RecordComponent[] COLUMNS = StepReport.class.getRecordComponents();
    private static final String[] HEADERS = Arrays.stream(COLUMNS).map(RecordComponent::getName).toArray(String[]::new);
    private static final int RESULT_WIDTH = Math.max(Arrays.stream(HResult.values()).mapToInt(h -> h.name().length()).max()
            .orElse(0), "DISABLED".length());
    private static final int STATE_WIDTH = Arrays.stream(StoreState.values()).mapToInt(s -> s.name().length()).max().orElse(0);
    /** The widest list of output bits: every activity bit (OUT-1..3), or LOGOFF_COMPLETE. */
    private static final int OUTPUT_WIDTH = Math.max(flagList(LogoffFlag.ACTIVITY_MASK).length(),
            flagList(LogoffFlag.COMPLETE.value).length());
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
            // Counts are right-aligned.
            boolean right = COLUMNS[i].getType() == int.class;
            if (right) pad(pad);
            line.append(row[i]);
            if (!right && i < row.length - 1) pad(pad);
        }
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') end--;
        line.setLength(end);
        out.println(line);
    }

    private void pad(int n) {
        for (int k = 0; k < n; k++) line.append(' ');
    }

    /** The cells of one row, in the order of StepReport's fields. */
    private static String[] cells(StepReport r) {
        StepReport.TransportsCall call = r.transportsCall();
        return new String[] {
            String.valueOf(r.line()), r.step(), r.result(), r.state().name(), String.valueOf(r.refs()),
            r.savedFlag() == null ? "-" : shortNames(r.savedFlag()),
            r.outFlags().isEmpty() ? "-" : shortNames(String.join("|", r.outFlags())),
            call == null ? "-" : shortNames(call.flags()) + " -> " + shortNames(String.join("|", call.out())),
            yesNo(r.flushQueues()), yesNo(r.transportsReturned()),
            String.valueOf(r.outbox()), String.valueOf(r.sending()), String.valueOf(r.arriving()),
            String.valueOf(r.sent()), String.valueOf(r.received()), String.valueOf(r.returned())};
    }

    private static String shortNames(String flags) {
        return flags.replace("LOGOFF_", "");
    }

    private static String flagList(int flags) {
        return shortNames(String.join("|", LogoffFlag.names(flags)));
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
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
            step = Math.max(step, st.toScenarioLine().length());
            if (st.event() == Event.LOGOFF && !st.nullFlags()) {
                saved = Math.max(saved, shortNames(LogoffFlag.format(st.flags())).length());
                given = Math.max(given, flagList(st.flags()).length());
            }
        }

        /** The steps seen. */
        int steps() {
            return steps;
        }

        int[] columns() {
            int[] w = new int[HEADERS.length];
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.max(HEADERS[i].length(), switch (HEADERS[i]) {
                    case "line" -> digits(lastLine);
                    case "step" -> step;
                    case "result" -> RESULT_WIDTH;
                    case "state" -> STATE_WIDTH;
                    case "savedFlag" -> saved;
                    case "outFlags" -> Math.max(OUTPUT_WIDTH, given);
                    case "transportsCall" -> Math.max(saved, SINGLE_FLAG_WIDTH) + " -> ".length() + OUTPUT_WIDTH;
                    case "flushQueues", "transportsReturned" -> "yes".length();
                    default -> digits(steps + 1);
                });
            }
            return w;
        }

        private static int digits(int n) {
            return String.valueOf(n).length();
        }
    }
}
