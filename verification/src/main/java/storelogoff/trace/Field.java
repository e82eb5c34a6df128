package storelogoff.trace;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import storelogoff.model.Event;
import storelogoff.model.HResult;
import storelogoff.model.LogoffFlag;
import storelogoff.model.StoreState;

/**
 * One thing a trace may say an implementation observed at a step, with how the model's value
 * is read and the clauses that define the field (cited when it differs; docs/trace-format.md).
 * Values are compared in a canonical text form: flags as {@link LogoffFlag#format}, {@code none}
 * for "not written" or "not called", counts in decimal, {@code yes}/{@code no}.
 */
public enum Field {
    RESULT("result", Kind.RESULT, m -> m.observed().resultName(m.event())),
    /** What StoreLogoff wrote to {@code *lpulFlags} (SIG-2). */
    OUT("out", Kind.FLAGS, m -> m.observed().outWritten ? LogoffFlag.format(m.observed().outFlags) : Field.NONE,
            "SIG-2", "FLAGS-3"),
    /** The flag StoreLogoffTransports was called with in this step (IMPL-1, IMPL-2, IMPL-4). */
    TRANSPORTS("transports", Kind.FLAGS, m -> m.transportsCalled() ? LogoffFlag.format(m.world().transportsFlag) : Field.NONE,
            "IMPL-1", "IMPL-2", "IMPL-4"),
    /** The flags StoreLogoffTransports answered with in this step. */
    TRANSPORTS_OUT("transports-out", Kind.FLAGS, m -> m.transportsCalled() ? LogoffFlag.format(m.world().transportsOut) : Field.NONE,
            "IMPL-1", "IMPL-2"),
    STATE("state", Kind.STATE, m -> m.world().state.name()),
    REFS("refs", Kind.COUNT, m -> String.valueOf(m.world().totalRefs()), "IMPL-2"),
    SAVED("saved", Kind.FLAGS, m -> m.world().flagSaved ? LogoffFlag.format(m.world().savedFlag) : Field.NONE,
            "IMPL-1", "IMPL-3"),
    FLUSH("flush", Kind.YES_NO, m -> yesNo(m.world().flushQueues), "PURGE-1"),
    /** Control has come back from StoreLogoffTransports. */
    RETURNED("returned", Kind.YES_NO, m -> yesNo(m.world().transportsReturned), "ABORT-2", "NOWAIT-4", "ORDERLY-3", "PURGE-2"),
    OUTBOX("outbox", Kind.COUNT, m -> String.valueOf(m.world().outbox), "OUT-3"),
    SENDING("sending", Kind.COUNT, m -> String.valueOf(m.world().sending), "OUT-2"),
    ARRIVING("arriving", Kind.COUNT, m -> String.valueOf(m.world().arriving), "OUT-1"),
    SENT("sent", Kind.COUNT, m -> String.valueOf(m.world().sent), "OUT-2"),
    RECEIVED("received", Kind.COUNT, m -> String.valueOf(m.world().received), "OUT-1");

    /** Not written (out) or not called in this step (transports, transports-out), or nothing saved. */
    public static final String NONE = "none";
    static final String NAMES = Arrays.stream(values()).map(f -> f.key).collect(Collectors.joining(", "));

    /** The name in a trace: {@code out=...}, {@code "out": ...}. */
    public final String key;
    private final Kind kind;
    private final Function<Modelled, String> modelled;
    /** The clauses that define this field, cited when it differs. */
    public final List<String> clauses;

    Field(String key, Kind kind, Function<Modelled, String> modelled, String... clauses) {
        this.key = key;
        this.kind = kind;
        this.modelled = modelled;
        this.clauses = List.of(clauses);
    }

    /** The field a trace names, or null. */
    public static Field byKey(String key) {
        for (Field f : values()) {
            if (f.key.equals(key.toLowerCase(Locale.ROOT))) return f;
        }
        return null;
    }

    /** The model's value, in canonical form. */
    String modelled(Modelled m) {
        return modelled.apply(m);
    }

    /** How values of this field are written. */
    public Kind kind() {
        return kind;
    }

    /** The canonical form of {@code text} as an expected value at a step of {@code event}, or null when malformed. */
    public String canonical(String text, Event event) {
        return kind.canonical(text, event);
    }

    /** What a value of this field may be, for error messages. */
    public String expected(Event event) {
        return kind.expected(event);
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    /**
     * How values of a field are written: an HRESULT name (OK or DISABLED for an event), flags
     * ({@link LogoffFlag#format}, or {@link #NONE}), a state name, a decimal count, yes or no.
     */
    public enum Kind {
        RESULT, FLAGS, STATE, COUNT, YES_NO;

        String canonical(String text, Event event) {
            String t = text.strip();
            String upper = t.toUpperCase(Locale.ROOT);
            return switch (this) {
                case RESULT -> event.isClientCall() ? hresult(upper) : upper.matches("OK|DISABLED") ? upper : null;
                case FLAGS -> {
                    if (t.equalsIgnoreCase(NONE)) yield NONE;
                    Integer flags = FlagsText.parse(t);
                    yield flags == null ? null : LogoffFlag.format(flags);
                }
                case STATE -> Arrays.stream(StoreState.values()).map(Enum::name).filter(upper::equals).findFirst().orElse(null);
                case COUNT -> t.matches("[0-9]{1,9}") ? String.valueOf(Integer.parseInt(t)) : null;
                case YES_NO -> t.equalsIgnoreCase("yes") || t.equalsIgnoreCase("no") ? t.toLowerCase(Locale.ROOT) : null;
            };
        }

        String expected(Event event) {
            return switch (this) {
                case RESULT -> event.isClientCall()
                        ? "an HRESULT (" + Arrays.stream(HResult.values()).map(Enum::name).collect(Collectors.joining(", "))
                                + ") or its hex value (the result of a client call)"
                        : "OK or DISABLED (the result of a transport or spooler event)";
                case FLAGS -> FlagsText.EXPECTED + ", or none";
                case STATE -> "a state (" + Arrays.stream(StoreState.values()).map(Enum::name).collect(Collectors.joining(", ")) + ")";
                case COUNT -> "a count (0, 1, 2, ...)";
                case YES_NO -> "yes or no";
            };
        }

        /** An HRESULT by name or by its hex value, e.g. 0x80070057. */
        private static String hresult(String upper) {
            Long hex = upper.matches("0X[0-9A-F]{1,8}") ? Long.parseLong(upper.substring(2), 16) : null;
            for (HResult h : HResult.values()) {
                if (h.name().equals(upper) || hex != null && Integer.toUnsignedLong(h.value) == hex) return h.name();
            }
            return null;
        }
    }
}
