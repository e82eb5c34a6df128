package storelogoff.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import storelogoff.model.Event;
import storelogoff.model.HResult;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Observation;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;

/**
 * What a step shows, named once: every field a run reports ({@code run --json}, the {@code run}
 * table), a trace may expect ({@code check}, text and JSON Lines), and two readings may differ in
 * ({@code diff}). Each field has its key (the {@code run --json} name; a dotted key is a member of
 * a JSON object, e.g. {@code transportsCall.flags}), older names still accepted in traces, a
 * type, what it means, the clauses it reports on, whether a store provider can observe it, and
 * how the model's value is read from a step. docs/trace-format.md lists them, generated from here.
 *
 * <p>Values are compared in a canonical text form: flags as {@link LogoffFlag#format} ({@code 0}
 * for no bits), {@link #NONE} for "not written", "not called" or "nothing saved", counts in
 * decimal, {@code yes}/{@code no}, a state or HRESULT by name.
 */
public enum ObservedField {
    RESULT("result", List.of(), Type.RESULT, true,
            "the HRESULT of a client call, or OK / DISABLED for a transport or spooler event"),
    STATE("state", List.of(), Type.STATE, false, "the store's state after the step (the spooler's view)"),
    REFS("refs", List.of(), Type.COUNT, true, "references held by all clients together", "IMPL-2"),
    SAVED_FLAG("savedFlag", List.of("saved"), Type.FLAGS, true,
            "the flag StoreLogoff saved in this logoff cycle; none when nothing was saved", "IMPL-1", "IMPL-3"),
    OUT_FLAGS("outFlags", List.of("out"), Type.FLAG_LIST, true,
            "what StoreLogoff wrote back to *lpulFlags at this step; none when it wrote nothing (another step, or a refused call)",
            "SIG-2", "FLAGS-3"),
    TRANSPORTS_FLAGS("transportsCall.flags", List.of("transports"), Type.FLAGS, true,
            "the flag StoreLogoffTransports was called with at this step; none when it was not called at this step",
            "IMPL-1", "IMPL-2", "IMPL-4"),
    TRANSPORTS_OUT("transportsCall.out", List.of("transports-out"), Type.FLAG_LIST, true,
            "the flags StoreLogoffTransports answered at this step (LOGOFF_COMPLETE when nothing was active); none when not called",
            "IMPL-1", "IMPL-2"),
    FLUSH_QUEUES("flushQueues", List.of("flush"), Type.YES_NO, false,
            "FlushQueues has been called for the transports in this logoff cycle", "PURGE-1"),
    TRANSPORTS_RETURNED("transportsReturned", List.of("returned"), Type.YES_NO, true,
            "control has come back from StoreLogoffTransports in this logoff cycle",
            "ABORT-2", "NOWAIT-4", "ORDERLY-3", "PURGE-2"),
    OUTBOX("outbox", List.of(), Type.COUNT, false, "messages waiting in the Outbox", "OUT-3"),
    SENDING("sending", List.of(), Type.COUNT, false, "messages being sent", "OUT-2"),
    ARRIVING("arriving", List.of(), Type.COUNT, false, "inbound messages arriving", "OUT-1"),
    SENT("sent", List.of(), Type.COUNT, false, "messages sent so far", "OUT-2"),
    RECEIVED("received", List.of(), Type.COUNT, false, "inbound messages received so far", "OUT-1"),
    RETURNED("returned", List.of(), Type.COUNT, false,
            "arrivals stopped and handed back to their transport (the abort-stops reading)", "ABORT-1");

    /** Not written (outFlags), not called at this step (transportsCall), nothing saved (savedFlag). */
    public static final String NONE = "none";

    /** The fields in order: values() clones its array on every call. */
    public static final List<ObservedField> ALL = List.of(values());

