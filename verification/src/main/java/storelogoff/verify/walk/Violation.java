package storelogoff.verify.walk;

import storelogoff.model.Step;
import storelogoff.scenario.ScenarioWriter;

/**
 * What went wrong at one step of a walk: an invariant's id and message, or one of the engine
 * checks below. Shrinking keeps a candidate only when it fails with the same {@link #id()}.
 *
 * @param index  the 0-based position of the failing step
 * @param before the world before that step, as text
 * @param after  the world after it, as text
 */
public record Violation(String id, String message, int index, Step step, String before, String after) {

    /** The Spring machine and the direct model disagree on a world or an observation. */
    public static final String ENGINE_DIVERGENCE = "engine-divergence";
    /** The engine threw while running a step (a guard or action error, or Spring's state disagreeing). */
    public static final String ENGINE_ERROR = "engine-error";

    @Override
    public String toString() {
        return id + " at step " + (index + 1) + " (" + ScenarioWriter.line(step) + "): " + message;
    }
}
