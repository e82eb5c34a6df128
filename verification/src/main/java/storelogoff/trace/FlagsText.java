package storelogoff.trace;

import java.util.Locale;

import storelogoff.model.LogoffFlag;

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

    /** One name or unsigned 32-bit number. */
    private static Integer one(String part) {
        String p = part.toLowerCase(Locale.ROOT);
        boolean hex = p.matches("0x[0-9a-f]{1,8}");
        if (hex || p.matches("[0-9]{1,10}")) {
            long v = Long.parseLong(hex ? p.substring(2) : p, hex ? 16 : 10);
            return v <= 0xFFFF_FFFFL ? (int) v : null;
        }
        LogoffFlag f = p.isEmpty() ? null : LogoffFlag.byName(p);
        return f == null ? null : f.value;
    }
}
