package storelogoff.verify.mutants;

import java.util.List;

import storelogoff.model.Reading;

/**
 * What the suite did to one mutant under one reading.
 *
 * @param killers     the properties violated on the shortest counterexample's last step
 * @param conjuncts   the invariants' conjuncts those violations name, as {@code invariant/conjunct}
 * @param traceLength steps of the shortest counterexample (0 when not killed)
 * @param by          {@code exhaustive}, {@code liveness} or {@code walks}; empty when not killed
 */
public record Kill(Mutant mutant, Reading reading, Verdict verdict, List<String> killers, List<String> conjuncts,
                   int traceLength, String by) {

    public enum Verdict { KILLED, EQUIVALENT, SURVIVED }

    /** The qualified id of an invariant's conjunct, as the kill matrix lists it. */
    public static String conjunctId(String invariant, String conjunct) {
        return invariant + "/" + conjunct;
    }

    public Kill {
        killers = List.copyOf(killers);
        conjuncts = List.copyOf(conjuncts);
    }
}
