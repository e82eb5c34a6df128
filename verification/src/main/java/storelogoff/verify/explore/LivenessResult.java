package storelogoff.verify.explore;

/**
 * The outcome of one {@link LivenessProperty}: it holds, it is violated (with a shortest trace
 * to the offending state, plus the cycle for {@link LivenessProperty#DRAIN_ENDS}), or it was
 * not checked, with the reason.
 */
public record LivenessResult(LivenessProperty property, Status status, Counterexample counterexample, String note) {

    public enum Status { HOLDS, VIOLATED, SKIPPED }

    static LivenessResult holds(LivenessProperty p) {
        return new LivenessResult(p, Status.HOLDS, null, "");
    }

    static LivenessResult violated(LivenessProperty p, Counterexample c) {
        return new LivenessResult(p, Status.VIOLATED, c, c.message());
    }

    static LivenessResult skipped(LivenessProperty p, String reason) {
        return new LivenessResult(p, Status.SKIPPED, null, reason);
    }

    @Override
    public String toString() {
        return property.id + ": " + status + (note.isEmpty() ? "" : " (" + note + ")");
    }
}
