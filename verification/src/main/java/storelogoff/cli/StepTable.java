package storelogoff.cli;

import java.io.PrintWriter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import storelogoff.scenario.StepReport;

/**
 * {@code run} without {@code --json}: the same columns as the JSON, aligned. Flag names drop
 * their {@code LOGOFF_} prefix and absent values show as {@code -} to keep rows short.
 */
final class StepTable {
    /** One column per field of StepReport, named like the JSON field. */
    private static final RecordComponent[] COLUMNS = StepReport.class.getRecordComponents();
    private static final String[] HEADERS = Arrays.stream(COLUMNS).map(RecordComponent::getName).toArray(String[]::new);

    private StepTable() {}

    static void print(PrintWriter out, List<StepReport> reports) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (StepReport r : reports) rows.add(cells(r));
        int[] width = new int[HEADERS.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) width[i] = Math.max(width[i], row[i].length());
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                if (i > 0) line.append("  ");
                String pad = " ".repeat(width[i] - row[i].length());
                // Counts are right-aligned.
                line.append(COLUMNS[i].getType() == int.class ? pad + row[i] : row[i] + pad);
            }
            out.println(line.toString().stripTrailing());
        }
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

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }
}
