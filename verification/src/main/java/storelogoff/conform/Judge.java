package storelogoff.conform;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.scenario.Engine;
import storelogoff.scenario.ScenarioOptions;
import storelogoff.trace.Divergence;
import storelogoff.trace.Expectation;
import storelogoff.trace.Replay;
import storelogoff.trace.Verdict;

/**
 * Judges answers with the model as {@code check} does ({@link Replay} on the direct engine), each
 * reading's model compiled once: the kit checks thousands of cases under two dozen readings.
 */
final class Judge {
    private static final Map<Reading, Model> MODELS = new ConcurrentHashMap<>();

    private Judge() {}

    /** The verdict on {@code answers} to {@code steps} under {@code options}; lines as in {@link TraceFile}. */
    static Verdict check(String file, ScenarioOptions options, List<Step> steps, List<Expectation> answers) {
        Model model = MODELS.computeIfAbsent(options.reading(), Model::new);
        Replay replay = new Replay(model.direct(options.initialWorld()));
        for (int i = 0; i < answers.size(); i++) {
            Divergence d = replay.step(TraceFile.line(i), steps.get(i), answers.get(i));
            if (d != null) return new Verdict(file, options, Engine.DIRECT, replay.replayed(), replay.compared(), d);
        }
        return new Verdict(file, options, Engine.DIRECT, replay.replayed(), replay.compared(), null);
    }
}
