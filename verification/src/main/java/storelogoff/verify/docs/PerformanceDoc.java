package storelogoff.verify.docs;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import storelogoff.verify.Bounds;
import storelogoff.verify.explore.CostCurve;
import storelogoff.verify.explore.CostCurve.Axis;
import storelogoff.verify.explore.CostCurve.Point;

/**
 * {@code docs/performance.md}: the cost curve of the exhaustive check, a table and a Mermaid
 * chart per bound. Written by {@code ./storelogoff bench --curve} from a measurement, never by
 * hand. Its timings cannot be regenerated, so it is not one of the {@link GeneratedDocs}: instead
 * {@link #parse} reads a page back and {@link #render} must give the same text, which holds only
 * when the page has the structure (axes, points, columns, text) this class writes now.
 */
public final class PerformanceDoc {
    public static final String PATH = "docs/performance.md";
    public static final String COMMAND = "./storelogoff bench --curve";

    /** What the page shows: every point of {@link CostCurve#points()}, and how it was measured. */
    public record Measurement(Map<Bounds, Point> points, int cores, int threads, String java, int runs, double load) {}

    private static final String MEASURED = "Measured on %d cores with %d search thread%s, Java %s, median of %d run%s,"
            + " load average %.2f while measuring.";
    private static final Pattern MEASURED_LINE = Pattern.compile("Measured on (\\d+) cores with (\\d+) search threads?,"
            + " Java (\\S+), median of (\\d+) runs?, load average ([0-9.]+) while measuring\\.");
    private static final String HEADER = "bounds | states | growth | transitions | edges | search s | liveness s"
            + " | cpu s | memory MiB | states/s |";
    private static final Pattern ROW = Pattern.compile("\\| (?:[^|]+ \\| )?(\\d+)/(\\d+)/(\\d+)/(\\d+) \\| ([0-9,]+) \\| [^|]+"
            + " \\| ([0-9,]+) \\| ([0-9,]+) \\| ([0-9.]+) \\| ([0-9.]+) \\| ([0-9.]+) \\| ([0-9.]+) \\| (?:[0-9,]+|-) \\|");

    private PerformanceDoc() {}

    public static String render(Measurement m) {
        StringBuilder b = new StringBuilder();
        b.append("# Performance: the cost curve\n\n");
        b.append("<!-- Written by `").append(COMMAND).append("`; do not edit. PerformanceDocTest checks that its structure"
                + " and state counts are current, not its timings. -->\n\n");
        b.append("""
                How the exhaustive check grows with each bound: the `%s` reading, every invariant on every
                transition, liveness on the state graph, no Spring cross-check (the check `./storelogoff verify`
                runs within its bounds). Each table starts from the default bounds (2 clients, 2 references
                each, 2 messages, 2 arrivals, default Inbox) and raises one bound; the last goes along the
                diagonal to the size of the SPIN comparison (4/3/4/4). The counts of every reading at fixed
                bounds are pinned in the [state-space manifest](verification/state-space.md); what one step
                costs, part by part, is in the README's JMH figures.

                Refresh with `%s` (a few minutes) after a change that moves these figures.
                """.formatted(CostCurve.READING.name(), COMMAND));
        b.append('\n');
        b.append(String.format(Locale.ROOT, MEASURED, m.cores(), m.threads(), m.threads() == 1 ? "" : "s", m.java(),
                m.runs(), m.runs() == 1 ? "" : "s", m.load()));
        b.append(" Other jobs may have shared the cores: the counts are exact, the times are what the machine gave.\n\n");
        b.append("""
                Columns: **states**, the reachable worlds, and **growth**, their ratio to the row above;
                **transitions**, the (state, step) pairs run; **edges**, the distinct world-changing pairs the
                liveness checks walk; **search** and **liveness**, wall seconds; **cpu**, the seconds of CPU
                the process used; **memory**, the explorer's arrays at their peak (the JVM's own comes on top);
                **states/s**, states per second of search.
                """);
        for (Axis axis : CostCurve.axes()) {
            b.append("\n## ").append(axis.title()).append("\n\n");
            b.append(chart(axis, m.points()));
            b.append('\n');
            // The diagonal's x value is the bounds themselves: no column of its own.
            boolean ownColumn = !axis.bound().equals("bounds");
            b.append(ownColumn ? "| " + axis.bound() + " | " : "| ").append(HEADER).append('\n');
            b.append(ownColumn ? "|---:" : "").append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            Point previous = null;
            for (Bounds bounds : axis.points()) {
                Point p = point(m.points(), bounds);
                // States per second from the search time as shown, so that a page read back renders the same.
                double search = Double.parseDouble(String.format(Locale.ROOT, "%.3f", p.searchSeconds()));
                b.append(ownColumn ? "| " + axis.label(bounds) + " " : "");
                b.append(String.format(Locale.ROOT, "| %s | %,d | %s | %,d | %,d | %.3f | %.3f | %.3f | %.1f | %s |%n",
                        CostCurve.bounds(bounds), p.states(),
                        previous == null ? "-" : String.format(Locale.ROOT, "×%.1f", (double) p.states() / previous.states()),
                        p.transitions(), p.edges(), p.searchSeconds(), p.livenessSeconds(), p.cpuSeconds(),
                        p.bytes() / (double) (1 << 20),
                        search > 0 ? String.format(Locale.ROOT, "%,.0f", p.states() / search) : "-"));
                previous = p;
            }
        }
        return b.toString();
    }

