package storelogoff.conform;

import java.util.ArrayList;
import java.util.List;

import storelogoff.model.Reading;
import storelogoff.trace.Divergence;
import storelogoff.trace.Verdict;

/**
 * Every answer of a run checked under every reading ({@link Readings#all()}): the readings the
 * implementation is consistent with (no case diverges), and for the others the first divergence
 * and how many cases of rows, pairs and readings diverge (walks are checked only under readings
 * those leave consistent).
 */
public final class Consistency {
    /**
     * How one reading fares: the cases that diverge under it, the first of them, and the first
     * case of each kind of divergence (the fields that differ and the rows at stake), at most {@value #KINDS}.
     */
    public record Judgement(Reading reading, int diverging, CaseResult first, Divergence divergence,
                            List<CaseResult> kindCases, List<Divergence> kinds) {
        public boolean consistent() {
            return diverging == 0;
        }
    }

    static final int KINDS = 3;

    private final List<Judgement> judgements;

    private Consistency(List<Judgement> judgements) {
        this.judgements = List.copyOf(judgements);
    }

    static Consistency of(List<CaseResult> results, Reading kitReading) {
        List<Judgement> out = new ArrayList<>();
        for (Reading r : Readings.all()) {
            int diverging = 0;
            CaseResult first = null;
            Divergence firstDivergence = null;
            java.util.Map<String, CaseResult> kindCases = new java.util.LinkedHashMap<>();
            java.util.Map<String, Divergence> kinds = new java.util.LinkedHashMap<>();
            for (CaseResult c : results) {
                // Walks are long and many: they only decide between readings nothing else has ruled out.
                if (diverging > 0 && c.c().suite() == Suite.WALKS) continue;
                Verdict v;
                if (Readings.canonical(kitReading).equals(r)) {
                    v = c.verdict();
                } else {
                    v = Judge.check(c.c().id(), c.c().options().withReading(r), c.c().steps(), c.answers());
                }
                if (!v.conforms()) {
                    if (diverging++ == 0) {
                        first = c;
                        firstDivergence = v.divergence();
                    }
                    String kind = v.divergence().differing().stream().map(f -> f.field().key).toList() + "@" + v.divergence().rows();
                    if (kinds.size() < KINDS && !kinds.containsKey(kind)) {
                        kinds.put(kind, v.divergence());
                        kindCases.put(kind, c);
                    }
                }
            }
            out.add(new Judgement(r, diverging, first, firstDivergence, List.copyOf(kindCases.values()), List.copyOf(kinds.values())));
        }
        return new Consistency(out);
    }

    public List<Judgement> judgements() {
        return judgements;
    }

    /** The readings no case diverges from, fewest alternatives first. */
    public List<Reading> consistent() {
        return judgements.stream().filter(Judgement::consistent).map(Judgement::reading).toList();
    }

    /** The readings with the fewest diverging cases (when none is consistent). */
    public List<Reading> closest() {
        int least = judgements.stream().mapToInt(Judgement::diverging).min().orElse(0);
        return judgements.stream().filter(j -> j.diverging() == least).map(Judgement::reading).toList();
    }

    /** How {@code r} fares. */
    public Judgement of(Reading r) {
        Reading c = Readings.canonical(r);
        return judgements.stream().filter(j -> j.reading().equals(c)).findFirst().orElseThrow();
    }
}
