package storelogoff.verify.mutants;

import java.util.Map;

/**
 * Mutants that cannot change observable behaviour, each with the argument why. A survivor that
 * is not listed here is a gap in the suite and fails the build; an entry whose mutant is killed
 * fails it too, so this list never goes stale.
 */
public final class EquivalentMutants {
    private EquivalentMutants() {}

    private static final Map<String, String> REASONS = Map.ofEntries();

    public static String reason(String mutantId) {
        return REASONS.get(mutantId);
    }

    public static Map<String, String> all() {
        return REASONS;
    }
}
