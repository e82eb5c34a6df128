package storelogoff.verify.mutants;

import static storelogoff.verify.mutants.TableEdits.*;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import storelogoff.model.Action;
import storelogoff.model.Actions;
import storelogoff.model.Event;
import storelogoff.model.Guard;
import storelogoff.model.Guards;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Reading;
import storelogoff.model.StoreState;
import storelogoff.model.Transition;

/**
 * The catalogue of named semantic mutants: each is a plausible implementer's mistake, one or
 * more per clause group, and one for each alternative reading. Each must be killed.
 */
public final class NamedMutants {
    private NamedMutants() {}

    private static final Predicate<Reading> ANY = r -> true;
    private static final Predicate<Reading> STRICT = r -> r.validation() == Reading.Validation.STRICT;
    private static final Predicate<Reading> LENIENT = r -> r.validation() == Reading.Validation.LENIENT;
    private static final Predicate<Reading> ABORT_REFUSES = r -> r.abort() == Reading.AbortWhileActive.REFUSE;
    private static final Predicate<Reading> ABORT_STOPS = r -> r.abort() == Reading.AbortWhileActive.STOP_THEN_RELEASE;
    private static final Predicate<Reading> REFCOUNT = r -> r.shared() == Reading.SharedStore.REFERENCE_COUNT;
    private static final Predicate<Reading> REM3 = r -> r.shared() == Reading.SharedStore.REM3_LITERAL;

