package storelogoff.verify;

import java.util.List;

import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;

/**
 * A safety property checked on every step: the world before, the step, the world after and
 * what the step showed. The cycle's history (saved flag, the StoreLogoffTransports call,
 * FlushQueues, control return) is part of the world, so a check needs nothing else and the
 * explorer can stay state-based.
 *
 * <p>Implementations state their property in plain words in {@link #description()}, and the
 * steps they watch in {@link #watches()}, like a P spec monitor and the events it observes;
 * they return a message naming what was violated, with the values.
 */
public interface Invariant {

    /** A stable id, e.g. {@code quiet-refuses-while-active}. */
    String id();

    /** The clause ids this invariant checks. */
    List<String> clauses();

    /** One sentence in plain words. */
    String description();

    /** Whether this invariant holds under {@code reading}; reading-specific ones say no elsewhere. */
    default boolean appliesTo(Reading reading) {
        return true;
    }

    /** The steps this invariant is checked on; on any other step it holds by declaration. */
    Watch watches();

    /**
     * Checks one step. Returns null when the property holds, else what was violated: for an
     * invariant with {@link #conjuncts()}, the {@link Conjunct#violated} message of the first that
     * fails. Holds on any step the property is not about, so that callers may skip the steps it
     * does not {@link #watches() watch} (or call {@link #checkIfWatched}) and get the same verdict
     * (DispatchSoundnessTest). Must not allocate when the property holds: it runs on every explored
     * transition (ChecksAllocateNothingTest).
     */
    String check(Reading reading, World before, Step step, World after, Observation observed);

    /** {@link #check} on a step this invariant watches; null on any other step. */
    default String checkIfWatched(Reading reading, World before, Step step, World after, Observation observed) {
        return watches().sees(reading, step, before, after, observed) ? check(reading, before, step, after, observed) : null;
    }

    /** The parts of the property, each of which can fail on its own, in the order they are checked. */
    default List<Conjunct> conjuncts() {
        return List.of();
    }

    /** The conjunct a violation message of this invariant names, or null. */
    default Conjunct conjunctOf(String message) {
        for (Conjunct c : conjuncts()) {
            if (c.named(message)) return c;
        }
        return null;
    }
}
