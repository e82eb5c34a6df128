package storelogoff.verify.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.verify.Bounds;

/** Runs a counterexample's steps from the initial world, as a scenario file would. */
final class Replay {
    private Replay() {}

    /** The world after the first {@code n} steps; every step must stay within the bounds. */
    static World after(Model model, Bounds bounds, List<Step> steps, int n) {
        World w = bounds.initialWorld();
        Observation o = new Observation();
        for (Step s : steps.subList(0, n)) {
            assertThat(bounds.allows(w, s)).as("%s allowed in %s", s, w).isTrue();
            model.step(w, s, o);
        }
        return w;
    }
}