    public static List<Mutant> all() {
        return List.of(
                named("release-without-reference", "Release is honoured for a client that holds no reference.",
                        ANY, onRow("ReleaseReference", guard(Guards.ALWAYS.and(new Guard("store shared", (w, s) -> w.totalRefs() > 1)))),
                        "IMPL-2"),
                named("quiet-ignores-activity", "QUIET logs off even while transports are active.",
                        ANY, onRow("QuietRefused", target(StoreState.IDLE)), "QUIET-1"),
                named("transports-at-every-release", "StoreLogoffTransports is called at every Release, not only the last.",
                        ANY, onRow("ReleaseReference", addAction(Actions.CALL_TRANSPORTS)), "IMPL-2"),
                named("transports-called-by-storelogoff", "StoreLogoff begins by calling StoreLogoffTransports, as the shutdown page says.",
                        REFCOUNT, onRow("SaveLogoffFlag", addAction(Actions.CALL_TRANSPORTS)), "IMPL-2"),
                named("first-flag-wins", "A second StoreLogoff does not overwrite the saved flag.",
                        ANY, onRow("SaveLogoffFlag", replaceAction(Actions.SAVE_FLAG, SAVE_FIRST_FLAG)), "IMPL-3", "IMPL-1"),
                named("no-abort-default", "Without a StoreLogoff, StoreLogoffTransports gets 0 instead of LOGOFF_ABORT.",
                        ANY, rowsDoing(Actions.CALL_TRANSPORTS, replaceAction(Actions.CALL_TRANSPORTS, CALL_TRANSPORTS_WITHOUT_DEFAULT)), "IMPL-4"),
                named("abort-logs-off-while-active", "ABORT logs off while transports are active instead of refusing.",
                        ABORT_REFUSES, onRow("AbortRefused", target(StoreState.IDLE)), "ABORT-3"),
                named("abort-refuses-when-idle", "ABORT refuses even when transports are idle.",
                        ANY, onRow("AbortWhenIdle", target(StoreState.REFUSED)), "ABORT-4"),
                named("abort-leaves-arrivals-running", "ABORT stops sends but lets arrivals run on.",
                        ABORT_STOPS, onRow("AbortStopsActivity", replaceAction(Actions.STOP_ACTIVITY, STOP_SENDS_ONLY)), "ABORT-1", "ABORT-2"),
                named("abort-drops-stopped-messages", "ABORT stops sends by discarding the messages.",
                        ABORT_STOPS, onRow("AbortStopsActivity", replaceAction(Actions.STOP_ACTIVITY, STOP_ACTIVITY_LOSING)), "ABORT-1"),
                named("no-wait-leaves-reception-enabled", "NO_WAIT does not disable reception.",
                        ANY, onRows(dropAction(Actions.DISABLE_RECEPTION), "NoWaitDrains", "NoWaitIdle"), "NOWAIT-3"),
                named("no-wait-abandons-outbox", "NO_WAIT goes idle once nothing is in process, leaving the Outbox unsent.",
                        ANY, compose(onRow("NoWaitIdle", guard(lastNoWait(false))), onRow("NoWaitDrains", guard(lastNoWait(true)))),
                        "NOWAIT-2"),
                named("orderly-starts-new-sends", "ORDERLY keeps sending the Outbox after the call.",
                        ANY, onRow("DrainOutbox", guard(Guards.calledWith(LogoffFlag.NO_WAIT, LogoffFlag.PURGE, LogoffFlag.ORDERLY)
                                .and(Guards.OUTBOX_READY))), "ORDERLY-2"),
                named("purge-skips-flushqueues", "PURGE never calls FlushQueues.",
                        ANY, onRows(dropAction(Actions.FLUSH_QUEUES), "PurgeDrains", "PurgeIdle"), "PURGE-1"),
                named("purge-returns-at-call", "PURGE returns control at the call instead of after completion.",
                        ANY, onRow("PurgeDrains", addAction(Actions.RETURN_CONTROL)), "PURGE-2"),
                named("released-while-sending", "The spooler releases the store while messages are still being sent.",
                        ANY, addRow(new Transition("SpoolerReleasesDrainingStore", StoreState.DRAINING, Event.SPOOLER_RELEASE,
                                Guards.ALWAYS, List.of(), StoreState.RELEASED, List.of("NOWAIT-4"))), "NOWAIT-4", "NOWAIT-2"),
                named("message-dropped-at-release", "Messages left in the Outbox are discarded when the store is released.",
                        ANY, onRow("SpoolerReleasesStore", addAction(DISCARD_OUTBOX)), "ORDERLY-2", "OUT-3"),
                named("output-misses-outbound-queue", "StoreLogoff's output flags forget LOGOFF_OUTBOUND_QUEUE.",
                        r -> r.output() == Reading.LogoffOutput.ACTIVITY, rowsDoing(WRITE_OUTPUT, replaceAction(WRITE_OUTPUT, WRITE_WITHOUT_QUEUE)),
                        "OUT-3"),
                named("output-misses-outbound", "StoreLogoff's output flags forget LOGOFF_OUTBOUND.",
                        r -> r.output() == Reading.LogoffOutput.ACTIVITY, rowsDoing(WRITE_OUTPUT, replaceAction(WRITE_OUTPUT, WRITE_WITHOUT_OUTBOUND)),
                        "OUT-2"),
                named("no-wait-waits-for-transports", "NO_WAIT holds control until the transports finish.",
                        ANY, onRow("NoWaitDrains", dropAction(Actions.RETURN_CONTROL)), "NOWAIT-1", "NOWAIT-4"),
                named("orderly-waits-for-transports", "ORDERLY holds control until the transports finish.",
                        ANY, onRow("OrderlyDrains", dropAction(Actions.RETURN_CONTROL)), "ORDERLY-1", "ORDERLY-3"),
                named("transports-output-misses-inbound", "StoreLogoffTransports' output forgets LOGOFF_INBOUND.",
                        ANY, rowsDoing(Actions.CALL_TRANSPORTS, addAction(FORGET_INBOUND_OUTPUT)), "OUT-1"),
                named("strict-accepts-several-flags", "Several flags at once are accepted under the strict reading.",
                        STRICT, compose(onRow("SaveLogoffFlag", guard(Guards.CALLER_HOLDS_REFERENCE.and(ACCEPTS_SEVERAL))),
                                onRow("RejectLogoffFlags", guard(Guards.CALLER_HOLDS_REFERENCE.and(ACCEPTS_SEVERAL.negate())))),
                        "FLAGS-1"),
                named("lenient-rejects-zero", "The lenient reading still rejects zero and several flags.",
                        LENIENT, compose(onRow("SaveLogoffFlag", guard(Guards.CALLER_HOLDS_REFERENCE.and(Guards.flagsAccepted(Reading.DEFAULT)))),
                                onRow("RejectLogoffFlags", guard(Guards.CALLER_HOLDS_REFERENCE.and(Guards.flagsRejected(Reading.DEFAULT))))),
                        "FLAGS-1", "FLAGS-2"),
                named("call-after-release-succeeds", "AddRef on a released store succeeds.",
                        ANY, addRow(new Transition("AddRefReleased", StoreState.RELEASED, Event.ADDREF, Guards.ALWAYS,
                                List.of(), StoreState.RELEASED, List.of("IMPL-2"))), "IMPL-2"),
                named("output-complete-reports-activity", "The output-complete reading writes the activity bits instead.",
                        r -> r.output() == Reading.LogoffOutput.COMPLETE, rowsDoing(WRITE_OUTPUT, replaceAction(WRITE_OUTPUT,
                                Actions.writeOutput(Reading.DEFAULT))), "SIG-2"),
                named("output-unchanged-writes-complete", "The output-unchanged reading writes LOGOFF_COMPLETE instead.",
                        r -> r.output() == Reading.LogoffOutput.UNCHANGED, rowsDoing(WRITE_OUTPUT, replaceAction(WRITE_OUTPUT,
                                Actions.writeOutput(Reading.OUTPUT_COMPLETE))), "SIG-2"),
                named("shared-logoff-keeps-caller", "Under rem3-literal the caller keeps its references after StoreLogoff on a shared store.",
                        REM3, onRow("ReleaseForCaller", dropAction(Actions.DROP_CALLER_REFERENCES)), "REM-3"),
                named("logoff-drops-caller-references", "StoreLogoff drops the caller's references although the count governs.",
                        REFCOUNT, onRow("SaveLogoffFlag", addAction(Actions.DROP_CALLER_REFERENCES)), "REM-2", "IMPL-2"),
                named("spooler-never-releases", "The spooler never releases an idle store.",
                        ANY, removeRow("SpoolerReleasesStore"), "ABORT-4", "NOWAIT-4", "ORDERLY-3"),
                named("spooler-dithers-after-quiet", "After an accepted QUIET or ABORT the spooler keeps polling the transports"
                        + " instead of releasing the idle store.", ANY,
                        compose(onRow("SpoolerReleasesStore", guard(Guards.calledWith(LogoffFlag.NO_WAIT, LogoffFlag.PURGE,
                                        LogoffFlag.ORDERLY))),
                                addRow(new Transition("SpoolerPollsTransports", StoreState.IDLE, Event.SPOOLER_RELEASE,
                                        Guards.calledWith(LogoffFlag.QUIET, LogoffFlag.ABORT), List.of(TOGGLE_RECEPTION),
                                        StoreState.IDLE, List.of("ABORT-4")))),
                        "ABORT-4", "SIG-1"),
                named("quiet-overlaps-rows", "QUIET's accepted row forgets its guard and overlaps the refused row.",
                        ANY, onRow("QuietAccepted", guard(Guards.LAST_REFERENCE.and(Guards.logoffFlag(LogoffFlag.QUIET)))), "QUIET-1"),
                named("bad-flags-write-output", "A StoreLogoff refused for its flags still writes the activity to *lpulFlags.",
                        ANY, onRow("RejectLogoffFlags", addAction(Actions.writeOutput(Reading.DEFAULT))), "FLAGS-1", "SIG-2"),
                named("transports-called-twice", "The final Release calls StoreLogoffTransports twice: for the Release and"
                        + " again for the saved flag.", ANY, rowsDoing(Actions.CALL_TRANSPORTS, addAction(Actions.CALL_TRANSPORTS)), "IMPL-2"),
                named("no-wait-returns-arrivals", "NO_WAIT hands messages still arriving back to their transport instead of"
                        + " receiving them.", ANY, onRow("NoWaitDrains", addAction(RETURN_ARRIVALS)), "NOWAIT-3"),
                named("released-store-receives", "Reception stays enabled after a QUIET or ABORT logoff, and an arrival"
                        + " starts on the released store.", ANY, addRow(new Transition("ReleasedStoreReceives",
                                StoreState.RELEASED, Event.RECEIVE_START, Guards.RECEPTION_ENABLED, List.of(Actions.START_ARRIVAL),
                                StoreState.RELEASED, List.of("OUT-1"))), "ABORT-4", "OUT-1"),
                named("abort-loses-arrivals", "ABORT stops arrivals by dropping them: neither received nor returned to"
                        + " their transport.", ABORT_STOPS, onRow("AbortStopsActivity",
                                replaceAction(Actions.STOP_ACTIVITY, STOP_ACTIVITY_FORGETTING_ARRIVALS)), "ABORT-1"),
                named("purge-deletes-outbox", "PURGE's FlushQueues deletes the messages waiting in the Outbox instead of"
                        + " sending them.", ANY, onRows(replaceAction(Actions.FLUSH_QUEUES, FLUSH_DELETING_OUTBOX), "PurgeDrains", "PurgeIdle"),
                        "PURGE-1", "NOWAIT-2"),
                named("shared-logoff-releases-everyone", "Under rem3-literal, StoreLogoff on a shared store takes every"
                        + " client's references, not only the caller's.", REM3,
                        onRow("ReleaseForCaller", replaceAction(Actions.DROP_CALLER_REFERENCES, DROP_ALL_REFERENCES)), "REM-3", "REM-2"),
                // Beyond the exhaustive bounds (2 references per client): only the random walks reach a fourth reference.
                named("refcount-wraps-at-four", "Each client's reference count is kept in two bits: its fourth AddRef"
                        + " wraps the count to zero.", ANY, onRow("OpenReference", addAction(WRAP_REFERENCE_COUNT)), "IMPL-2"));
    }

