package storelogoff.verify.walk;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.Objects;

import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.Transition;
import storelogoff.model.StoreMachine;
import storelogoff.model.World;
import storelogoff.model.WorldField;
import storelogoff.verify.Decisions;
import storelogoff.verify.Invariant;
import storelogoff.verify.walk.WalkConfig.Lockstep;
import storelogoff.scenario.Scenario;
import storelogoff.scenario.ScenarioWriter;
import storelogoff.verify.explore.Explorer;

/**
 * Runs steps on an engine and checks each one: every invariant that applies to the reading,
 * on the world before, the step, the world after and the observation; and, in lockstep, that
 * the direct model reaches the same world and observation as the engine. The walks and every
 * shrinking oracle share this one checker, so a shrunk scenario fails for the same reason.
 *
 * <p>In lockstep on each decision ({@link Lockstep#DECISIONS}) a run is either whole, the
 * engine fed every step and compared on every step as in {@link Lockstep#EVERY_STEP}, or led by
 * the direct model: the invariants see the direct model's world, and the engine is put into the
 * world before a step and compared on it only when the step's decision is new to the checker.
 * The engine decides from the decision alone (SpringStore), so a step whose decision was
 * compared before holds nothing new; a wrong decision diverges the first time it is met,
 * which is the step where a run in lockstep on every step diverges too.
 */
final class CheckedRun {
    private final Model reference;
    /** The engine under test; null runs the reference model alone (fast, for shrinking). */
    private final StoreMachine machine;
    private final Lockstep lockstep;
    /** The decisions compared so far; null unless in lockstep on each decision. */
    private final Decisions decisions;
    private final Reading reading;
    /** The invariants that apply to the reading, by the steps they watch. */
    private final Watchers watchers;
    /** Where coverage is counted; null for oracles, whose reruns must not count. */
    private final Coverage coverage;

    private final Observation engineSaw = new Observation();
    private final Observation directSaw = new Observation();
    private World before;
    /** The reference model's world: the engine's world when there is no machine, else its twin. */
    private World direct;
    /** Whether the engine runs every step of this run (else the direct model leads). */
    private boolean engineLeads;
    private int index;
    /** Steps on which the engine was compared with the direct model, over every run. */
    private long compared;
    private int newDecisions;

    CheckedRun(Model reference, StoreMachine machine, Lockstep lockstep, List<Invariant> invariants, Coverage coverage) {
        this(reference, machine, lockstep, invariants, coverage, new Decisions());
    }

    /** With {@code compared}, the decisions the engine was already compared on (by the cross-check), to be added to. */
    CheckedRun(Model reference, StoreMachine machine, Lockstep lockstep, List<Invariant> invariants, Coverage coverage,
               Decisions compared) {
        this.reference = reference;
        this.machine = machine;
        this.lockstep = machine == null ? Lockstep.OFF : lockstep;
        this.decisions = this.lockstep == Lockstep.DECISIONS ? compared : null;
        this.reading = reference.reading();
        this.watchers = new Watchers(invariants.stream().filter(i -> i.appliesTo(reading)).toArray(Invariant[]::new));
        this.coverage = coverage;
    }

    /** In lockstep on each decision when {@code lockstep}, else the engine alone. */
    CheckedRun(Model reference, StoreMachine machine, boolean lockstep, List<Invariant> invariants, Coverage coverage) {
        this(reference, machine, lockstep ? Lockstep.DECISIONS : Lockstep.OFF, invariants, coverage);
    }

    /** A checker that runs the direct model only: the cheap oracle for invariant violations. */
    static CheckedRun direct(Model model, List<Invariant> invariants) {
        return new CheckedRun(model, null, Lockstep.OFF, invariants, null);
    }

    /** Starts a whole run in {@code initial}: the engine, if any, runs every step. */
    void start(World initial) {
        start(initial, true);
    }

    /**
     * Starts a run in {@code initial}; in lockstep on each decision, {@code whole} feeds the
     * engine every step, else the direct model leads.
     */
    void start(World initial, boolean whole) {
        before = initial.copy();
        direct = initial.copy();
        engineLeads = machine != null && (lockstep != Lockstep.DECISIONS || whole);
        if (engineLeads) machine.reset(initial);
        index = 0;
        if (coverage != null) coverage.started(initial);
    }

    /** The engine's current world; callers must not change it. */
    World world() {
        return engineLeads ? machine.world() : direct;
    }

    /** Steps on which the engine was compared with the direct model. */
    long compared() {
        return compared;
    }

    /** Decisions on which this checker compared the engine first; 0 unless in lockstep on each decision. */
    int decisions() {
        return newDecisions;
    }

