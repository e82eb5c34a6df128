package storelogoff.conform;

import java.util.EnumMap;
import java.util.Map;

import storelogoff.model.HResult;
import storelogoff.model.LogoffFlag;
import storelogoff.model.StoreState;
import storelogoff.scenario.ObservedField;

/**
 * What a Java adapter observed at one step, field by field, typed: the kit turns each value
 * into the canonical text of its {@link ObservedField} (the form traces use) and compares it with the
 * model. A value of the wrong kind for its field fails at once, naming the field.
 */
public final class Answer {
    private final String[] values = new String[ObservedField.values().length];

    /** Starts a new step: forgets every value. */
    void clear() {
        java.util.Arrays.fill(values, null);
    }

    /** The HRESULT a client call returned. */
    public Answer result(HResult h) {
        return set(ObservedField.RESULT, ObservedField.Type.RESULT, h.name());
    }

    /** The HRESULT a client call returned, as its value (e.g. {@code 0x80070057}); it must be one the model knows. */
    public Answer result(int hresult) {
        for (HResult h : HResult.values()) {
            if (h.value == hresult) return result(h);
        }
        throw new IllegalArgumentException(String.format("expected an HRESULT the model knows for 'result', found 0x%08X", hresult));
    }

    /** A transport or spooler event: it happened (OK) or could not (DISABLED). */
    public Answer happened(boolean ok) {
        return set(ObservedField.RESULT, ObservedField.Type.RESULT, ok ? "OK" : "DISABLED");
    }

    /** A flags field ({@code out}, {@code transports}, {@code saved}, ...): the value written, passed or saved. */
    public Answer flags(ObservedField f, int flags) {
        return set(f, ObservedField.Type.FLAGS, LogoffFlag.format(flags));
    }

    /** A flags field with no value: nothing written, not called in this step, nothing saved. */
    public Answer none(ObservedField f) {
        return set(f, ObservedField.Type.FLAGS, ObservedField.NONE);
    }

    /** A count field ({@code refs}, {@code outbox}, ...). */
    public Answer count(ObservedField f, int n) {
        if (n < 0) throw new IllegalArgumentException("expected a count (0, 1, 2, ...) for '" + f.key + "', found " + n);
        return set(f, ObservedField.Type.COUNT, String.valueOf(n));
    }

    /** A yes/no field ({@code flush}, {@code returned}). */
    public Answer yes(ObservedField f, boolean yes) {
        return set(f, ObservedField.Type.YES_NO, yes ? "yes" : "no");
    }

    /** The store's state after the step. */
    public Answer state(StoreState s) {
        return set(ObservedField.STATE, ObservedField.Type.STATE, s.name());
    }

    private Answer set(ObservedField f, ObservedField.Type kind, String text) {
        boolean flags = kind == ObservedField.Type.FLAGS && f.type == ObservedField.Type.FLAG_LIST;
        if (f.type != kind && !flags) {
            throw new IllegalArgumentException("'" + f.key + "' is not a " + kind.name().toLowerCase(java.util.Locale.ROOT)
                    + " field; its values are " + f.expected(storelogoff.model.Event.ADDREF));
        }
        values[f.ordinal()] = text;
        return this;
    }

    /** A value already in canonical text (read from trace text by the field itself). */
    Answer text(ObservedField f, String canonical) {
        values[f.ordinal()] = canonical;
        return this;
    }

    /** The values given, as an expectation to check. */
    storelogoff.trace.Expectation expectation() {
        return storelogoff.trace.Expectation.canonical(given());
    }

    /** The value given for {@code f}, or null. */
    String get(ObservedField f) {
        return values[f.ordinal()];
    }

    /** How many fields were given. */
    int count() {
        int n = 0;
        for (String v : values) if (v != null) n++;
        return n;
    }

    /** The values given, in field order. */
    Map<ObservedField, String> given() {
        Map<ObservedField, String> out = new EnumMap<>(ObservedField.class);
        for (ObservedField f : ObservedField.values()) {
            if (values[f.ordinal()] != null) out.put(f, values[f.ordinal()]);
        }
        return out;
    }
}