    /** How a field's values are written, in a trace's text, in JSON, and in the model's canonical form. */
    public enum Type {
        RESULT("an HRESULT name (`S_OK`, `MAPI_E_INVALID_PARAMETER`, ...) or its hex value (`0x80070057`) for a client call;"
                + " `OK` or `DISABLED` for a transport or spooler event", "string"),
        STATE("`OPEN`, `DRAINING`, `IDLE`, `RELEASED`, `REFUSED`", "string"),
        COUNT("a count: `0`, `1`, `2`, ...", "number"),
        YES_NO("`yes`, `no`", "boolean"),
        FLAGS("FLAGS, or `none`", "string (flag names joined with `\\|`, `\"0\"` for zero), or null for none"),
        FLAG_LIST("FLAGS, or `none`", "array of flag names (`[]` for zero), or null for none");

        /** How a trace's text writes a value (docs/trace-format.md). */
        public final String text;
        /** How JSON writes a value. */
        public final String json;

        Type(String text, String json) {
            this.text = text;
            this.json = json;
        }
    }

    /** The name in {@code run --json} and the preferred name in a trace. */
    public final String key;
    /** Older names a trace may use instead (docs/trace-format.md). */
    public final List<String> aliases;
    public final Type type;
    /** Whether a store provider sees it: its results, output, saved flag, references and its own StoreLogoffTransports call. */
    public final boolean implementationObservable;
    public final String description;
    /** The clauses the field reports on, cited when it differs. */
    public final List<String> clauses;

    ObservedField(String key, List<String> aliases, Type type, boolean implementationObservable, String description,
                  String... clauses) {
        this.key = key;
        this.aliases = aliases;
        this.type = type;
        this.implementationObservable = implementationObservable;
        this.description = description;
        this.clauses = List.of(clauses);
    }

    /** The JSON object a dotted key belongs to ({@code transportsCall}), or the key itself. */
    public String group() {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    /** The key's member name within its group: {@code flags} of {@code transportsCall.flags}. */
    public String member() {
        return key.substring(key.indexOf('.') + 1);
    }

    /** The fields a trace may mean by {@code name}, its key or an alias (case-insensitive); more than one only when their values tell them apart. */
    public static List<ObservedField> named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        List<ObservedField> out = new ArrayList<>();
        for (ObservedField f : ALL) {
            if (f.key.toLowerCase(Locale.ROOT).equals(n) || f.aliases.contains(n)) out.add(f);
        }
        return out;
    }

    /**
     * The one field {@code name} means where no value can tell fields apart (a conformance
     * adapter's hello): the field with that key, else the field with that alias; null for none.
     */
    public static ObservedField byName(String name) {
        for (ObservedField f : ALL) {
            if (f.key.equalsIgnoreCase(name)) return f;
        }
        List<ObservedField> fields = named(name);
        return fields.size() == 1 ? fields.get(0) : null;
    }

    /** Every key, with its aliases in parentheses, for messages. */
    public static String names() {
        return ALL.stream().map(f -> f.key + (f.aliases.isEmpty() ? "" : " (" + String.join(", ", f.aliases) + ")"))
                .collect(Collectors.joining(", "));
    }

    // ---- The model's value ----

    /**
     * The model's value at one step, in canonical form: {@code step} took the world from
     * {@code before} to {@code after} and showed {@code observed}.
     */
    public String modelled(Step step, Observation observed, World before, World after) {
        boolean called = after.transportsCalls > before.transportsCalls;
        return switch (this) {
            case RESULT -> observed.resultName(step.event());
            case STATE -> after.state.name();
            case REFS -> count(after.totalRefs());
            case SAVED_FLAG -> after.flagSaved ? LogoffFlag.format(after.savedFlag) : NONE;
            case OUT_FLAGS -> observed.outWritten ? LogoffFlag.format(observed.outFlags) : NONE;
            case TRANSPORTS_FLAGS -> called ? LogoffFlag.format(after.transportsFlag) : NONE;
            case TRANSPORTS_OUT -> called ? LogoffFlag.format(after.transportsOut) : NONE;
            case FLUSH_QUEUES -> yesNo(after.flushQueues);
            case TRANSPORTS_RETURNED -> yesNo(after.transportsReturned);
            case OUTBOX -> count(after.outbox);
            case SENDING -> count(after.sending);
            case ARRIVING -> count(after.arriving);
            case SENT -> count(after.sent);
            case RECEIVED -> count(after.received);
            case RETURNED -> count(after.returned);
        };
    }

