package storelogoff.model;

import static storelogoff.model.Actions.*;
import static storelogoff.model.Event.*;
import static storelogoff.model.Guards.*;
import static storelogoff.model.LogoffFlag.ABORT;
import static storelogoff.model.LogoffFlag.NO_WAIT;
import static storelogoff.model.LogoffFlag.ORDERLY;
import static storelogoff.model.LogoffFlag.PURGE;
import static storelogoff.model.LogoffFlag.QUIET;
import static storelogoff.model.StoreState.*;

import java.util.ArrayList;
import java.util.List;

/**
 * The model: the one declaration of how IMsgStore::StoreLogoff behaves, as a transition table.
 * The direct engine ({@link Model}) and the Spring Statemachine ({@link SpringStore}) both run
 * exactly these rows. Reading-specific rows are marked; docs/decisions/ explains each.
 *
 * <p>A client call that matches no row fails with MAPI_E_INVALID_OBJECT and changes nothing; an
 * environment event that matches no row is DISABLED. Guards of one state and event never
 * overlap, so the order of rows does not matter (the explorer checks this).
 */
public final class StoreLogoffSpec {
    private StoreLogoffSpec() {}

    public static List<Transition> transitions(Reading r) {
        Table t = new Table();

        // ---- OPEN: clients hold the store; StoreLogoff only saves (IMPL-1, IMPL-3) ----
        t.row("OpenReference",        OPEN, ADDREF,  ALWAYS,                                  OPEN, "IMPL-2").does(TAKE_REFERENCE);
        t.row("ReleaseReference",     OPEN, RELEASE, NOT_LAST_REFERENCE,                      OPEN, "IMPL-2").does(DROP_REFERENCE);
        t.row("SubmitMessage",        OPEN, SUBMIT,  CALLER_HOLDS_REFERENCE,                  OPEN, "OUT-3").does(SUBMIT_TO_OUTBOX);
        t.row("RejectLogoffFlags",    OPEN, LOGOFF,  CALLER_HOLDS_REFERENCE.and(flagsRejected(r)), OPEN, "FLAGS-1", "FLAGS-2")
                .does(rejectFlags(r));
        if (r.shared() == Reading.SharedStore.REFERENCE_COUNT) {
            t.row("SaveLogoffFlag",   OPEN, LOGOFF,  CALLER_HOLDS_REFERENCE.and(flagsAccepted(r)), OPEN,
                    "SIG-1", "SIG-2", "IMPL-1", "IMPL-3", "REM-1", "REM-2", "RET-1").does(SAVE_FLAG, writeOutput(r));
        } else {
            t.row("SaveLogoffFlag",   OPEN, LOGOFF,  CALLER_HOLDS_REFERENCE.and(flagsAccepted(r)).and(SHARED_WITH_OTHERS.negate().relabel("sole user")), OPEN,
                    "SIG-1", "SIG-2", "IMPL-1", "IMPL-3", "REM-1", "RET-1").does(SAVE_FLAG, writeOutput(r));
            t.row("ReleaseForCaller", OPEN, LOGOFF,  CALLER_HOLDS_REFERENCE.and(flagsAccepted(r)).and(SHARED_WITH_OTHERS), OPEN,
                    "REM-2", "REM-3", "IMPL-1", "IMPL-3").does(SAVE_FLAG, writeOutput(r), DROP_CALLER_REFERENCES);
        }
        transportActivity(t, OPEN);

        // ---- The final release: StoreLogoffTransports, once, with the saved flag or ABORT (IMPL-1, IMPL-2, IMPL-4) ----
        Guard last = LAST_REFERENCE;
        t.row("QuietRefused",         OPEN, RELEASE, last.and(logoffFlag(QUIET)).and(TRANSPORTS_ACTIVE), REFUSED, "QUIET-1", "IMPL-2")
                .does(DROP_REFERENCE, CALL_TRANSPORTS, RETURN_CONTROL);
        t.row("QuietAccepted",        OPEN, RELEASE, last.and(logoffFlag(QUIET)).and(TRANSPORTS_QUIET), IDLE, "QUIET-1", "IMPL-2")
                .does(DROP_REFERENCE, CALL_TRANSPORTS, RETURN_CONTROL);
        if (r.abort() == Reading.AbortWhileActive.REFUSE) {
            t.row("AbortRefused",     OPEN, RELEASE, last.and(logoffFlag(ABORT)).and(TRANSPORTS_ACTIVE), REFUSED, "ABORT-3", "IMPL-2", "IMPL-4")
                    .does(DROP_REFERENCE, CALL_TRANSPORTS, RETURN_CONTROL);
        } else {
            t.row("AbortStopsActivity", OPEN, RELEASE, last.and(logoffFlag(ABORT)).and(TRANSPORTS_ACTIVE), IDLE, "ABORT-1", "ABORT-2", "IMPL-2", "IMPL-4")
                    .does(DROP_REFERENCE, CALL_TRANSPORTS, STOP_ACTIVITY, RETURN_CONTROL);
        }
        t.row("AbortWhenIdle",        OPEN, RELEASE, last.and(logoffFlag(ABORT)).and(TRANSPORTS_QUIET), IDLE, "ABORT-4", "ABORT-2", "IMPL-2", "IMPL-4")
                .does(DROP_REFERENCE, CALL_TRANSPORTS, RETURN_CONTROL);
        t.row("NoWaitDrains",         OPEN, RELEASE, last.and(logoffFlag(NO_WAIT)).and(WORK_REMAINS), DRAINING, "NOWAIT-1", "NOWAIT-2", "NOWAIT-3", "NOWAIT-4", "IMPL-2")
                .does(DROP_REFERENCE, CALL_TRANSPORTS, DISABLE_RECEPTION, RETURN_CONTROL);
        t.row("NoWaitIdle",           OPEN, RELEASE, last.and(logoffFlag(NO_WAIT)).and(NO_WORK_REMAINS), IDLE, "NOWAIT-1", "NOWAIT-3", "NOWAIT-4", "IMPL-2")
                .does(DROP_REFERENCE, CALL_TRANSPORTS, DISABLE_RECEPTION, RETURN_CONTROL);
        t.row("PurgeDrains",          OPEN, RELEASE, last.and(logoffFlag(PURGE)).and(WORK_REMAINS), DRAINING, "PURGE-1", "NOWAIT-2", "NOWAIT-3", "IMPL-2")
                .does(DROP_REFERENCE, CALL_TRANSPORTS, DISABLE_RECEPTION, FLUSH_QUEUES);
        t.row("PurgeIdle",            OPEN, RELEASE, last.and(logoffFlag(PURGE)).and(NO_WORK_REMAINS), IDLE, "PURGE-1", "PURGE-2", "IMPL-2")
                .does(DROP_REFERENCE, CALL_TRANSPORTS, DISABLE_RECEPTION, FLUSH_QUEUES, RETURN_CONTROL);
        t.row("OrderlyDrains",        OPEN, RELEASE, last.and(logoffFlag(ORDERLY)).and(WORK_REMAINS), DRAINING, "ORDERLY-1", "ORDERLY-2", "IMPL-2")
                .does(DROP_REFERENCE, CALL_TRANSPORTS, DISABLE_RECEPTION, RETURN_CONTROL);
        t.row("OrderlyIdle",          OPEN, RELEASE, last.and(logoffFlag(ORDERLY)).and(NO_WORK_REMAINS), IDLE, "ORDERLY-1", "ORDERLY-3", "IMPL-2")
                .does(DROP_REFERENCE, CALL_TRANSPORTS, DISABLE_RECEPTION, RETURN_CONTROL);

        // ---- DRAINING: in-process work completes; NO_WAIT and PURGE also send the Outbox (NOWAIT-2, ORDERLY-2) ----
        t.row("DrainOutbox",          DRAINING, SEND_START,  calledWith(NO_WAIT, PURGE).and(OUTBOX_READY), DRAINING, "NOWAIT-2", "PURGE-1")
                .does(START_SEND);
        t.row("DrainSend",            DRAINING, SEND_DONE,   SEND_IN_PROCESS.and(WORK_GOES_ON), DRAINING, "NOWAIT-2", "ORDERLY-2")
                .does(FINISH_SEND);
        t.row("LastSendDone",         DRAINING, SEND_DONE,   SEND_IN_PROCESS.and(FINISHES_WORK), IDLE, "NOWAIT-2", "ORDERLY-2", "PURGE-2")
                .does(FINISH_SEND, RETURN_CONTROL);
        t.row("DrainArrival",         DRAINING, RECEIVE_DONE, ARRIVAL_IN_PROCESS.and(WORK_GOES_ON), DRAINING, "NOWAIT-3", "ORDERLY-2")
                .does(FINISH_ARRIVAL);
        t.row("LastArrivalDone",      DRAINING, RECEIVE_DONE, ARRIVAL_IN_PROCESS.and(FINISHES_WORK), IDLE, "NOWAIT-3", "ORDERLY-2", "PURGE-2")
                .does(FINISH_ARRIVAL, RETURN_CONTROL);

        // ---- IDLE: the spooler releases the store (ABORT-4, NOWAIT-4, ORDERLY-3) ----
        t.row("SpoolerReleasesStore", IDLE, SPOOLER_RELEASE, ALWAYS, RELEASED, "ABORT-4", "NOWAIT-4", "ORDERLY-3");

        // ---- REFUSED: the logoff did not occur; transports carry on (QUIET-1, ABORT-3) ----
        transportActivity(t, REFUSED);
        t.row("ReopenRefusedStore",   REFUSED, ADDREF, ALWAYS, OPEN, "QUIET-1", "ABORT-3", "IMPL-4").does(REOPEN_STORE);

        // RELEASED has no rows: every client call fails with MAPI_E_INVALID_OBJECT (decision 0013).
        return t.rows;
    }

