package storelogoff.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The LOGOFF_* bits with their real values (MAPIDefS.h; docs/spec/sources.md).
 * Input bits (mask 0x1F) and output bits (mask 0xF0000) never overlap.
 */
public enum LogoffFlag {
    // Input flags: one per call (FLAGS-1, FLAGS-2).
    NO_WAIT(0x00000001, true),
    ORDERLY(0x00000002, true),
    PURGE(0x00000004, true),
    ABORT(0x00000008, true),
    QUIET(0x00000010, true),
    // Output flags (FLAGS-3, OUT-1..3); COMPLETE is StoreLogoffTransports' own output.
    COMPLETE(0x00010000, false),
    INBOUND(0x00020000, false),
    OUTBOUND(0x00040000, false),
    OUTBOUND_QUEUE(0x00080000, false);

    /** values() clones its array on every call; guards call singleInput on every step. */
    private static final LogoffFlag[] VALUES = values();

    public static final int INPUT_MASK = 0x1F;
    public static final int ACTIVITY_MASK = 0x000E0000;

    public final int value;
    public final boolean input;

    LogoffFlag(int value, boolean input) {
        this.value = value;
        this.input = input;
    }

    /** The MAPI constant name, e.g. {@code LOGOFF_NO_WAIT}. */
    public String mapiName() {
        return "LOGOFF_" + name();
    }

    /** The one input flag whose value is exactly {@code flags}, or null. */
    public static LogoffFlag singleInput(int flags) {
        for (LogoffFlag f : VALUES) {
            if (f.input && f.value == flags) return f;
        }
        return null;
    }

    /**
     * The flag the spooler acts on when StoreLogoffTransports gets {@code flags}: the one input
     * bit when exactly one is set (other bits ignored), else LOGOFF_ABORT, the page's own
     * default when no usable request was made (IMPL-4; docs/decisions/0019).
     */
    public static LogoffFlag actedOn(int flags) {
        int input = flags & INPUT_MASK;
        return Integer.bitCount(input) == 1 ? singleInput(input) : ABORT;
    }

    /** Parses {@code NO_WAIT} or {@code LOGOFF_NO_WAIT} (case-insensitive); null when unknown. */
    public static LogoffFlag byName(String name) {
        String n = name.trim().toUpperCase(java.util.Locale.ROOT);
        if (n.startsWith("LOGOFF_")) n = n.substring("LOGOFF_".length());
        for (LogoffFlag f : values()) {
            if (f.name().equals(n)) return f;
        }
        return null;
    }

    /** The names of the known bits of {@code flags}, then any unknown rest in hex. */
    public static List<String> names(int flags) {
        List<String> out = new ArrayList<>();
        int rest = flags;
        for (LogoffFlag f : values()) {
            if ((flags & f.value) != 0) {
                out.add(f.mapiName());
                rest &= ~f.value;
            }
        }
        if (rest != 0) out.add(String.format("0x%X", rest));
        return out;
    }

    /** {@code LOGOFF_NO_WAIT|LOGOFF_PURGE}, {@code 0} for no bits. */
    public static String format(int flags) {
        return flags == 0 ? "0" : String.join("|", names(flags));
    }
}
