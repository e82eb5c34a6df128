package storelogoff.verify.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;

import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.SpringStore;
import storelogoff.model.Step;
import storelogoff.model.Transition;
import storelogoff.model.World;
import storelogoff.scenario.ScenarioWriter;
import storelogoff.verify.Bounds;
import storelogoff.verify.Decisions;

/**
 * Replays explored transitions through the Spring Statemachine and compares the whole world and
 * observation with the direct engine's. Both run the one declaration, so any difference is a
 * bug in how the declaration is turned into a Spring machine (or in Spring). Every decision
 * ({@link CrossCheck#everyDecision}) visits the transitions in the order all does and compares
 * those whose decision is new: a wrong decision differs wherever it is met, so the first
 * difference found is the one all finds.
 */
final class SpringCrossCheck {
    static final String PROPERTY = "spring-agrees";

    private final Model direct;
    private final Function<World, SpringStore> spring;
    private final Bounds bounds;
    private final StateCodec codec;
    private final StateGraph graph;
    private final Step[] alphabet;
    private final Traces traces;

    private final World before;
    private final World after;
    private final Observation directSaw = new Observation();
    private final Observation springSaw = new Observation();
    private SpringStore machine;
    private Decisions decisions;
    /** Number of transitions compared by the last {@link #run}. */
    private long compared;

    SpringCrossCheck(Model direct, Function<World, SpringStore> spring, Bounds bounds, StateCodec codec, StateGraph graph, Step[] alphabet,
                     Traces traces) {
        this.direct = direct;
        this.spring = spring;
        this.bounds = bounds;
        this.codec = codec;
        this.graph = graph;
        this.alphabet = alphabet;
        this.traces = traces;
        this.before = bounds.initialWorld();
        this.after = bounds.initialWorld();
    }

    long compared() {
        return compared;
    }

    /**
     * Compares the chosen transitions in state order; returns the first difference, or null.
     * Every decision compared goes into {@code decisions}; with every decision, one found there
     * is not compared again.
     */
    Counterexample run(CrossCheck plan, long transitions, Decisions decisions) {
        this.decisions = decisions;
        compared = 0;
        machine = spring.apply(before);
        if (plan.everyDecision() && machine.model() == direct) {
            for (int i = 0; i < graph.size(); i++) {
                codec.decode(graph.code(i), graph.hi(i), before);
                for (Step step : alphabet) {
                    if (!bounds.allows(before, step) || !decisions.first(direct.decision(before, step))) continue;
                    Counterexample c = compare(i, step);
                    if (c != null) return c;
                }
            }
            return null;
        }
        // Spring running another model than the explored one (tests) may decide from other guards: all are compared.
        if (plan.everyDecision() || plan.coversAll(transitions)) {
            for (int i = 0; i < graph.size(); i++) {
                for (int s = 0; s < alphabet.length; s++) {
                    codec.decode(graph.code(i), graph.hi(i), before);
                    if (!bounds.allows(before, alphabet[s])) continue;
                    Counterexample c = compare(i, alphabet[s]);
                    if (c != null) return c;
                }
            }
            return null;
        }
        for (long pair : sample(plan)) {
            Counterexample c = compare((int) (pair / alphabet.length), alphabet[(int) (pair % alphabet.length)]);
            if (c != null) return c;
        }
        return null;
    }

    private Counterexample compare(int state, Step step) {
        codec.decode(graph.code(state), graph.hi(state), before);
        after.copyFrom(before);
        direct.step(after, step, directSaw);
        String difference;
        try {
            machine.reset(before);
            machine.apply(step, springSaw);
            difference = difference(after, directSaw, machine.world(), springSaw);
        } catch (RuntimeException e) {
            difference = "Spring failed: " + e;
        }
        compared++;
        if (difference == null) {
            if (machine.model() == direct) decisions.first(direct.decision(before, step));
            return null;
        }
        List<Step> steps = new ArrayList<>(traces.to(state));
        steps.add(step);
        return traces.counterexample(steps, PROPERTY, List.of(), "Spring and the direct engine differ on '"
                + ScenarioWriter.line(step) + "' from " + before + ":" + difference, -1);
    }

    /**
     * A uniform sample of distinct allowed (state, step) pairs, as {@code state * alphabet + step},
     * sorted so the nearest states come first: draw uniformly, redraw what the bounds prune or what was drawn.
     */
    long[] sample(CrossCheck plan) {
        SplittableRandom random = new SplittableRandom(plan.seed());
        LongIntHashMap drawn = new LongIntHashMap(plan.sample());
        long[] picks = new long[plan.sample()];
        int k = 0;
        while (k < picks.length) {
            int i = random.nextInt(graph.size());
            int s = random.nextInt(alphabet.length);
            codec.decode(graph.code(i), graph.hi(i), before);
            if (!bounds.allows(before, alphabet[s])) continue;
            long pair = (long) i * alphabet.length + s;
            if (drawn.putIfAbsent(pair, 0) < 0) picks[k++] = pair;
        }
        Arrays.sort(picks);
        return picks;
    }

    private static String difference(World direct, Observation directSaw, World spring, Observation springSaw) {
        StringBuilder b = new StringBuilder();
        if (!direct.equals(spring)) b.append("\n  world: direct ").append(direct).append("\n         Spring ").append(spring);
        if (!Objects.equals(name(directSaw.fired), name(springSaw.fired))) {
            b.append("\n  fired: direct ").append(name(directSaw.fired)).append(", Spring ").append(name(springSaw.fired));
        }
        if (directSaw.hresult != springSaw.hresult) {
            b.append("\n  result: direct ").append(directSaw.hresult).append(", Spring ").append(springSaw.hresult);
        }
        if (directSaw.outWritten != springSaw.outWritten || directSaw.outFlags != springSaw.outFlags) {
            b.append("\n  output flags: direct ").append(directSaw).append(", Spring ").append(springSaw);
        }
        return b.length() == 0 ? null : b.toString();
    }

    private static String name(Transition t) {
        return t == null ? null : t.name() + " -> " + t.target();
    }
}
