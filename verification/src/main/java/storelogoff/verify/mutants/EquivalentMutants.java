package storelogoff.verify.mutants;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Mutants that cannot change behaviour, matched by id, each rule with the argument why. A
 * survivor that no rule explains is a gap in the suite and fails the build; a rule that
 * explains a killed mutant, or none at all, fails it too, so this list cannot go stale.
 */
public final class EquivalentMutants {
    private EquivalentMutants() {}

    private static final String STRICT = "@(default|abort-stops|output-complete|output-unchanged|rem3-literal)$";

    private static final Map<Pattern, String> RULES = new LinkedHashMap<>();

    static {
        rule("^replace-flag:(AbortRefused|AbortWhenIdle|AbortStopsActivity):callStoreLogoffTransports=ABORT" + STRICT,
                "Under strict validation these rows fire only when the saved flag is exactly LOGOFF_ABORT or none was"
                        + " saved, which IMPL-4 turns into LOGOFF_ABORT: the replacement passes the same flag.");
        rule("^replace-flag:(NoWaitDrains|NoWaitIdle):callStoreLogoffTransports=NO_WAIT" + STRICT,
                "Under strict validation these rows fire only when the saved flag is exactly LOGOFF_NO_WAIT:"
                        + " the replacement passes the same flag.");
        rule("^replace-hresult:RejectLogoffFlags:rejectFlags=MAPI_E_INVALID_PARAMETER@lenient-flags$",
                "The lenient reading rejects only a NULL pointer, which already gets MAPI_E_INVALID_PARAMETER.");
    }

    private static void rule(String regex, String reason) {
        RULES.put(Pattern.compile(regex), reason);
    }

    /** Why the mutant is equivalent, or null when no rule explains it. */
    public static String reason(String mutantId) {
        for (Map.Entry<Pattern, String> e : RULES.entrySet()) {
            if (e.getKey().matcher(mutantId).find()) return e.getValue();
        }
        return null;
    }

    /** The rules as regex text to reason, for the kill matrix and its tests. */
    public static Map<String, String> rules() {
        Map<String, String> out = new LinkedHashMap<>();
        RULES.forEach((p, r) -> out.put(p.pattern(), r));
        return out;
    }
}