    private static Mutant named(String id, String description, Predicate<Reading> readings,
                                UnaryOperator<List<Transition>> edit, String... clauses) {
        return new Mutant(id, "named", description, List.of(clauses), readings, edit);
    }

    private static UnaryOperator<List<Transition>> compose(UnaryOperator<List<Transition>> a, UnaryOperator<List<Transition>> b) {
        return rows -> b.apply(a.apply(rows));
    }

    /** StoreLogoff's write-back; every reading's has this name (rows find actions by name). */
    private static final Action WRITE_OUTPUT = Actions.writeOutput(Reading.DEFAULT);

    /** NO_WAIT's final release, judged by in-process work only (the Outbox forgotten). */
    private static Guard lastNoWait(boolean busy) {
        Guard inProcess = new Guard("sends or arrivals in process", (w, s) -> w.sending + w.arriving > 0);
        return Guards.LAST_REFERENCE.and(Guards.logoffFlag(LogoffFlag.NO_WAIT)).and(busy ? inProcess : inProcess.negate());
    }

    private static final Action SAVE_FIRST_FLAG = new Action("saveFirstFlag", (w, s, o) -> {
        if (!w.flagSaved) {
            w.flagSaved = true;
            w.savedFlag = s.flags();
        }
    });

    private static final Action CALL_TRANSPORTS_WITHOUT_DEFAULT = new Action("callStoreLogoffTransports", (w, s, o) -> {
        Actions.CALL_TRANSPORTS.apply(w, s, o);
        if (!w.flagSaved) w.transportsFlag = 0;
    });

