package storelogoff.model;

/**
 * The steps of the domain, each a small change to the world. Comments tie each one to the
 * sentence of the page it carries out.
 */
public final class Actions {
    private Actions() {}

    // --- Reference counting (IMPL-2) ---

    public static final Action TAKE_REFERENCE = new Action("takeReference", (w, s, o) -> w.refs[s.client() - 1]++);
    public static final Action DROP_REFERENCE = new Action("dropReference", (w, s, o) -> w.refs[s.client() - 1]--);

    /** REM-3 read literally: the store is released for the caller at once. */
    public static final Action DROP_CALLER_REFERENCES =
            new Action("dropCallerReferences", (w, s, o) -> w.refs[s.client() - 1] = 0);

    /** A client opens a refused store again: a new logoff cycle begins (decision 0016). */
    public static final Action REOPEN_STORE = new Action("reopenStore", (w, s, o) -> {
        w.resetCycle();
        w.refs[s.client() - 1]++;
    });

    // --- StoreLogoff (FLAGS-1, FLAGS-2, IMPL-1, IMPL-3, SIG-2) ---

    /** Bad input: answer the reading's HRESULT and change nothing (FLAGS-1, FLAGS-2). */
    public static Action rejectFlags(Reading r) {
        return new Action("rejectFlags", (w, s, o) -> o.hresult = r.validate(s));
    }

    /** Save the flags; a later call overwrites them (IMPL-1, IMPL-3). */
    public static final Action SAVE_FLAG = new Action("saveFlag", (w, s, o) -> {
        w.flagSaved = true;
        w.savedFlag = s.flags();
    });

    /** Write {@code *lpulFlags} back ([in, out], SIG-2). */
    public static Action writeOutput(Reading r) {
        return new Action("writeOutput", (w, s, o) -> {
            o.outWritten = true;
            o.outFlags = r.logoffOutput(w, s);
        });
    }

    // --- StoreLogoffTransports at the final release (IMPL-1, IMPL-2, IMPL-4) ---

    /**
     * Call StoreLogoffTransports once, with the saved flag or LOGOFF_ABORT when none was saved.
     * Its output is the activity found at the call, or LOGOFF_COMPLETE when there was none.
     */
    public static final Action CALL_TRANSPORTS = new Action("callStoreLogoffTransports", (w, s, o) -> {
        w.transportsCalls++;
        w.transportsFlag = w.flagForTransports();
        int activity = w.activityBits();
        w.transportsOut = activity != 0 ? activity : LogoffFlag.COMPLETE.value;
    });

    /** No new inbound messages are accepted (NOWAIT-3, ORDERLY-2). */
    public static final Action DISABLE_RECEPTION =
            new Action("disableReception", (w, s, o) -> w.receptionEnabled = false);

    /** PURGE: the transports' FlushQueues is called (PURGE-1). */
    public static final Action FLUSH_QUEUES = new Action("flushQueues", (w, s, o) -> w.flushQueues = true);

    /**
     * ABORT stops activity (ABORT-1): sends in process go back to the Outbox, arrivals in process
     * go back to their transport for redelivery. Nothing is lost.
     */
    public static final Action STOP_ACTIVITY = new Action("stopActivity", (w, s, o) -> {
        w.outbox += w.sending;
        w.sending = 0;
        w.returned += w.arriving;
        w.arriving = 0;
        w.receptionEnabled = false;
    });

    /** Control comes back from StoreLogoffTransports (ABORT-2, NOWAIT-4, ORDERLY-3, PURGE-2). */
    public static final Action RETURN_CONTROL = new Action("returnControl", (w, s, o) -> w.transportsReturned = true);

    // --- Transport activity (OUT-1..3); counts move exactly as Event declares ---

    public static final Action SUBMIT_TO_OUTBOX = new Action("submitToOutbox", (w, s, o) -> {
        w.submitted++;
        w.outbox++;
    });
    public static final Action START_SEND = new Action("startSend", (w, s, o) -> {
        w.outbox--;
        w.sending++;
    });
    public static final Action FINISH_SEND = new Action("finishSend", (w, s, o) -> {
        w.sending--;
        w.sent++;
    });
    public static final Action START_ARRIVAL = new Action("startArrival", (w, s, o) -> {
        w.arrivals++;
        w.arriving++;
    });
    public static final Action FINISH_ARRIVAL = new Action("finishArrival", (w, s, o) -> {
        w.arriving--;
        w.received++;
    });
}
