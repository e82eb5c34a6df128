package storelogoff.trace;

import storelogoff.scenario.FlagSyntax;

/**
 * LOGOFF_* flags as a trace writes them: names (with or without {@code LOGOFF_}), hexadecimal or
 * decimal numbers, joined with {@code |}: {@code LOGOFF_NO_WAIT|PURGE}, {@code 0x10000}, {@code 0}.
 */
final class FlagsText {
    static final String EXPECTED = "flag names (e.g. LOGOFF_NO_WAIT|LOGOFF_PURGE) or a number (0x10000, 8, 0)";

    private FlagsText() {}

    /** The flags {@code text} names, or null when it is not flags text. */
    static Integer parse(String text) {
        int flags = 0;
        for (String part : text.split("\\|", -1)) {
            Integer v = one(part.strip());
            if (v == null) return null;
            flags |= v;
        }
        return flags;
    }

    /** One name or unsigned 32-bit number; null for anything else, a too-wide number included. */
    private static Integer one(String part) {
        try {
            return FlagSyntax.value(part);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
