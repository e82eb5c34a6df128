package storelogoff.model;

import java.util.Locale;

/**
 * What can happen to the store: client calls, transport activity, and the spooler's release.
 * Transport events are plain count changes, declared here as deltas so that guards can look
 * one step ahead without running an action.
 */
public enum Event {
    // Client calls: answered with an HRESULT.
    ADDREF("addref", Kind.CLIENT_CALL, 0, 0, 0),
    RELEASE("release", Kind.CLIENT_CALL, 0, 0, 0),
    LOGOFF("logoff", Kind.CLIENT_CALL, 0, 0, 0),
    /** A client submits a message: it enters the Outbox (OUT-3). */
    SUBMIT("submit", Kind.CLIENT_CALL, +1, 0, 0),
    // Transport activity: answered OK or DISABLED.
    /** A transport takes a message from the Outbox and starts sending it (OUT-2). */
    SEND_START("send-start", Kind.ENVIRONMENT, -1, +1, 0),
    SEND_DONE("send-done", Kind.ENVIRONMENT, 0, -1, 0),
    /** An inbound message starts arriving (OUT-1). */
    RECEIVE_START("receive-start", Kind.ENVIRONMENT, 0, 0, +1),
    RECEIVE_DONE("receive-done", Kind.ENVIRONMENT, 0, 0, -1),
    /** The MAPI spooler releases an idle store (ABORT-4, NOWAIT-4, ORDERLY-3). */
    SPOOLER_RELEASE("spooler-release", Kind.ENVIRONMENT, 0, 0, 0);

    public enum Kind { CLIENT_CALL, ENVIRONMENT }

    /** The keyword used in scenario and trace files. */
    public final String keyword;
    public final Kind kind;
    public final int outboxDelta;
    public final int sendingDelta;
    public final int arrivingDelta;

    Event(String keyword, Kind kind, int outboxDelta, int sendingDelta, int arrivingDelta) {
        this.keyword = keyword;
        this.kind = kind;
        this.outboxDelta = outboxDelta;
        this.sendingDelta = sendingDelta;
        this.arrivingDelta = arrivingDelta;
    }

    public boolean isClientCall() {
        return kind == Kind.CLIENT_CALL;
    }

    /** The event for a scenario keyword, or null. */
    public static Event byKeyword(String keyword) {
        String k = keyword.toLowerCase(Locale.ROOT);
        for (Event e : values()) {
            if (e.keyword.equals(k)) return e;
        }
        return null;
    }
}
