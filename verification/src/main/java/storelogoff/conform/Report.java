package storelogoff.conform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import storelogoff.model.Reading;
import storelogoff.trace.Divergence;
import storelogoff.trace.FieldCheck;
import storelogoff.trace.VerdictReport;

/**
 * What a run of the kit found: each suite's cases and verdicts, what the adapter's steps could
 * not reach or tell apart, the readings the implementation is consistent with, and the effort.
 *
 * @param effort per suite: steps the adapter made (shrinking included) and the nanoseconds it took
 */
public record Report(Hello hello, Reading reading, long seed, int walks, Map<Suite, List<CaseResult>> results,
                     Map<Suite, long[]> effort, List<String> unreachable, List<String> untold, Consistency consistency,
                     Path savedIn, long nanos) {

    /** Every case of every suite, in suite order. */
    public List<CaseResult> all() {
        return results.values().stream().flatMap(List::stream).toList();
    }

    public List<CaseResult> diverging() {
        return all().stream().filter(r -> !r.conforms()).toList();
    }

    public boolean conforms() {
        return diverging().isEmpty();
    }

    public long steps() {
        return effort.values().stream().mapToLong(e -> e[0]).sum();
    }

    /** Time the adapter took to answer, all suites. */
    public long adapterNanos() {
        return effort.values().stream().mapToLong(e -> e[1]).sum();
    }

    /** The report {@code storelogoff conform} prints. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("implementation: " + hello.describe());
        out.add("reading " + reading + ", seed " + seed + "; scenarios within " + Suites.BOUNDS);
        for (Map.Entry<Suite, List<CaseResult>> e : results.entrySet()) out.add(suiteLine(e.getKey(), e.getValue()));
        long steps = steps();
        out.add(String.format(Locale.ROOT, "%-9s %,d steps in %.2f s of adapter time (%,.0f steps/s); %.2f s in all",
                "adapter", steps, adapterNanos() / 1e9, steps / Math.max(adapterNanos() / 1e9, 1e-9), nanos / 1e9));
        out.add("");
        out.addAll(readingLines());
        List<CaseResult> diverging = diverging();
        out.add("");
        if (diverging.isEmpty()) {
            out.add("conforms: all " + all().size() + " cases behave as reading " + reading + " says");
            return out;
        }
        Map<String, List<CaseResult>> kinds = new LinkedHashMap<>();
        for (CaseResult r : diverging) kinds.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
        out.add("divergences from reading " + reading + ": " + diverging.size() + " of " + all().size() + " cases, "
                + kinds.size() + (kinds.size() == 1 ? " kind" : " kinds")
                + (savedIn == null ? "" : "; each saved as a trace in " + savedIn + " (replay: storelogoff check FILE)"));
        for (List<CaseResult> kind : kinds.values()) {
            CaseResult first = kind.get(0);
            out.add("");
            out.add(first.c().id() + (kind.size() > 1 ? " (and " + (kind.size() - 1) + " more like it)" : "")
                    + (first.saved() == null ? "" : ": " + first.saved()));
            List<String> verdict = VerdictReport.lines(first.verdict());
            for (String l : verdict.subList(1, verdict.size())) out.add("  " + l);
        }
        out.add("");
        out.add("diverges: " + diverging.size() + " of " + all().size() + " cases differ from reading " + reading);
        return out;
    }

    private String suiteLine(Suite s, List<CaseResult> cases) {
        long diverge = cases.stream().filter(r -> !r.conforms()).count();
        String head = String.format(Locale.ROOT, "%-9s %d %s, %d diverge", s.key(), cases.size(), cases.size() == 1 ? "case" : "cases", diverge);
        return switch (s) {
            case ROWS -> head + (unreachable.isEmpty() ? "; every row is reached"
                    : "; rows these steps cannot reach (" + unreachable.size() + "): " + String.join(", ", unreachable));
            case PAIRS -> head;
            case READINGS -> head + "; " + untoldLine();
            case WALKS -> {
                CaseResult last = cases.isEmpty() ? null : cases.get(cases.size() - 1);
                yield String.format(Locale.ROOT, "%-9s %d of %d walks run (seed %d)%s", s.key(), cases.size(), walks, seed,
                        last != null && !last.conforms() ? "; " + last.c().name() + ", stopped there" : ", none diverges");
            }
        };
    }

    /** {@code 12 pairs of readings differing only in abort-stops are not told apart by these steps and fields}. */
    private String untoldLine() {
        if (untold.isEmpty()) return "these steps and fields tell apart every two readings that differ in one point";
        Map<String, Long> byPoint = untold.stream().collect(Collectors.groupingBy(p -> p, LinkedHashMap::new, Collectors.counting()));
        return byPoint.entrySet().stream().map(e -> e.getValue() + (e.getValue() == 1 ? " pair" : " pairs") + " of readings differing only in " + e.getKey())
                .collect(Collectors.joining(", ")) + (untold.size() == 1 ? " is" : " are") + " not told apart by these steps and fields";
    }

    /** Which readings the answers are consistent with, and where each named reading is left. */
    private List<String> readingLines() {
        List<String> out = new ArrayList<>();
        List<Reading> consistent = consistency.consistent();
        if (!consistent.isEmpty()) {
            out.add("consistent with " + names(consistent)
                    + (consistent.size() > 1 ? " (these steps and fields do not tell them apart)" : ""));
        } else {
            out.add("consistent with no reading; closest (fewest diverging cases): " + names(consistency.closest()));
        }
        List<Reading> shown = new ArrayList<>(Reading.ALL);
        for (Reading r : consistency.closest()) if (!shown.contains(r)) shown.add(r);
        if (!shown.contains(reading)) shown.add(reading);
        List<Reading> closest = consistent.isEmpty() ? consistency.closest() : List.of();
        for (Reading r : shown) {
            Consistency.Judgement j = consistency.of(r);
            if (j.consistent()) continue;
            out.add("diverges from " + r + " (" + j.diverging() + (j.diverging() == 1 ? " case" : " cases") + "): " + at(j));
            // For the readings that come closest, every kind of divergence: what keeps them from matching.
            if (closest.contains(Readings.canonical(r))) {
                for (int k = 1; k < j.kinds().size(); k++) out.add("  and " + at(j.kindCases().get(k), j.kinds().get(k)));
            }
        }
        return out;
    }

    /** {@code rows: SaveLogoffFlag, line 7, logoff NO_WAIT: out differs; clauses SIG-1, ...}. */
    static String at(Consistency.Judgement j) {
        return at(j.first(), j.divergence());
    }

    private static String at(CaseResult c, Divergence d) {
        String fields = d.differing().stream().map(FieldCheck::field).map(f -> f.key).collect(Collectors.joining(", "));
        return c.c().id() + ", line " + d.line() + ", " + d.step() + ": " + fields + " ("
                + String.join(", ", d.clauses()) + ")";
    }

    private static String names(List<Reading> readings) {
        return readings.stream().map(Reading::name).collect(Collectors.joining(", "));
    }
}
