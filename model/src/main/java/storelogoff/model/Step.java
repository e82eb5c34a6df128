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

    /**
     * The step as a call, e.g. {@code logoff(c2, 0x00000005)}, {@code send-start}: for the model's
     * own messages. Scenario text, which the tool prints, is written by the verification
     * module's {@code ScenarioWriter}.
     */
    @Override
    public String toString() {
        if (!event.isClientCall()) return event.keyword;
        String args = event == Event.LOGOFF ? ", " + (nullFlags ? "null" : String.format("0x%08X", flags)) : "";
        return event.keyword + "(c" + client + args + ")";
    }
}
