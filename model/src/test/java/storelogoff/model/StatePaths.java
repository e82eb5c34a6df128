package storelogoff.model;

import java.util.List;

/**
 * Short scenarios that bring a fresh store into each state under every reading, for tests
 * that must hold "in every state".
 */
final class StatePaths {
    private StatePaths() {}

    static final List<StoreState> ALL = List.of(StoreState.values());

    /** Runs the path to {@code target} on a fresh driver; fails loudly if it lands elsewhere. */
    static StoreDriver reach(StoreDriver d, StoreState target) {
        switch (target) {
            // Busy and shared, with a flag already saved: the richest OPEN world.
            case OPEN -> d.client(2).addref().submit().sendStart().submit().receiveStart().logoff(LogoffFlag.QUIET);
            case DRAINING -> d.submit().logoff(LogoffFlag.NO_WAIT).release();
            case IDLE -> d.logoff(LogoffFlag.NO_WAIT).release();
            case RELEASED -> d.logoff(LogoffFlag.NO_WAIT).release().spoolerRelease();
            case REFUSED -> d.submit().logoff(LogoffFlag.QUIET).release();
        }
        if (d.state() != target) {
            throw new IllegalStateException("the path to " + target + " ended in " + d.state() + ": " + d.trace());
        }
        return d;
    }
}
