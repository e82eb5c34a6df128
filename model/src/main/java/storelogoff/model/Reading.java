package storelogoff.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A reading settles each point where the page supports more than one interpretation.
 * Each axis has a default; every named alternative changes one axis
 * (docs/decisions/ gives the evidence for each). Names combine with {@code +}.
 */
public record Reading(String name, Validation validation, AbortWhileActive abort,
                      LogoffOutput output, SharedStore shared) {

    /** How StoreLogoff checks {@code *lpulFlags} (FLAGS-1, FLAGS-2; decisions 0006–0009). */
    public enum Validation {
        /** Unknown bits: MAPI_E_UNKNOWN_FLAGS; zero or several flags, or NULL: MAPI_E_INVALID_PARAMETER. */
        STRICT,
        /** Save the flags verbatim, as Microsoft's sample store does; NULL is still rejected. */
        LENIENT
    }

    /** LOGOFF_ABORT while transports are active (ABORT-1..3; decision 0003). */
    public enum AbortWhileActive {
        /** ABORT-3 read literally: the logoff does not occur and transports are untouched. */
        REFUSE,
        /** ABORT-1, ABORT-2: stop the activity, then release; stopped messages are returned. */
        STOP_THEN_RELEASE
    }

    /** What StoreLogoff writes back to {@code *lpulFlags} (SIG-2; decision 0010). */
    public enum LogoffOutput {
        /** The activity bits at the time of the call (OUT-1..3). */
        ACTIVITY,
        /** LOGOFF_COMPLETE, as Microsoft's sample store does. */
        COMPLETE,
        /** The input left as it was, as Kopano does. */
        UNCHANGED
    }

    /** StoreLogoff on a store that other clients also hold (REM-2, REM-3; decision 0011). */
    public enum SharedStore {
        /** The reference count governs (IMPL-2): the call only saves the flag. */
        REFERENCE_COUNT,
        /** REM-3 read literally: the store is released for the caller at once, dropping its references. */
        REM3_LITERAL
    }

    public static final Reading DEFAULT = new Reading("default", Validation.STRICT, AbortWhileActive.REFUSE,
            LogoffOutput.ACTIVITY, SharedStore.REFERENCE_COUNT);
    public static final Reading LENIENT_FLAGS = DEFAULT.with("lenient-flags", Validation.LENIENT);
    public static final Reading ABORT_STOPS = DEFAULT.with("abort-stops", AbortWhileActive.STOP_THEN_RELEASE);
    public static final Reading OUTPUT_COMPLETE = DEFAULT.with("output-complete", LogoffOutput.COMPLETE);
    public static final Reading OUTPUT_UNCHANGED = DEFAULT.with("output-unchanged", LogoffOutput.UNCHANGED);
    public static final Reading REM3_LITERAL = DEFAULT.with("rem3-literal", SharedStore.REM3_LITERAL);

    /** The default and every single-axis alternative. */
    public static final List<Reading> ALL = List.of(DEFAULT, LENIENT_FLAGS, ABORT_STOPS, OUTPUT_COMPLETE,
            OUTPUT_UNCHANGED, REM3_LITERAL);

    private Reading with(String newName, Enum<?> axis) {
        return new Reading(newName,
                axis instanceof Validation v ? v : validation,
                axis instanceof AbortWhileActive a ? a : abort,
                axis instanceof LogoffOutput o ? o : output,
                axis instanceof SharedStore s ? s : shared);
    }

    /**
     * A named reading, or several joined with {@code +} (e.g. {@code lenient-flags+abort-stops}),
     * named as given; a name given twice counts once.
     *
     * @throws IllegalArgumentException for an unknown name
     * @throws Contradiction for two alternatives on one axis, e.g. {@code output-complete+output-unchanged}
     */
    public static Reading byName(String spec) {
        String[] parts = spec.trim().toLowerCase(Locale.ROOT).split("\\+", -1);
        Reading r = DEFAULT;
        List<String> names = new ArrayList<>();
        List<Reading> picked = new ArrayList<>();
        for (String part : parts) {
            Reading named = ALL.stream().filter(x -> x.name.equals(part.trim())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown reading '" + part.trim()
                            + "'; expected one of " + names()));
            if (named == DEFAULT || picked.contains(named)) continue;
            for (Reading other : picked) {
                if (other.differingAxis().getClass() == named.differingAxis().getClass()) throw new Contradiction(other, named);
            }
            r = r.with(named.name, named.differingAxis());
            names.add(named.name);
            picked.add(named);
        }
        return names.isEmpty() ? DEFAULT : new Reading(String.join("+", names), r.validation, r.abort, r.output, r.shared);
    }

    /** Two named readings that settle the same axis differently: they cannot be combined. */
    public static final class Contradiction extends IllegalArgumentException {
        Contradiction(Reading a, Reading b) {
            super("readings " + a.name + " and " + b.name + " contradict each other: both settle "
                    + axisName(a.differingAxis()) + "; choose one");
        }
    }

    /** What an axis settles, in words, for error messages. */
    private static String axisName(Enum<?> axis) {
        if (axis instanceof Validation) return "how StoreLogoff checks its flags (Validation)";
        if (axis instanceof AbortWhileActive) return "LOGOFF_ABORT while transports are active (AbortWhileActive)";
        if (axis instanceof LogoffOutput) return "what StoreLogoff writes to *lpulFlags (LogoffOutput)";
        return "StoreLogoff on a shared store (SharedStore)";
    }

    public static List<String> names() {
        return ALL.stream().map(Reading::name).toList();
    }

    private Enum<?> differingAxis() {
        if (validation != DEFAULT.validation) return validation;
        if (abort != DEFAULT.abort) return abort;
        if (output != DEFAULT.output) return output;
        return shared; // every named alternative changes exactly one axis
    }

    /**
     * StoreLogoff's check of its argument (FLAGS-1, FLAGS-2). Under STRICT, unknown bits are
     * checked before multiplicity (decision 0008); output-only bits count as unknown on input.
     */
    public HResult validate(Step step) {
        if (step.nullFlags()) return HResult.MAPI_E_INVALID_PARAMETER;
        if (validation == Validation.LENIENT) return HResult.S_OK;
        int flags = step.flags();
        if ((flags & ~LogoffFlag.INPUT_MASK) != 0) return HResult.MAPI_E_UNKNOWN_FLAGS;
        if (Integer.bitCount(flags) != 1) return HResult.MAPI_E_INVALID_PARAMETER;
        return HResult.S_OK;
    }

    /** What StoreLogoff writes to {@code *lpulFlags} after an accepted call (SIG-2, OUT-1..3). */
    public int logoffOutput(World w, Step step) {
        return switch (output) {
            case ACTIVITY -> w.activityBits();
            case COMPLETE -> LogoffFlag.COMPLETE.value;
            case UNCHANGED -> step.flags();
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