    private static final Action STOP_SENDS_ONLY = new Action("stopActivity", (w, s, o) -> {
        w.outbox += w.sending;
        w.sending = 0;
    });

    private static final Action STOP_ACTIVITY_LOSING = new Action("stopActivity", (w, s, o) -> {
        w.sending = 0;
        w.returned += w.arriving;
        w.arriving = 0;
        w.receptionEnabled = false;
    });

    private static final Action TOGGLE_RECEPTION =
            new Action("pollTransports", (w, s, o) -> w.receptionEnabled = !w.receptionEnabled);

    private static final Action DISCARD_OUTBOX = new Action("discardOutbox", (w, s, o) -> w.outbox = 0);

    private static final Action WRITE_WITHOUT_QUEUE = new Action("writeOutput", (w, s, o) -> {
        o.outWritten = true;
        o.outFlags = w.activityBits() & ~LogoffFlag.OUTBOUND_QUEUE.value;
    });

    private static final Action WRITE_WITHOUT_OUTBOUND = new Action("writeOutput", (w, s, o) -> {
        o.outWritten = true;
        o.outFlags = w.activityBits() & ~LogoffFlag.OUTBOUND.value;
    });

    private static final Action FORGET_INBOUND_OUTPUT = new Action("forgetInbound", (w, s, o) -> {
        w.transportsOut &= ~LogoffFlag.INBOUND.value;
        if (w.transportsOut == 0) w.transportsOut = LogoffFlag.COMPLETE.value;
    });

    private static final Action RETURN_ARRIVALS = new Action("returnArrivals", (w, s, o) -> {
        w.returned += w.arriving;
        w.arriving = 0;
    });

    private static final Action STOP_ACTIVITY_FORGETTING_ARRIVALS = new Action("stopActivity", (w, s, o) -> {
        w.outbox += w.sending;
        w.sending = 0;
        w.arriving = 0;
        w.receptionEnabled = false;
    });

    private static final Action FLUSH_DELETING_OUTBOX = new Action("flushQueues", (w, s, o) -> {
        w.flushQueues = true;
        w.submitted -= w.outbox;
        w.outbox = 0;
    });

    private static final Action DROP_ALL_REFERENCES = new Action("dropAllReferences", (w, s, o) -> Arrays.fill(w.refs, 0));

    private static final Action WRAP_REFERENCE_COUNT = new Action("wrapReferenceCount", (w, s, o) -> w.refs[s.client() - 1] &= 3);

    /** Strict validation that forgets FLAGS-1: any non-empty set of input bits passes. */
    private static final Guard ACCEPTS_SEVERAL = new Guard("flags valid", (w, s) ->
            !s.nullFlags() && s.flags() != 0 && (s.flags() & ~LogoffFlag.INPUT_MASK) == 0);

}
