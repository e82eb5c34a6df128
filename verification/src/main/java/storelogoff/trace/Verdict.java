package storelogoff.trace;

import storelogoff.scenario.Engine;
import storelogoff.scenario.ScenarioOptions;

/**
 * The outcome of checking a trace: it conforms, or the first divergence.
 *
 * @param replayed   steps replayed, up to and including the divergence
 * @param compared   steps whose observations were compared
 * @param divergence the first divergence, or null when the trace conforms
 */
public record Verdict(String file, ScenarioOptions options, Engine engine, int replayed, int compared,
                      Divergence divergence) {

    public boolean conforms() {
        return divergence == null;
    }
}
