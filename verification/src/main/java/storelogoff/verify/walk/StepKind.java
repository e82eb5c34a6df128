package storelogoff.verify.walk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import storelogoff.model.Event;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Step;

/**
 * A kind of step, as walk coverage counts them per state: each event, with StoreLogoff split by
 * its argument (each input flag, zero, NULL, several input flags, unknown bits, output bits:
 * FLAGS-1..3), since the model answers each differently. The caller is not part of the kind.
 *
 * @param event    the event
 * @param argument StoreLogoff's argument class; empty for every other event
 */
public record StepKind(Event event, String argument) {
    static final String ZERO = "0";
    static final String NULL = "NULL";
    static final String SEVERAL = "several flags";
    static final String UNKNOWN = "unknown bits";
    static final String OUTPUT = "output bits";

    private static final int OUTPUT_MASK = LogoffFlag.COMPLETE.value | LogoffFlag.ACTIVITY_MASK;
    private static final List<StepKind> ALL = all();
    private static final Map<StepKind, Integer> INDEX = index(ALL);

    /** The kind of {@code s}. */
    public static StepKind of(Step s) {
        return new StepKind(s.event(), s.event() == Event.LOGOFF ? argument(s) : "");
    }

    /** Every kind, in the order of {@link Event} and, for StoreLogoff, of the arguments above. */
    public static List<StepKind> values() {
        return ALL;
    }

    /** The position of this kind in {@link #values()}. */
    int index() {
        Integer i = INDEX.get(this);
        if (i == null) throw new IllegalStateException("no step kind " + this);
        return i;
    }

    private static Map<StepKind, Integer> index(List<StepKind> kinds) {
        Map<StepKind, Integer> m = new HashMap<>();
        for (int i = 0; i < kinds.size(); i++) m.put(kinds.get(i), i);
        return m;
    }

    private static String argument(Step s) {
        if (s.nullFlags()) return NULL;
        int f = s.flags();
        if (f == 0) return ZERO;
        LogoffFlag single = LogoffFlag.singleInput(f);
        if (single != null) return single.name();
        if ((f & OUTPUT_MASK) != 0) return OUTPUT;
        if ((f & ~LogoffFlag.INPUT_MASK) != 0) return UNKNOWN;
        return SEVERAL;
    }

    private static List<StepKind> all() {
        List<StepKind> kinds = new ArrayList<>();
        for (Event e : Event.values()) {
            if (e != Event.LOGOFF) {
                kinds.add(new StepKind(e, ""));
                continue;
            }
            for (LogoffFlag f : LogoffFlag.values()) if (f.input) kinds.add(new StepKind(e, f.name()));
            for (String a : List.of(ZERO, NULL, SEVERAL, UNKNOWN, OUTPUT)) kinds.add(new StepKind(e, a));
        }
        return List.copyOf(kinds);
    }

    @Override
    public String toString() {
        return argument.isEmpty() ? event.keyword : event.keyword + " " + argument;
    }
}
