package storelogoff.verify.walk;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import storelogoff.model.LogoffFlag;
import storelogoff.model.Observation;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.Transition;
import storelogoff.model.World;

/**
 * How much of the model the walks exercised: how often each state was reached, each kind of
 * step was tried in each state (whether the model took it or refused it: a refusal is behaviour
 * too), each transition row fired, and each (flag acted on × activity found) pair occurred at the
 * StoreLogoffTransports call (IMPL-1, IMPL-4, OUT-1..3). Counts start at zero for everything
 * declared, so gaps show.
 */
public final class Coverage {

    /** The flag the spooler acted on and the activity bits found at the StoreLogoffTransports call. */
    public record FlagActivity(LogoffFlag flag, int activity) {
        @Override
        public String toString() {
            return flag.name() + " × " + (activity == 0 ? "quiet" : LogoffFlag.format(activity).replace("LOGOFF_", ""));
        }
    }

    /** Every activity bit combination (OUT-1..3), quiet first. */
    static final int[] ACTIVITIES = activities();

    private final long[] states = new long[StoreState.values().length];
    /** Steps tried per state before the step and {@link StepKind}. */
    private final long[][] tried = new long[StoreState.values().length][StepKind.values().size()];
    private final Map<String, Integer> rowIndex = new HashMap<>();
    private final List<String> rowNames = new ArrayList<>();
    private final List<long[]> rowCounts = new ArrayList<>();
    private final Map<FlagActivity, long[]> calls = new LinkedHashMap<>();

    public Coverage(List<Transition> declared) {
        for (Transition t : declared) row(t.name());
        for (LogoffFlag f : LogoffFlag.values()) {
            if (!f.input) continue;
            for (int a : ACTIVITIES) calls.put(new FlagActivity(f, a), new long[1]);
        }
    }

    /** A walk starts in {@code w}. */
    void started(World w) {
        states[w.state.ordinal()]++;
    }

    /** Step {@code s} went from {@code before} to {@code after}, showing {@code o}. */
    void stepped(World before, Step s, World after, Observation o) {
        tried[before.state.ordinal()][StepKind.of(s).index()]++;
        states[after.state.ordinal()]++;
        if (o.fired != null) rowCounts.get(row(o.fired.name()))[0]++;
        if (after.transportsCalls > before.transportsCalls) {
            FlagActivity key = new FlagActivity(LogoffFlag.actedOn(after.transportsFlag),
                    after.transportsOut & LogoffFlag.ACTIVITY_MASK);
            calls.computeIfAbsent(key, k -> new long[1])[0]++;
        }
    }

    private int row(String name) {
        Integer i = rowIndex.get(name);
        if (i != null) return i;
        rowIndex.put(name, rowNames.size());
        rowNames.add(name);
        rowCounts.add(new long[1]);
        return rowNames.size() - 1;
    }

    /** How often each state was entered or started in. */
    public Map<StoreState, Long> states() {
        Map<StoreState, Long> m = new EnumMap<>(StoreState.class);
        for (StoreState s : StoreState.values()) m.put(s, states[s.ordinal()]);
        return m;
    }

    /** How often each row fired, by {@link Transition#name()}, in declaration order. */
    public Map<String, Long> transitions() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < rowNames.size(); i++) m.put(rowNames.get(i), rowCounts.get(i)[0]);
        return m;
    }

    /** How often StoreLogoffTransports was called with each flag × activity pair. */
    public Map<FlagActivity, Long> transportsCalls() {
        Map<FlagActivity, Long> m = new LinkedHashMap<>();
        calls.forEach((k, v) -> m.put(k, v[0]));
        return m;
    }

    /** How often each kind of step was tried in each state, states in declaration order. */
    public Map<StoreState, Map<StepKind, Long>> tried() {
        Map<StoreState, Map<StepKind, Long>> m = new EnumMap<>(StoreState.class);
        for (StoreState st : StoreState.values()) {
            Map<StepKind, Long> kinds = new LinkedHashMap<>();
            for (StepKind k : StepKind.values()) kinds.put(k, tried[st.ordinal()][k.index()]);
            m.put(st, kinds);
        }
        return m;
    }

    /** The kinds of step not tried yet in {@code state}, in {@link StepKind#values()} order. */
    List<StepKind> untried(StoreState state) {
        List<StepKind> out = new ArrayList<>();
        long[] counts = tried[state.ordinal()];
        for (int k = 0; k < counts.length; k++) if (counts[k] == 0) out.add(StepKind.values().get(k));
        return out;
    }

    /** The (state, kind of step) pairs no walk tried, as {@code STATE: kind}. */
    public List<String> neverTried() {
        List<String> out = new ArrayList<>();
        tried().forEach((st, kinds) -> kinds.forEach((k, n) -> {
            if (n == 0) out.add(st + ": " + k);
        }));
        return out;
    }

    public List<StoreState> neverReached() {
        return zeros(states());
    }

    public List<String> neverFired() {
        return zeros(transitions());
    }

    public List<FlagActivity> neverCalled() {
        return zeros(transportsCalls());
    }

    private static <K> List<K> zeros(Map<K, Long> m) {
        return m.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
    }

    /** A few lines for a terminal: the counts, and what was never reached. */
    public String format() {
        StringBuilder b = new StringBuilder();
        b.append("states:");
        states().forEach((s, n) -> b.append(' ').append(s).append('=').append(n));
        int pairs = StoreState.values().length * StepKind.values().size();
        b.append("\n(state, step) pairs tried: ").append(pairs - neverTried().size()).append('/').append(pairs);
        b.append("\ntransitions (").append(rowNames.size() - neverFired().size()).append('/')
                .append(rowNames.size()).append(" fired):");
        transitions().forEach((t, n) -> b.append(' ').append(t).append('=').append(n));
        b.append("\nStoreLogoffTransports flag × activity (").append(calls.size() - neverCalled().size())
                .append('/').append(calls.size()).append(" seen):");
        transportsCalls().forEach((k, n) -> { if (n > 0) b.append("\n  ").append(k).append(": ").append(n); });
        if (!neverReached().isEmpty()) b.append("\nnever reached: ").append(neverReached());
        if (!neverTried().isEmpty()) b.append("\nnever tried: ").append(neverTried());
        if (!neverFired().isEmpty()) b.append("\nnever fired: ").append(neverFired());
        if (!neverCalled().isEmpty()) b.append("\nnever called with: ").append(neverCalled());
        return b.toString();
    }

    private static int[] activities() {
        int[] bits = {LogoffFlag.INBOUND.value, LogoffFlag.OUTBOUND.value, LogoffFlag.OUTBOUND_QUEUE.value};
        int[] out = new int[8];
        for (int i = 0; i < 8; i++) {
            int a = 0;
            for (int b = 0; b < 3; b++) if ((i & (1 << b)) != 0) a |= bits[b];
            out[i] = a;
        }
        return out;
    }
}
