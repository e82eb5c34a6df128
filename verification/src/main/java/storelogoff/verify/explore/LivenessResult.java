package storelogoff.verify.explore;

/**
 * The outcome of one {@link LivenessProperty}: it holds, it is violated (with a shortest trace
 * to the offending state, plus the cycle for {@link LivenessProperty#DRAIN_ENDS}), or it was
 * not checked, with the reason. {@code subjects} counts the reachable states the property
 * speaks of ({@link LivenessProperty#subjects}): a property that holds over none holds vacuously.
 */
public record LivenessResult(LivenessProperty property, Status status, Counterexample counterexample, String note,
                             int subjects) {

    public enum Status { HOLDS, VIOLATED, SKIPPED }

    static LivenessResult holds(LivenessProperty p, int subjects) {
        return new LivenessResult(p, Status.HOLDS, null, "", subjects);
    }

    static LivenessResult violated(LivenessProperty p, Counterexample c, int subjects) {
        return new LivenessResult(p, Status.VIOLATED, c, c.message(), subjects);
    }

    static LivenessResult skipped(LivenessProperty p, String reason) {
        return new LivenessResult(p, Status.SKIPPED, null, reason, 0);
    }

    @Override
    public String toString() {
        return property.id + ": " + status + (note.isEmpty() ? "" : " (" + note + ")");
    }
}
