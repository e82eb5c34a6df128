package storelogoff.verify;

import java.util.HashSet;
import java.util.Set;

import storelogoff.model.Model;

/**
 * The decisions ({@link Model#decision}) on which the Spring machine has already been compared
 * with the direct engine in one run: Spring decides from the decision alone, so comparing it
 * again on an equal one checks nothing new.
 */
public final class Decisions {
    private final Set<Long> compared = new HashSet<>();

    /**
     * Whether {@code decision} is met for the first time, recording it. {@link Model#NO_DECISION}
     * is always new: it stands for no decision in particular.
     */
    public boolean first(long decision) {
        return decision == Model.NO_DECISION || compared.add(decision);
    }

    /** Distinct decisions met. */
    public int size() {
        return compared.size();
    }
}
