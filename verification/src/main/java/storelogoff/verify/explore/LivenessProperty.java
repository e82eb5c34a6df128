package storelogoff.verify.explore;

import java.util.List;

/**
 * The progress properties checked on the explored state graph. Together they say that a
 * logoff, once the last reference goes, ends with the spooler releasing the store
 * (ABORT-4, NOWAIT-4, ORDERLY-3, PURGE-2). Steps that leave the world unchanged do not count
 * as progress.
 */
public enum LivenessProperty {
    NO_STUCK_STATE("no-stuck-state",
            "every reachable state other than RELEASED has a step that changes the world",
            "the states other than RELEASED"),
    RELEASE_REACHABLE("release-reachable",
            "from every reachable state some sequence of steps reaches RELEASED (AG EF released)",
            "the states other than RELEASED"),
    DRAIN_ENDS("drain-ends",
            "DRAINING and IDLE states form no cycle: once the logoff is accepted, the work ends and the store is released",
            "the DRAINING and IDLE states");

    public final String id;
    public final String description;
    /** The reachable states the property speaks of: with none reached, it holds vacuously. */
    public final String subjects;

    LivenessProperty(String id, String description, String subjects) {
        this.id = id;
        this.description = description;
        this.subjects = subjects;
    }

    public List<String> clauses() {
        return List.of("SIG-1", "ABORT-4", "NOWAIT-4", "ORDERLY-3", "PURGE-2");
    }
}
