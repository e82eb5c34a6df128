package storelogoff.model;

import java.util.List;
import java.util.Locale;

/**
 * The fields of a {@link World}, declared once: each with its kind (which bounds its value and
 * how it is packed), what it means, and how it is read and written. Copying, equality, hashing
 * and printing a world, and the explorer's packed layout and bounds check, all derive from
 * this list: {@code World.toString} and the explorer's layout read it at run time, and the
 * hot-path code ({@code World.copyFrom/equals/hashCode}, the explorer's decoder) is generated
 * from it by {@code ./storelogoff docs}. Adding a world field is a Java field in {@link World}
 * and one constant here (docs/extending.md, "A world field").
 *
 * <p>The key, the Java field's name, is the constant's name in lower camel case. Values are
 * read and written as ints: a state by ordinal, yes/no as 1/0; {@code slot} is the client
 * (0-based) for a per-client field and 0 otherwise.
 */
public enum WorldField {
    // Configuration: fixed for a run, compared but never changed or packed.
    /** The store holds the default Inbox, so messages may arrive (NOWAIT-3). */
    DEFAULT_INBOX(Kind.CONFIGURATION, "the store holds the default Inbox (NOWAIT-3)",
            (w, slot) -> w.defaultInbox ? 1 : 0, null),

    STATE(Kind.STATE, "the store's state", (w, slot) -> w.state.ordinal(), (w, slot, v) -> w.state = StoreState.values()[v]),
    REFS(Kind.REFERENCES, "references held by each client (IMPL-2)", (w, slot) -> w.refs[slot], (w, slot, v) -> w.refs[slot] = v),

    // The current logoff cycle: what invariants check against (IMPL-1..4).
    FLAG_SAVED(Kind.YES_NO, "a StoreLogoff flag was saved in this cycle (IMPL-1, IMPL-3)",
            (w, slot) -> w.flagSaved ? 1 : 0, (w, slot, v) -> w.flagSaved = v != 0),
    SAVED_FLAG(Kind.FLAGS, "the saved flag, meaningful when one was saved (IMPL-1, IMPL-3)",
            (w, slot) -> w.savedFlag, (w, slot, v) -> w.savedFlag = v),
    TRANSPORTS_CALLS(Kind.CALLS, "StoreLogoffTransports calls in this cycle (IMPL-2, IMPL-4)",
            (w, slot) -> w.transportsCalls, (w, slot, v) -> w.transportsCalls = v),
    TRANSPORTS_FLAG(Kind.FLAGS, "the flag StoreLogoffTransports was given (IMPL-1, IMPL-4)",
            (w, slot) -> w.transportsFlag, (w, slot, v) -> w.transportsFlag = v),
    TRANSPORTS_OUT(Kind.OUTPUT_FLAGS, "the flags StoreLogoffTransports answered (OUT-1..3)",
            (w, slot) -> w.transportsOut, (w, slot, v) -> w.transportsOut = v),
    TRANSPORTS_RETURNED(Kind.YES_NO, "control has come back from StoreLogoffTransports (ABORT-2, NOWAIT-4, ORDERLY-3, PURGE-2)",
            (w, slot) -> w.transportsReturned ? 1 : 0, (w, slot, v) -> w.transportsReturned = v != 0),
    FLUSH_QUEUES(Kind.YES_NO, "FlushQueues was called for the transports in this cycle (PURGE-1)",
            (w, slot) -> w.flushQueues ? 1 : 0, (w, slot, v) -> w.flushQueues = v != 0),
    RECEPTION_ENABLED(Kind.YES_NO, "new inbound messages may start arriving (NOWAIT-3, ORDERLY-2)",
            (w, slot) -> w.receptionEnabled ? 1 : 0, (w, slot, v) -> w.receptionEnabled = v != 0),

    // Outbound ledger: every submitted message is in the Outbox, being sent, or sent.
    SUBMITTED(Kind.MESSAGES, "messages submitted so far (OUT-3)", (w, slot) -> w.submitted, (w, slot, v) -> w.submitted = v),
    OUTBOX(Kind.MESSAGES, "messages waiting in the Outbox (OUT-3)", (w, slot) -> w.outbox, (w, slot, v) -> w.outbox = v),
    SENDING(Kind.MESSAGES, "messages being sent (OUT-2)", (w, slot) -> w.sending, (w, slot, v) -> w.sending = v),
    SENT(Kind.MESSAGES, "messages sent so far (OUT-2)", (w, slot) -> w.sent, (w, slot, v) -> w.sent = v),