    /** Transports send and receive freely while no logoff is under way (OUT-1..3). */
    private static void transportActivity(Table t, StoreState s) {
        String p = s == OPEN ? "" : "Refused";
        t.row(p + "StartSend",      s, SEND_START,    OUTBOX_READY,       s, "OUT-2", "OUT-3").does(START_SEND);
        t.row(p + "FinishSend",     s, SEND_DONE,     SEND_IN_PROCESS,    s, "OUT-2").does(FINISH_SEND);
        t.row(p + "StartArrival",   s, RECEIVE_START, RECEPTION_ENABLED,  s, "OUT-1", "NOWAIT-3").does(START_ARRIVAL);
        t.row(p + "FinishArrival",  s, RECEIVE_DONE,  ARRIVAL_IN_PROCESS, s, "OUT-1").does(FINISH_ARRIVAL);
    }

    /** Collects rows; {@code does} sets the actions of the row just added. */
    private static final class Table {
        final List<Transition> rows = new ArrayList<>();

        Table row(String name, StoreState source, Event event, Guard guard, StoreState target, String... clauses) {
            rows.add(new Transition(name, source, event, guard, List.of(), target, List.of(clauses)));
            return this;
        }

        void does(Action... actions) {
            int last = rows.size() - 1;
            rows.set(last, rows.get(last).withActions(List.of(actions)));
        }
    }
}
