package storelogoff.verify.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import storelogoff.model.Reading;
import storelogoff.verify.Bounds;
import storelogoff.verify.invariants.Invariants;

/**
 * How the exhaustive check grows with each bound: from the default bounds, one bound raised at a
 * time, then along the diagonal to the size of the SPIN comparison (4/3/4/4). Each point is the
 * check {@code verify} runs within its bounds (every invariant, liveness, no Spring cross-check)
 * under the {@code default} reading. {@code docs/performance.md} shows the curve.
 */
public final class CostCurve {
    /** The reading every point is measured under. */
    public static final Reading READING = Reading.DEFAULT;

    /** One bound raised from the default bounds, or the diagonal; {@code label} names the x value of a point. */
    public record Axis(String title, String bound, List<Bounds> points) {
        /** The x value of {@code b} on this axis, as the table and the chart show it. */
        public String label(Bounds b) {
            return switch (bound) {
                case "clients" -> String.valueOf(b.clients());
                case "refs" -> String.valueOf(b.refs());
                case "messages" -> String.valueOf(b.messages());
                case "arrivals" -> String.valueOf(b.arrivals());
                default -> bounds(b);
            };
        }
    }

    /**
     * One measured point; times are medians in seconds, {@code bytes} the explorer's arrays at
     * their peak. Counts are exact; times are what the machine gave.
     */
    public record Point(Bounds bounds, int states, long transitions, long edges, double searchSeconds,
                        double livenessSeconds, double cpuSeconds, long bytes) {
    }

    private CostCurve() {}

    /** The axes, in the order the page shows them. */
    public static List<Axis> axes() {
        Bounds d = Bounds.DEFAULT;
        List<Bounds> clients = new ArrayList<>(), refs = new ArrayList<>(), messages = new ArrayList<>(),
                arrivals = new ArrayList<>();
        for (int c = 1; c <= 5; c++) clients.add(new Bounds(c, d.refs(), d.messages(), d.arrivals(), true));
        for (int r = 1; r <= 6; r++) refs.add(new Bounds(d.clients(), r, d.messages(), d.arrivals(), true));
        for (int m = 0; m <= 6; m++) messages.add(new Bounds(d.clients(), d.refs(), m, d.arrivals(), true));
        for (int a = 0; a <= 6; a++) arrivals.add(new Bounds(d.clients(), d.refs(), d.messages(), a, true));
        List<Bounds> diagonal = List.of(new Bounds(1, 1, 1, 1, true), d, new Bounds(3, 2, 3, 3, true),
                new Bounds(3, 3, 3, 3, true), new Bounds(4, 3, 3, 3, true), new Bounds(4, 3, 4, 4, true));
        return List.of(
                new Axis("Clients", "clients", clients),
                new Axis("References per client", "refs", refs),
                new Axis("Messages", "messages", messages),
                new Axis("Arrivals", "arrivals", arrivals),
                new Axis("Towards the SPIN comparison", "bounds", diagonal));
    }

    /** Every point of every axis, each once, in page order. */
    public static List<Bounds> points() {
        Set<Bounds> all = new LinkedHashSet<>();
        for (Axis a : axes()) all.addAll(a.points());
        return List.copyOf(all);
    }

    /**
     * Measures every point once (a point on several axes is measured once), after a warm-up;
     * {@code measuring} is told each point before it runs.
     */
    public static Map<Bounds, Point> measure(int runs, int threads, Consumer<Bounds> measuring) {
        var invariants = Invariants.all();
        ExplorerBench.warmUp(Bounds.DEFAULT, List.of(READING), invariants, true, threads, false);
        Map<Bounds, Point> measured = new HashMap<>();
        for (Bounds b : points()) {
            measuring.accept(b);
            ExplorerBench.Result r = ExplorerBench.measure(b, READING, runs, invariants, true, threads, false);
            measured.put(b, new Point(b, r.states(), r.transitions(), r.edges(), r.searchSeconds().median(),
                    r.livenessSeconds().median(), r.cpuSeconds().median(), r.bytes()));
        }
        return measured;
    }

    /** Bounds as the page writes them: clients/refs/messages/arrivals. */
    public static String bounds(Bounds b) {
        return b.clients() + "/" + b.refs() + "/" + b.messages() + "/" + b.arrivals();
    }
}