    // Inbound ledger: every arrival is arriving, received, or returned to its transport.
    ARRIVALS(Kind.ARRIVALS, "inbound messages that started arriving so far (OUT-1)", (w, slot) -> w.arrivals, (w, slot, v) -> w.arrivals = v),
    ARRIVING(Kind.ARRIVALS, "inbound messages arriving (OUT-1)", (w, slot) -> w.arriving, (w, slot, v) -> w.arriving = v),
    RECEIVED(Kind.ARRIVALS, "inbound messages received so far (OUT-1)", (w, slot) -> w.received, (w, slot, v) -> w.received = v),
    RETURNED(Kind.ARRIVALS, "arrivals stopped and handed back to their transport (ABORT-1)",
            (w, slot) -> w.returned, (w, slot, v) -> w.returned = v);

    /** What a field holds: this bounds its values, and says how it is copied, compared, printed and packed. */
    public enum Kind {
        /** Fixed for a run (yes/no); compared, never copied or packed. */
        CONFIGURATION,
        /** A {@link StoreState}, by ordinal. */
        STATE,
        /** 1 or 0. */
        YES_NO,
        /** A count per client, up to the explorer's reference bound. */
        REFERENCES,
        /** A count up to the explorer's message bound. */
        MESSAGES,
        /** A count up to the explorer's arrival bound. */
        ARRIVALS,
        /** StoreLogoffTransports calls: at most one per cycle (IMPL-4); up to 3 so that a second call shows. */
        CALLS,
        /** A LOGOFF_* value as a caller may pass it: any 32 bits. */
        FLAGS,
        /** Output bits only: LOGOFF_COMPLETE and the activity bits (OUT-1..3). */
        OUTPUT_FLAGS;

        /** The largest value of a {@link #CALLS} field. */
        public static final int MAX_CALLS = 3;
    }

    /** Reads a field's value as an int. */
    @FunctionalInterface
    public interface Reader {
        int read(World w, int slot);
    }

    /** Writes a field's value given as an int; configuration fields have none. */
    @FunctionalInterface
    public interface Writer {
        void write(World w, int slot, int value);
    }

    /** The fields in declaration order: values() clones its array on every call. */
    public static final List<WorldField> ALL = List.of(values());

    public final Kind kind;
    /** What the field means, with its clauses. */
    public final String description;
    /** The Java field's name in {@link World}, e.g. {@code transportsReturned}. */
    public final String key;
    private final Reader reader;
    private final Writer writer;

    WorldField(Kind kind, String description, Reader reader, Writer writer) {
        this.kind = kind;
        this.description = description;
        this.reader = reader;
        this.writer = writer;
        this.key = camel(name());
    }

    /** How many values the field holds in a world of {@code clients} clients: one per client, or one. */
    public int slots(int clients) {
        return kind == Kind.REFERENCES ? clients : 1;
    }

    public int read(World w, int slot) {
        return reader.read(w, slot);
    }

    /** Writes the value; a configuration field cannot be written, it is fixed when the world is made. */
    public void write(World w, int slot, int value) {
        if (writer == null) throw new UnsupportedOperationException(key + " is fixed when the world is made");
        writer.write(w, slot, value);
    }

    /** The field's name in messages: its key, with the client for a per-client field. */
    public String name(int slot) {
        return kind == Kind.REFERENCES ? key + " of client " + (slot + 1) : key;
    }

    /** A value as {@code World.toString} shows it. */
    public String format(int value) {
        return switch (kind) {
            case CONFIGURATION, YES_NO -> value != 0 ? "yes" : "no";
            case STATE -> StoreState.values()[value].name();
            case FLAGS, OUTPUT_FLAGS -> LogoffFlag.format(value);
            default -> String.valueOf(value);
        };
    }

    private static String camel(String constant) {
        StringBuilder b = new StringBuilder();
        for (String part : constant.toLowerCase(Locale.ROOT).split("_")) {
            b.append(b.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return b.toString();
    }
}
