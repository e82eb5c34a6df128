package storelogoff.conform;

import java.nio.file.Path;
import java.util.List;

import storelogoff.trace.Divergence;
import storelogoff.trace.Expectation;
import storelogoff.trace.Verdict;

/**
 * One case run on the implementation: its answers, the verdict under the kit's reading, where
 * a divergence was saved, and for a shrunk walk what it was shrunk from.
 *
 * @param original the walk as generated, when {@code c} is its shrunk form; else null
 */
public record CaseResult(Case c, List<Expectation> answers, Verdict verdict, Path saved, Case original, long nanos) {
    public CaseResult {
        answers = List.copyOf(answers);
    }

    /** The same result without the answers: judged, no longer kept (memory stays bounded for long runs). */
    CaseResult withoutAnswers() {
        return new CaseResult(c, List.of(), verdict, saved, original, nanos);
    }

    public boolean conforms() {
        return verdict.conforms();
    }

    public Divergence divergence() {
        return verdict.divergence();
    }

    /** The kind of divergence, for grouping: the differing fields and the rows at stake. */
    public String kind() {
        Divergence d = verdict.divergence();
        if (d == null) return "";
        return d.differing().stream().map(f -> f.field().key).toList() + "@" + d.rows();
    }
}
