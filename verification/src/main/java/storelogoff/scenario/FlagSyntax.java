package storelogoff.scenario;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.regex.Pattern;

import storelogoff.model.LogoffFlag;

/** The text forms scenario and trace files share: flag values, and why a file could not be read. */
public final class FlagSyntax {
    /** What {@link #flags} takes, for messages. */
    public static final String EXPECTED = "flag names (e.g. LOGOFF_NO_WAIT|LOGOFF_PURGE) or a number (0x10000, 8, 0)";
    private static final Pattern HEX = Pattern.compile("0[xX][0-9a-fA-F]+");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+");

    private FlagSyntax() {}

    /**
     * Flags as a trace writes them: names (with or without {@code LOGOFF_}), hexadecimal or
     * decimal numbers, joined with {@code |}; null when {@code text} is not that (a number wider
     * than 32 bits included).
     */
    public static Integer flags(String text) {
        int flags = 0;
        for (String part : text.split("\\|", -1)) {
            Integer v;
            try {
                v = value(part.strip());
            } catch (IllegalArgumentException tooWide) {
                return null;
            }
            if (v == null) return null;
            flags |= v;
        }
        return flags;
    }

    /**
     * One flag name (with or without {@code LOGOFF_}, any case) or an unsigned 32-bit number in
     * decimal or {@code 0x} hex; null when {@code part} is neither.
     *
     * @throws IllegalArgumentException for a number wider than 32 bits, saying what was expected
     */
    public static Integer value(String part) {
        if (part.isEmpty()) return null;
        boolean hex = HEX.matcher(part).matches();
        if (hex || DECIMAL.matcher(part).matches()) {
            String digits = (hex ? part.substring(2) : part).replaceFirst("^0+(?=.)", "");
            long v = digits.length() > 10 ? -1 : Long.parseLong(digits, hex ? 16 : 10);
            if (v < 0 || v > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException(
                        "expected a number of at most 32 bits (0xFFFFFFFF or 4294967295), found " + Excerpt.quoted(part));
            }
            return (int) v;
        }
        LogoffFlag f = LogoffFlag.byName(part);
        return f == null ? null : f.value;
    }

    /** A short reason for a file that could not be read. */
    public static String readError(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof MalformedInputException) return "not UTF-8 text";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
