package storelogoff.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A grid of worlds, reachable or not, with every combination of the values guards look at,
 * and every step that can be tried on them. Used to check the table's rows against each other.
 */
final class SampleWorlds {
    private SampleWorlds() {}

    private static final int[][] REFS = {{0, 0}, {1, 0}, {2, 0}, {0, 1}, {1, 1}, {0, 2}};
    /** Saved flags: none (null), each input flag, and flags only a lenient store saves. */
    private static final Integer[] SAVED = {null, 0x1, 0x2, 0x4, 0x8, 0x10, 0, 0x3, 0x21};
    private static final int[] TRANSPORTS_FLAG = {0, 0x1, 0x2, 0x4, 0x8, 0x10};

    private static List<World> all;
    private static List<Step> steps;

    static synchronized List<World> all() {
        if (all == null) all = build();
        return all;
    }

    private static List<World> build() {
        List<World> out = new ArrayList<>();
        for (StoreState state : StoreState.values())
            for (int[] refs : REFS)
                for (Integer saved : SAVED)
                    for (int transportsFlag : TRANSPORTS_FLAG)
                        for (int counts = 0; counts < 27; counts++)
                            for (boolean reception : new boolean[] {false, true}) {
                                World w = new World(2, true);
                                w.state = state;
                                w.refs[0] = refs[0];
                                w.refs[1] = refs[1];
                                w.flagSaved = saved != null;
                                w.savedFlag = saved == null ? 0 : saved;
                                w.transportsFlag = transportsFlag;
                                w.outbox = counts % 3;
                                w.sending = counts / 3 % 3;
                                w.arriving = counts / 9;
                                w.receptionEnabled = reception;
                                out.add(w);
                            }
        return List.copyOf(out);
    }

    /** Every event for clients 1 and 2, with good, bad and NULL StoreLogoff flags. */
    static synchronized List<Step> steps() {
        if (steps == null) {
            List<Step> out = new ArrayList<>();
            for (Event e : Event.values()) {
                if (!e.isClientCall()) {
                    out.add(Step.of(e));
                    continue;
                }
                for (int client = 1; client <= 2; client++) {
                    if (e != Event.LOGOFF) {
                        out.add(Step.call(e, client));
                        continue;
                    }
                    for (int flags : new int[] {0x1, 0x2, 0x4, 0x8, 0x10, 0, 0x3, 0x20, 0x21, 0x20000}) {
                        out.add(Step.logoff(client, flags));
                    }
                    out.add(Step.logoffNull(client));
                }
            }
            steps = List.copyOf(out);
        }
        return steps;
    }
}
