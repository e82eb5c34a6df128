package storelogoff.verify.diff;

import java.util.ArrayList;
import java.util.List;

import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.scenario.Observed;
import storelogoff.scenario.ScenarioWriter;
import storelogoff.verify.Bounds;

/**
 * A scenario whose observable behaviour differs between two readings, with what each reading
 * showed at every step. Built by replaying the steps on both models from the initial world.
 */
public record Distinction(Reading a, Reading b, Bounds bounds, List<Step> steps,
                          List<Observed> observedA, List<Observed> observedB) {

    public Distinction {
        steps = List.copyOf(steps);
        observedA = List.copyOf(observedA);
        observedB = List.copyOf(observedB);
    }

    /** Runs {@code steps} under both readings and records what each step showed. */
    public static Distinction replay(Reading a, Reading b, Bounds bounds, List<Step> steps) {
        return new Distinction(a, b, bounds, steps, observe(a, bounds, steps), observe(b, bounds, steps));
    }

    static List<Observed> observe(Reading r, Bounds bounds, List<Step> steps) {
        Model model = new Model(r);
        World w = bounds.initialWorld();
        World before = w.copy();
        Observation o = new Observation();
        List<Observed> out = new ArrayList<>();
        for (Step s : steps) {
            before.copyFrom(w);
            model.step(w, s, o);
            out.add(Observed.of(s, o, before, w));
        }
        return out;
    }

    /** The 0-based index of the first step the two readings show differently, or -1. */
    public int firstDifferingStep() {
        for (int i = 0; i < steps.size(); i++) {
            if (!observedA.get(i).equals(observedB.get(i))) return i;
        }
        return -1;
    }

    /** What differs at the first differing step, as {@code field: A value vs B value}. */
    public List<String> differences() {
        int i = firstDifferingStep();
        return i < 0 ? List.of() : observedA.get(i).differences(observedB.get(i));
    }

    /**
     * The steps as a scenario file, with comments naming the readings and what differs. It sets
     * no reading: run it with {@code --reading} A or B to see each side.
     */
    public String scenario() {
        int i = firstDifferingStep();
        ScenarioWriter text = new ScenarioWriter()
                .comment("Tells reading " + a + " from reading " + b + ": shortest such scenario within " + bounds)
                .comment("Step " + (i + 1) + " (" + ScenarioWriter.line(steps.get(i)) + ") differs, " + a + " vs " + b + ":");
        for (String d : differences()) text.comment("  " + d);
        return text.steps(steps).toString();
    }
}
