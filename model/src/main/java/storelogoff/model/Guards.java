package storelogoff.model;

/**
 * The conditions of the transition table. Each reads the world and the step only.
 * The clause each one serves is named in its comment.
 */
public final class Guards {
    public static final Guard ALWAYS = Guard.ALWAYS;

    private Guards() {}

    // --- Who is calling (IMPL-2, REM-2) ---

    /** The calling client holds at least one reference to the store. */
    public static final Guard CALLER_HOLDS_REFERENCE =
            new Guard("caller holds a reference", (w, s) -> w.refsOf(s.client()) > 0);

    /** The caller's release drops the store's reference count to zero (IMPL-2). */
    public static final Guard LAST_REFERENCE =
            new Guard("last reference", (w, s) -> w.refsOf(s.client()) > 0 && w.totalRefs() == 1);

    /** The caller holds a reference and so does somebody else, or the caller holds several. */
    public static final Guard NOT_LAST_REFERENCE =
            new Guard("not the last reference", (w, s) -> w.refsOf(s.client()) > 0 && w.totalRefs() > 1);

    /** Another client holds the store too (REM-2, REM-3). */
    public static final Guard SHARED_WITH_OTHERS =
            new Guard("shared with another client", (w, s) -> w.totalRefs() > w.refsOf(s.client()));

    // --- StoreLogoff's argument (FLAGS-1, FLAGS-2) ---

    public static Guard flagsAccepted(Reading r) {
        return new Guard("flags valid", (w, s) -> r.validate(s) == HResult.S_OK);
    }

    public static Guard flagsRejected(Reading r) {
        return new Guard("flags invalid", (w, s) -> r.validate(s) != HResult.S_OK);
    }

    // --- What StoreLogoffTransports is about to act on (IMPL-1, IMPL-4) ---

    /** The flag passed to StoreLogoffTransports at this release would be {@code f}. */
    public static Guard logoffFlag(LogoffFlag f) {
        return new Guard(f.name(), (w, s) -> LogoffFlag.actedOn(w.flagForTransports()) == f);
    }

    /** The flag StoreLogoffTransports was given in this cycle is one of {@code fs}. */
    public static Guard calledWith(LogoffFlag... fs) {
        StringBuilder label = new StringBuilder("called with ");
        for (int i = 0; i < fs.length; i++) label.append(i > 0 ? "|" : "").append(fs[i].name());
        return new Guard(label.toString(), (w, s) -> {
            LogoffFlag acted = LogoffFlag.actedOn(w.transportsFlag);
            for (LogoffFlag f : fs) if (f == acted) return true;
            return false;
        });
    }

    // --- Transport activity (OUT-1..3) ---

    /** Any transport activity: arriving, sending, or messages pending in the Outbox. */
    public static final Guard TRANSPORTS_ACTIVE = new Guard("transports active", (w, s) -> w.activityBits() != 0);
    public static final Guard TRANSPORTS_QUIET = TRANSPORTS_ACTIVE.negate().relabel("transports quiet");

    /** Something remains that the flag about to be passed waits for (NOWAIT-2, NOWAIT-3, ORDERLY-2). */
    public static final Guard WORK_REMAINS = new Guard("work remains",
            (w, s) -> waitsFor(LogoffFlag.actedOn(w.flagForTransports()), w.outbox, w.sending, w.arriving));
    public static final Guard NO_WORK_REMAINS = WORK_REMAINS.negate().relabel("no work remains");

    /** After this transport step, nothing remains that the flag in force waits for. */
    public static final Guard FINISHES_WORK = new Guard("finishes the work", (w, s) -> {
        Event e = s.event();
        return !waitsFor(LogoffFlag.actedOn(w.transportsFlag),
                w.outbox + e.outboxDelta, w.sending + e.sendingDelta, w.arriving + e.arrivingDelta);
    });
    public static final Guard WORK_GOES_ON = FINISHES_WORK.negate().relabel("work goes on");

    public static final Guard OUTBOX_READY = new Guard("Outbox not empty", (w, s) -> w.outbox > 0);
    public static final Guard SEND_IN_PROCESS = new Guard("a send in process", (w, s) -> w.sending > 0);
    public static final Guard RECEPTION_ENABLED = new Guard("reception enabled", (w, s) -> w.receptionEnabled);
    public static final Guard ARRIVAL_IN_PROCESS = new Guard("an arrival in process", (w, s) -> w.arriving > 0);

    /**
     * What a logoff under {@code flag} waits for before the spooler may release the store.
     * NO_WAIT and PURGE send the ready Outbox and finish receptions (NOWAIT-2, NOWAIT-3, PURGE-1);
     * ORDERLY finishes only what is in process (ORDERLY-2); QUIET and ABORT never drain.
     */
    public static boolean waitsFor(LogoffFlag flag, int outbox, int sending, int arriving) {
        return switch (flag) {
            case NO_WAIT, PURGE -> outbox + sending + arriving > 0;
            case ORDERLY -> sending + arriving > 0;
            default -> false;
        };
    }
}