    /** A Mermaid xychart of the states on one axis. */
    private static String chart(Axis axis, Map<Bounds, Point> points) {
        StringJoiner x = new StringJoiner(", ", "[", "]");
        StringJoiner y = new StringJoiner(", ", "[", "]");
        for (Bounds bounds : axis.points()) {
            String label = axis.label(bounds);
            x.add(axis.bound().equals("bounds") ? "\"" + label + "\"" : label);
            y.add(String.valueOf(point(points, bounds).states()));
        }
        Bounds first = axis.points().get(0);
        String others = switch (axis.bound()) {
            case "clients" -> " (" + first.refs() + " refs, " + first.messages() + " messages, " + first.arrivals() + " arrivals)";
            case "refs" -> " (" + first.clients() + " clients, " + first.messages() + " messages, " + first.arrivals() + " arrivals)";
            case "messages" -> " (" + first.clients() + " clients, " + first.refs() + " refs, " + first.arrivals() + " arrivals)";
            case "arrivals" -> " (" + first.clients() + " clients, " + first.refs() + " refs, " + first.messages() + " messages)";
            default -> " (clients/refs/messages/arrivals)";
        };
        return "```mermaid\nxychart-beta\n"
                + "    title \"Reachable states by " + axis.bound() + others + "\"\n"
                + "    x-axis \"" + axis.bound() + "\" " + x + "\n"
                + "    y-axis \"states\"\n"
                + "    line " + y + "\n"
                + "```\n";
    }

    private static Point point(Map<Bounds, Point> points, Bounds b) {
        Point p = points.get(b);
        if (p == null) throw new IllegalArgumentException("no measurement for " + CostCurve.bounds(b));
        return p;
    }

    /**
     * The measurement a page shows, read from its tables and its "Measured on" line; rows of
     * bounds that are no longer points are read too, so {@link #render} can tell the page is stale.
     *
     * @throws IllegalArgumentException when the page has no "Measured on" line
     */
    public static Measurement parse(String page) {
        Matcher line = MEASURED_LINE.matcher(page);
        if (!line.find()) throw new IllegalArgumentException(PATH + " has no line 'Measured on ...'");
        Map<Bounds, Point> points = new HashMap<>();
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            Bounds b = new Bounds(Integer.parseInt(row.group(1)), Integer.parseInt(row.group(2)),
                    Integer.parseInt(row.group(3)), Integer.parseInt(row.group(4)), true);
            points.put(b, new Point(b, Integer.parseInt(number(row.group(5))), Long.parseLong(number(row.group(6))),
                    Long.parseLong(number(row.group(7))), Double.parseDouble(row.group(8)), Double.parseDouble(row.group(9)),
                    Double.parseDouble(row.group(10)), Math.round(Double.parseDouble(row.group(11)) * (1 << 20))));
        }
        return new Measurement(points, Integer.parseInt(line.group(1)), Integer.parseInt(line.group(2)), line.group(3),
                Integer.parseInt(line.group(4)), Double.parseDouble(line.group(5)));
    }

    private static String number(String withCommas) {
        return withCommas.replace(",", "");
    }
}