    /**
     * Runs one step; returns what it violated, or null. A step for which several rows are
     * enabled violates determinism before it runs, as in the explorer: which row fires is then
     * the engine's whim (Spring's choice among them depends on what it ran before), so nothing
     * after it could be compared.
     */
    Violation step(Step s) {
        World w = world();
        before.copyFrom(w);
        long decision = reference.decision(before, s);
        if (decision != Model.NO_DECISION && Model.enabledRows(decision) > 1) {
            return violation(Explorer.DETERMINISTIC, nondeterminism(s), s, w);
        }
        // An engine that runs another model than the reference (tests of the checker) may decide
        // from other guards: then no step counts as decided before, and each is compared.
        if (machine == null || machine.model() != reference) decision = Model.NO_DECISION;
        Observation observed;
        World after;
        if (engineLeads) {
            try {
                machine.apply(s, engineSaw);
            } catch (RuntimeException e) {
                return violation(Violation.ENGINE_ERROR, e.toString(), s, w);
            }
            observed = engineSaw;
            after = machine.world();
            if (lockstep != Lockstep.OFF) {
                reference.step(direct, s, directSaw);
                Violation v = compare(s, after);
                if (v != null) return v;
                if (decisions != null && decision != Model.NO_DECISION && decisions.first(decision)) newDecisions++;
            }
        } else {
            try {
                reference.step(direct, s, directSaw);
            } catch (RuntimeException e) {
                return violation(Violation.ENGINE_ERROR, e.toString(), s, w);
            }
            observed = directSaw;
            after = direct;
            if (decisions != null && decisions.first(decision)) {
                newDecisions++;
                World engineAfter;
                try {
                    machine.reset(before);
                    machine.apply(s, engineSaw);
                    engineAfter = machine.world();
                } catch (RuntimeException e) {
                    return violation(Violation.ENGINE_ERROR, e.toString(), s, machine.world());
                }
                Violation v = compare(s, engineAfter);
                if (v != null) return v;
            }
        }
        if (coverage != null) coverage.stepped(before, s, after, observed);
        // The first step's world was reached by no step: what an invariant says of a world is checked there too.
        Invariant[] woken = watchers.woken(reading, s, before, after, observed, index == 0);
        for (int j = 0, n = watchers.count(); j < n; j++) {
            Invariant inv = woken[j];
            String message;
            try {
                message = inv.check(reading, before, s, after, observed);
            } catch (RuntimeException e) {
                message = "the check threw " + e;
            }
            if (message != null) return violation(inv.id(), message, s, after);
        }
        index++;
        return null;
    }

    /** The rows enabled for {@code s} in the world before it, as the explorer words it. */
    private String nondeterminism(Step s) {
        List<String> rows = new ArrayList<>();
        for (Transition t : reference.candidates(before.state, s.event())) {
            if (t.guard().test(before, s)) rows.add(t.name());
        }
        return "rows " + String.join(", ", rows) + " are all enabled for '" + ScenarioWriter.line(s) + "' in " + before;
    }

    /** The engine's world and observation against the direct model's, after {@code s}; null when equal. */
    private Violation compare(Step s, World engineAfter) {
        compared++;
        if (direct.equals(engineAfter) && sameObservation(engineSaw, directSaw)) return null;
        return violation(Violation.ENGINE_DIVERGENCE, "the engine and the direct model differ: "
                + differences(engineAfter, direct) + "; engine saw " + engineSaw + ", direct model saw " + directSaw,
                s, engineAfter);
    }

    /** Runs a whole scenario from its initial world; returns its first violation, or null. */
    Violation replay(Scenario sc) {
        start(sc.initialWorld());
        for (Step s : sc.steps()) {
            Violation v = step(s);
            if (v != null) return v;
        }
        return null;
    }

    private Violation violation(String id, String message, Step s, World after) {
        return new Violation(id, message, index, s, before.toString(), after.toString());
    }

    /** The world fields that differ, as {@code name engine≠direct}, over every declared field (WorldField). */
    static String differences(World engine, World direct) {
        StringJoiner out = new StringJoiner(", ");
        for (WorldField f : WorldField.ALL) {
            for (int slot = 0; slot < f.slots(engine.clients()); slot++) {
                int a = f.read(engine, slot), b = f.read(direct, slot);
                if (a != b) out.add(f.name(slot) + " " + f.format(a) + "≠" + f.format(b));
            }
        }
        return out.length() == 0 ? "no world field" : out.toString();
    }

    private static boolean sameObservation(Observation a, Observation b) {
        return Objects.equals(a.fired == null ? null : a.fired.name(), b.fired == null ? null : b.fired.name())
                && a.hresult == b.hresult && a.outWritten == b.outWritten && a.outFlags == b.outFlags;
    }
}
