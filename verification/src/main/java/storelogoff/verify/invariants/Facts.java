package storelogoff.verify.invariants;

import storelogoff.model.LogoffFlag;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.verify.Watch;

/**
 * Facts about a step that the invariants share, computed from the worlds alone: an oracle
 * independent of the model's guards and actions, so a wrong model cannot agree with itself.
 */
final class Facts {
    private Facts() {}

    /** The output bits for the activity in {@code w} (OUT-1, OUT-2, OUT-3). */
    static int activity(World w) {
        int bits = 0;
        if (w.arriving > 0) bits |= LogoffFlag.INBOUND.value;
        if (w.sending > 0) bits |= LogoffFlag.OUTBOUND.value;
        if (w.outbox > 0) bits |= LogoffFlag.OUTBOUND_QUEUE.value;
        return bits;
    }

    static int refs(World w) {
        int n = 0;
        for (int r : w.refs) n += r;
        return n;
    }

    /** StoreLogoffTransports was called in this step (the definition the watches use too). */
    static boolean transportsCalled(World before, World after) {
        return Watch.transportsCalled(before, after);
    }

    /** The flag StoreLogoffTransports was given in this cycle, as the spooler acts on it. */
    static LogoffFlag actedOn(World w) {
        return w.transportsCalls == 0 ? null : LogoffFlag.actedOn(w.transportsFlag);
    }

    /** The logoff was accepted and the cycle's StoreLogoffTransports call governs the store. */
    static boolean loggingOff(World w) {
        return w.state == StoreState.DRAINING || w.state == StoreState.IDLE || w.state == StoreState.RELEASED;
    }

    static boolean entered(StoreState s, World before, World after) {
        return before.state != s && after.state == s;
    }

    static String flags(int f) {
        return LogoffFlag.format(f);
    }
}
