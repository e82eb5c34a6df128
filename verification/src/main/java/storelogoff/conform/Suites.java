package storelogoff.conform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import storelogoff.model.Event;
import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.scenario.ScenarioOptions;
import storelogoff.scenario.ObservedField;
import storelogoff.trace.Replay;
import storelogoff.verify.Alphabet;
import storelogoff.verify.Bounds;
import storelogoff.verify.diff.Comparison;
import storelogoff.verify.diff.ReadingDiff;
import storelogoff.verify.explore.RowCover;
import storelogoff.verify.walk.StepGenerator;

/**
 * The scenarios of each suite, generated from the model restricted to the steps the adapter
 * can make and compared on the fields it observes: rows and pairs from the explored state
 * graph ({@link RowCover}), readings from {@link ReadingDiff}, walks from the walks' own
 * world-aware {@link StepGenerator}.
 */
final class Suites {
    /** Scenarios of rows, pairs and readings stay within these bounds (those of {@code verify}). */
    static final Bounds BOUNDS = Bounds.DEFAULT;

    private Suites() {}

    /** What the fixed suites hold for one adapter and reading, with what they cannot reach. */
    record Plan(List<Case> rows, List<Case> pairs, List<Case> readings, List<String> unreachable,
                List<String> untold, int states) {}

    static Predicate<Step> allowed(Hello hello) {
        Set<Event> steps = hello.steps();
        return s -> steps.contains(s.event());
    }

    static Plan plan(Hello hello, Reading reading, Set<Suite> suites) {
        ScenarioOptions o = new ScenarioOptions(reading, BOUNDS.clients(), BOUNDS.defaultInbox());
        List<Case> rows = new ArrayList<>(), pairs = new ArrayList<>(), readings = new ArrayList<>();
        List<String> unreachable = List.of(), untold = new ArrayList<>();
        int states = 0;
        if (suites.contains(Suite.ROWS) || suites.contains(Suite.PAIRS)) {
            RowCover cover = RowCover.of(new Model(reading), BOUNDS, allowed(hello));
            states = cover.states();
            unreachable = cover.unreachable();
            if (suites.contains(Suite.ROWS)) cover.rows().forEach(r -> rows.add(new Case(Suite.ROWS, r.name(), o, r.steps())));
            if (suites.contains(Suite.PAIRS)) cover.pairs().forEach(r -> pairs.add(new Case(Suite.PAIRS, r.name(), o, r.steps())));
        }
        if (suites.contains(Suite.READINGS)) readings(hello, o, readings, untold);
        return new Plan(rows, pairs, readings, unreachable, untold, states);
    }

    /**
     * For each pair of readings that differ in one point, the shortest scenario of the adapter's
     * steps whose observed fields differ between them; one case per distinct scenario. Pairs no
     * such scenario tells apart go to {@code untold}, as the point they differ on.
     */
    private static void readings(Hello hello, ScenarioOptions o, List<Case> out, List<String> untold) {
        List<Step> alphabet = Alphabet.steps(BOUNDS.clients()).stream().filter(allowed(hello)).toList();
        Set<ObservedField> fields = hello.fieldSet();
        ReadingDiff.Projection shows = (before, step, after, obs) -> Replay.modelled(fields, step, before, after, obs);
        List<Reading> all = Readings.all();
        Map<List<Step>, List<String>> byScenario = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Reading a = all.get(i), b = all.get(j);
                if (!Readings.neighbours(a, b)) continue;
                Comparison c = ReadingDiff.compare(a, b, BOUNDS, alphabet, shows);
                String pair = a + " vs " + b;
                if (c.distinction().isEmpty()) untold.add(Readings.point(a, b));
                else byScenario.computeIfAbsent(c.distinction().get().steps(), k -> new ArrayList<>()).add(pair);
            }
        }
        byScenario.forEach((steps, pairs) -> out.add(new Case(Suite.READINGS,
                pairs.get(0) + (pairs.size() > 1 ? ", +" + (pairs.size() - 1) + (pairs.size() == 2 ? " pair" : " pairs") : ""), o, steps)));
    }

    /**
     * Walk {@code number} (1-based): steps the walks' generator picks from the model's world,
     * those the adapter cannot make drawn again. It ends where the generator ends it, at
     * {@code maxSteps}, or (sometimes) once no step the adapter can make changes anything.
     */
    static Case walk(int number, SplittableRandom rnd, Hello hello, Reading reading, int maxSteps, int maxClients) {
        int clients = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(maxClients) : maxClients;
        boolean defaultInbox = rnd.nextInt(8) != 0;
        Model model = new Model(reading);
        World w = World.initial(clients, defaultInbox);
        Observation o = new Observation();
        Predicate<Step> allowed = allowed(hello);
        List<Step> own = Alphabet.steps(clients).stream().filter(allowed).toList();
        StepGenerator generator = new StepGenerator(rnd, clients);
        List<Step> steps = new ArrayList<>();
        while (steps.size() < maxSteps && !generator.ends(w)) {
            if (w.state != StoreState.OPEN && stuck(model, w, own) && rnd.nextInt(4) == 0) break;
            Step s = generator.next(w);
            for (int tries = 0; !allowed.test(s) && tries < 20; tries++) s = generator.next(w);
            if (!allowed.test(s)) s = own.get(rnd.nextInt(own.size()));
            model.step(w, s, o);
            steps.add(s);
        }
        ScenarioOptions options = new ScenarioOptions(reading, clients, defaultInbox);
        return new Case(Suite.WALKS, "walk " + number, options, steps);
    }

    /** No step of {@code own} fires a row in {@code w}: the adapter can change nothing any more. */
    private static boolean stuck(Model model, World w, List<Step> own) {
        for (Step s : own) {
            if (model.enabled(w, s) != null) return false;
        }
        return true;
    }
}
