package storelogoff.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The declaration compiled for one reading and run directly, without Spring: the fast engine
 * the explorer uses. Rows are indexed by state and event so a step costs a few guard calls.
 */
public final class Model {
    private static final int EVENTS = Event.values().length;
    private final Reading reading;
    private final List<Transition> transitions;
    private final Transition[][][] index;

    public Model(Reading reading) {
        this(reading, StoreLogoffSpec.transitions(reading));
    }

    /** A model over any table: used for wrong variants (mutants) of the declaration. */
    public Model(Reading reading, List<Transition> transitions) {
        this.reading = reading;
        this.transitions = List.copyOf(transitions);
        this.index = new Transition[StoreState.values().length][Event.values().length][];
        for (StoreState s : StoreState.values()) {
            for (Event e : Event.values()) {
                List<Transition> rows = new ArrayList<>();
                for (Transition t : this.transitions) {
                    if (t.source() == s && t.event() == e) rows.add(t);
                }
                index[s.ordinal()][e.ordinal()] = rows.toArray(new Transition[0]);
            }
        }
    }

    public Reading reading() {
        return reading;
    }

    public List<Transition> transitions() {
        return transitions;
    }

    /** The rows that could fire for {@code event} in {@code state}, in declaration order. */
    public Transition[] candidates(StoreState state, Event event) {
        return index[state.ordinal()][event.ordinal()];
    }

    /** The first row whose guard holds, or null. */
    public Transition enabled(World w, Step s) {
        for (Transition t : index[w.state.ordinal()][s.event().ordinal()]) {
            if (t.guard().test(w, s)) return t;
        }
        return null;
    }

    /** What {@link #decision} answers when the rows' guards cannot be read as one number. */
    public static final long NO_DECISION = -1;

    /**
     * Everything a machine that fires the first row whose guard holds decides from, as one
     * number: the state, the event, and which of the candidate rows' guards hold, in table order.
     * The Spring machine decides from nothing else ({@link SpringStore}), so two steps with equal
     * decisions, in which one guard at most holds, make it fire the same row. {@link #NO_DECISION} when a guard throws or a state and
     * event have more than 40 rows.
     */
    public long decision(World w, Step s) {
        Transition[] rows = index[w.state.ordinal()][s.event().ordinal()];
        if (rows.length > 40) return NO_DECISION;
        long holds = 0;
        try {
            for (int i = 0; i < rows.length; i++) {
                if (rows[i].guard().test(w, s)) holds |= 1L << i;
            }
        } catch (RuntimeException e) {
            return NO_DECISION;
        }
        return ((long) (w.state.ordinal() * EVENTS + s.event().ordinal()) << 40) | holds;
    }

    /** How many rows' guards hold in {@code decision} (not {@link #NO_DECISION}). */
    public static int enabledRows(long decision) {
        return Long.bitCount(decision & ((1L << 40) - 1));
    }

    /** How many rows' guards hold: more than one means the table is not deterministic. */
    public int enabledCount(World w, Step s) {
        int n = 0;
        for (Transition t : index[w.state.ordinal()][s.event().ordinal()]) {
            if (t.guard().test(w, s)) n++;
        }
        return n;
    }

    /**
     * Runs {@code step} on {@code w} in place. Allocates nothing.
     * A client call that fires no row fails with MAPI_E_INVALID_OBJECT and changes nothing.
     */
    public void step(World w, Step s, Observation o) {
        requireKnownClient(w, s);
        o.reset();
        Transition t = enabled(w, s);
        if (t != null) fire(t, w, s, o);
        settle(s, o);
    }

    /**
     * Rejects a client call by a client the world does not have: a mistake in the caller of the
     * model, not a MAPI call, so it fails before any guard or action can touch the world.
     */
    public static void requireKnownClient(World w, Step s) {
        if (s.event().isClientCall() && (s.client() < 1 || s.client() > w.clients())) {
            throw new IllegalArgumentException("'" + s + "' is made by client " + s.client()
                    + ", but the world has clients 1.." + w.clients());
        }
    }

    /** Runs the actions of {@code t} and enters its target. Shared with the Spring machine. */
    public static void fire(Transition t, World w, Step s, Observation o) {
        List<Action> actions = t.actions();
        // Indexed, not for-each: the iterator was allocated on every step (escape analysis missed it).
        for (int i = 0; i < actions.size(); i++) actions.get(i).apply(w, s, o);
        w.state = t.target();
        o.fired = t;
    }

    /** Fills in the HRESULT a client call gets when no action set one. */
    public static void settle(Step s, Observation o) {
        if (s.event().isClientCall() && o.hresult == null) {
            o.hresult = o.fired != null ? HResult.S_OK : HResult.MAPI_E_INVALID_OBJECT;
        }
    }

    /** A fresh machine on this model starting at {@code initial}. */
    public DirectMachine direct(World initial) {
        return new DirectMachine(this, initial);
    }

    /** The direct engine behind the {@link StoreMachine} interface. */
    public static final class DirectMachine implements StoreMachine {
        private final Model model;
        private final World world;

        DirectMachine(Model model, World initial) {
            this.model = model;
            this.world = initial.copy();
        }

        @Override
        public Model model() {
            return model;
        }

        @Override
        public World world() {
            return world;
        }

        @Override
        public void apply(Step step, Observation out) {
            model.step(world, step, out);
        }

        @Override
        public void reset(World w) {
            world.copyFrom(w);
        }
    }
}
