package storelogoff.model;

/**
 * One event with its arguments: the calling client (1-based, client calls only) and, for
 * {@code logoff}, the ULONG flags or a NULL {@code lpulFlags} pointer.
 * Steps are immutable and can be built once and reused, so the explorer allocates none.
 */
public record Step(Event event, int client, int flags, boolean nullFlags) {

    public static Step of(Event event) {
        return new Step(event, event.isClientCall() ? 1 : 0, 0, false);
    }

    public static Step call(Event event, int client) {
        return new Step(event, client, 0, false);
    }

    public static Step logoff(int client, int flags) {
        return new Step(Event.LOGOFF, client, flags, false);
    }

    public static Step logoffNull(int client) {
        return new Step(Event.LOGOFF, client, 0, true);
    }

    /** The step as a scenario line, e.g. {@code c2 logoff NO_WAIT}. */
    public String toScenarioLine() {
        StringBuilder b = new StringBuilder();
        if (event.isClientCall() && client != 1) b.append('c').append(client).append(' ');
        b.append(event.keyword);
        if (event == Event.LOGOFF) {
            b.append(' ');
            if (nullFlags) {
                b.append("null");
            } else {
                LogoffFlag single = LogoffFlag.singleInput(flags);
                b.append(single != null ? single.name() : unsignedHexOrNames(flags));
            }
        }
        return b.toString();
    }

    private static String unsignedHexOrNames(int flags) {
        if (flags == 0) return "0";
        boolean allKnown = true;
        int rest = flags;
        for (LogoffFlag f : LogoffFlag.values()) rest &= ~f.value;
        if (rest != 0) allKnown = false;
        if (!allKnown) return String.format("0x%X", flags);
        StringBuilder b = new StringBuilder();
        for (LogoffFlag f : LogoffFlag.values()) {
            if ((flags & f.value) != 0) {
                if (b.length() > 0) b.append('|');
                b.append(f.name());
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return toScenarioLine();
    }
}
