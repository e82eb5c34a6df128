package storelogoff.verify.walk;

import java.util.List;
import java.util.StringJoiner;
import java.util.Objects;

import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreMachine;
import storelogoff.model.World;
import storelogoff.model.WorldField;
import storelogoff.verify.Invariant;
import storelogoff.scenario.Scenario;

/**
 * Runs steps on an engine and checks each one: every invariant that applies to the reading,
 * on the world before, the step, the world after and the observation; and, in lockstep, that
 * the direct model reaches the same world and observation as the engine. The walks and every
 * shrinking oracle share this one checker, so a shrunk scenario fails for the same reason.
 */
final class CheckedRun {
    private final Model reference;
    /** The engine under test; null runs the reference model alone (fast, for shrinking). */
    private final StoreMachine machine;
    private final boolean lockstep;
    private final Reading reading;
    private final Invariant[] invariants;
    /** Where coverage is counted; null for oracles, whose reruns must not count. */
    private final Coverage coverage;

    private final Observation observed = new Observation();
    private final Observation directObserved = new Observation();
    private World before;
    /** The reference model's world: the engine's world when there is no machine, else its twin. */
    private World direct;
    private int index;

    CheckedRun(Model reference, StoreMachine machine, boolean lockstep, List<Invariant> invariants, Coverage coverage) {
        this.reference = reference;
        this.machine = machine;
        this.lockstep = lockstep && machine != null;
        this.reading = reference.reading();
        this.invariants = invariants.stream().filter(i -> i.appliesTo(reading)).toArray(Invariant[]::new);
        this.coverage = coverage;
    }

    /** A checker that runs the direct model only: the cheap oracle for invariant violations. */
    static CheckedRun direct(Model model, List<Invariant> invariants) {
        return new CheckedRun(model, null, false, invariants, null);
    }

    /** Starts a run in {@code initial}. */
    void start(World initial) {
        before = initial.copy();
        direct = initial.copy();
        if (machine != null) machine.reset(initial);
        index = 0;
        if (coverage != null) coverage.started(initial);
    }

    /** The engine's current world; callers must not change it. */
    World world() {
        return machine != null ? machine.world() : direct;
    }

    /** Runs one step; returns what it violated, or null. */
    Violation step(Step s) {
        World w = world();
        before.copyFrom(w);
        try {
            if (machine != null) machine.apply(s, observed);
            else reference.step(direct, s, observed);
        } catch (RuntimeException e) {
            return violation(Violation.ENGINE_ERROR, e.toString(), s, w);
        }
        World after = world();
        if (lockstep) {
            reference.step(direct, s, directObserved);
            if (!direct.equals(after) || !sameObservation(observed, directObserved)) {
                return violation(Violation.ENGINE_DIVERGENCE, "the engine and the direct model differ: "
                        + differences(after, direct) + "; engine saw " + observed + ", direct model saw " + directObserved,
                        s, after);
            }
        }
        if (coverage != null) coverage.stepped(before, s, after, observed);
        for (Invariant inv : invariants) {
            String message;
            try {
                // The first step's world was reached by no step: what an invariant says of a world is checked there too.
                message = inv.watches().sees(s, before, after, observed, index == 0)
                        ? inv.check(reading, before, s, after, observed) : null;
            } catch (RuntimeException e) {
                message = "the check threw " + e;
            }
            if (message != null) return violation(inv.id(), message, s, after);
        }
        index++;
        return null;
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