    private static final String[] SMALL = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"};

    private static String count(int n) {
        return n >= 0 && n < SMALL.length ? SMALL[n] : String.valueOf(n);
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    // ---- Values as traces write them ----

    /** The canonical form of {@code text}, given for this field at a step of {@code event}; null when it is not such a value. */
    public String canonical(String text, Event event) {
        String t = text.strip();
        String upper = t.toUpperCase(Locale.ROOT);
        return switch (type) {
            case RESULT -> event.isClientCall() ? hresult(upper) : upper.matches("OK|DISABLED") ? upper : null;
            case STATE -> Arrays.stream(StoreState.values()).map(Enum::name).filter(upper::equals).findFirst().orElse(null);
            case COUNT -> t.matches("[0-9]{1,9}") ? String.valueOf(Integer.parseInt(t)) : null;
            case YES_NO -> t.equalsIgnoreCase("yes") || t.equalsIgnoreCase("no") ? t.toLowerCase(Locale.ROOT) : null;
            case FLAGS, FLAG_LIST -> {
                if (t.equalsIgnoreCase(NONE)) yield NONE;
                Integer flags = FlagSyntax.flags(t);
                yield flags == null ? null : LogoffFlag.format(flags);
            }
        };
    }

    /** What a value of this field may be at a step of {@code event}, for messages. */
    public String expected(Event event) {
        return switch (type) {
            case RESULT -> event.isClientCall()
                    ? "an HRESULT (" + Arrays.stream(HResult.values()).map(Enum::name).collect(Collectors.joining(", "))
                            + ") or its hex value (the result of a client call)"
                    : "OK or DISABLED (the result of a transport or spooler event)";
            case STATE -> "a state (" + Arrays.stream(StoreState.values()).map(Enum::name).collect(Collectors.joining(", ")) + ")";
            case COUNT -> "a count (0, 1, 2, ...)";
            case YES_NO -> "yes or no";
            case FLAGS, FLAG_LIST -> FlagSyntax.EXPECTED + ", or none";
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

    // ---- Values as JSON writes them ----

    /**
     * A canonical value as a JSON value: a String, Long, Boolean, List of Strings, or null. The
     * inverse of {@link #fromJson}.
     */
    public Object toJson(String canonical) {
        return switch (type) {
            case RESULT, STATE -> canonical;
            case COUNT -> Long.valueOf(canonical);
            case YES_NO -> canonical.equals("yes");
            case FLAGS -> canonical.equals(NONE) ? null : canonical;
            case FLAG_LIST -> canonical.equals(NONE) ? null : LogoffFlag.names(FlagSyntax.flags(canonical));
        };
    }

    /**
     * The text of a JSON value given for this field (null: none; true/false: yes/no; a number or
     * a string as it is; an array of flags joined with {@code |}, {@code 0} when empty), for
     * {@link #canonical}; null when the value cannot be one of this field's.
     */
    public static String jsonText(Object value) {
        if (value == null) return NONE;
        if (value instanceof Boolean b) return yesNo(b);
        if (value instanceof String || value instanceof Number) return String.valueOf(value);
        if (value instanceof List<?> list) {
            if (list.isEmpty()) return "0";
            List<String> parts = new ArrayList<>();
            for (Object o : list) {
                if (!(o instanceof String) && !(o instanceof Number)) return null;
                parts.add(String.valueOf(o));
            }
            return String.join("|", parts);
        }
        return null;
    }

    /** The canonical form of a JSON value given for this field at a step of {@code event}; null when malformed. */
    public String fromJson(Object value, Event event) {
        String text = jsonText(value);
        if (text == null) return null;
        if (value instanceof List<?> && type != Type.FLAG_LIST && type != Type.FLAGS) return null;
        return canonical(text, event);
    }
}
