package storelogoff.verify;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import storelogoff.model.Event;
import storelogoff.model.HResult;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.model.WorldField;

/**
 * The steps an invariant is checked on, as a P spec monitor declares the events it observes.
 * Each invariant file says what it watches, and the checkers skip an invariant on a step it does
 * not watch: there it could not be broken. The check itself stays total (it holds on any step
 * its property is not about), so a watch only saves work, and a watch too narrow would hide a
 * violation: {@code DispatchSoundnessTest} audits every transition the explorer takes, for the
 * declaration and every mutant under every reading, and fails on any invariant skipped where it
 * fails. The explorer turns every declaration into one table, so that a transition costs one
 * lookup and then only the invariants that watch it ({@code explore.Dispatch}).
 *
 * <p>A watch is a union of {@link Steps}: steps of some events, narrowed by what is known of a
 * step before any invariant runs: the state it starts from, whether the caller holds a
 * reference, whether a StoreLogoff was answered as its flags prescribe, whether it was answered S_OK,
 * calls StoreLogoffTransports or writes output flags, and which world fields it changes.
 * Everything is read from the worlds and the observation, not from the row that fired, so a
 * wrong model (a mutant) is watched as closely as the right one.
 *
 * <p>Watching the steps that change some fields ({@link #changes}) declares that a step which
 * changes none of them cannot break the property once it held on the step that reached the
 * world: the property reads only those fields of the world after, or compares them with the
 * world before so that equal values pass. The initial world was reached by no step, so the steps
 * from it count as changing every field.
 *
 * <p>A watch {@link #sameForEveryCaller() the same for every caller} ({@code anyCaller}) declares
 * that the property reads nothing of who made a call, so that of calls from one world that differ
 * only in their client and end alike the explorer checks the first.
 */
public record Watch(List<Steps> of, boolean anyCaller) {

    /**
     * One kind of step: the events, and every narrowing given (null or empty: any).
     *
     * @param from          the states the step starts from
     * @param byHolder      whether the caller holds a reference before the step (client calls only)
     * @param prescribed    whether the step is a StoreLogoff answered as its flags prescribe ({@link FlagsAnswer})
     * @param answers       how the step may have been answered
     * @param callsTransports only steps that call StoreLogoffTransports
     * @param writesOutput  only steps that write output flags
     * @param changing      only steps that change one of these fields; empty for any step
     */
    public record Steps(Set<Event> events, Set<StoreState> from, Boolean byHolder, Boolean prescribed, Set<Answer> answers,
                        boolean callsTransports, boolean writesOutput, Set<WorldField> changing) {
        public Steps {
            events = Set.copyOf(events);
            from = Set.copyOf(from);
            answers = Set.copyOf(answers);
            changing = Set.copyOf(changing);
        }

        static Steps of(Set<Event> events) {
            return new Steps(events, EnumSet.allOf(StoreState.class), null, null, EnumSet.allOf(Answer.class), false, false,
                    Set.of());
        }

        /** Whether a step of kind {@code k} is one of these, its changed fields aside. */
        public boolean matches(Kind k) {
            return events.contains(k.event()) && from.contains(k.from()) && (byHolder == null || byHolder == k.byHolder())
                    && (prescribed == null || prescribed == k.prescribed()) && answers.contains(k.answer())
                    && (!callsTransports || k.callsTransports()) && (!writesOutput || k.writesOutput());
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            boolean every = events.size() == Event.values().length;
            if (answers.equals(EnumSet.of(Answer.OK))) b.append("accepted ");
            b.append(every ? (changing.isEmpty() && !callsTransports && !writesOutput ? "every step" : "steps")
                    : events.stream().sorted().map(e -> e.keyword).collect(Collectors.joining(", ")));
            if (from.size() < StoreState.values().length) {
                b.append(" from ").append(from.stream().sorted().map(Enum::name).collect(Collectors.joining(", ")));
            }
            if (byHolder != null) b.append(byHolder ? " by a holder" : " by a caller holding no reference");
            if (prescribed != null) b.append(prescribed ? " answered as its flags prescribe" : " not answered as its flags prescribe");
            if (answers.size() == Answer.values().length - 1) {
                Answer not = EnumSet.complementOf(EnumSet.copyOf(answers)).iterator().next();
                b.append(" not answered ").append(not.text);
            }
            if (callsTransports) b.append(every ? " calling StoreLogoffTransports" : " that call StoreLogoffTransports");
            if (writesOutput) b.append(" that write output flags");
            if (!changing.isEmpty()) {
                b.append(" changing ").append(changing.stream().sorted().map(f -> f.key).collect(Collectors.joining(", ")));
            }
            return b.toString();
        }
    }

    /** How a step was answered, as far as watching goes. */
    public enum Answer {
        /** No HRESULT: an environment event. */
        NONE("without an HRESULT"),
        OK("S_OK"),
        /** The answer to a call the store or the caller does not allow (IMPL-2, decision 0013). */
        INVALID_OBJECT("MAPI_E_INVALID_OBJECT"),
        /** Any other failure. */
        OTHER_ERROR("with another error");

        final String text;

        Answer(String text) {
            this.text = text;
        }

        static Answer of(HResult h) {
            return h == null ? NONE : h == HResult.S_OK ? OK : h == HResult.MAPI_E_INVALID_OBJECT ? INVALID_OBJECT : OTHER_ERROR;
        }

        /** The ordinal of {@link #of}{@code (h)}, read from a table rather than by comparisons: the search asks it per transition. */
        static int ordinal(HResult h) {
            return h == null ? NONE.ordinal() : BY_HRESULT[h.ordinal()];
        }

        private static final int[] BY_HRESULT = new int[HResult.values().length];

        static {
            for (HResult h : HResult.values()) BY_HRESULT[h.ordinal()] = of(h).ordinal();
        }
    }

    /**
     * What the checkers know of a step before running any invariant; the changed fields come apart.
     *
     * @param byHolder    a client call whose caller held a reference before the step
     * @param prescribed  a StoreLogoff answered with the HRESULT its flags get under the reading ({@link FlagsAnswer})
     */
    public record Kind(Event event, StoreState from, boolean byHolder, boolean prescribed, Answer answer,
                       boolean callsTransports, boolean writesOutput) {
        public static Kind of(Reading reading, Step step, World before, World after, Observation observed) {
            HResult answer = observed == null ? null : observed.hresult;
            return new Kind(step.event(), before.state, holds(caller(step), before), asPrescribed(prescribedFor(reading, step), answer),
                    Answer.of(answer), transportsCalled(before, after), observed != null && observed.outWritten);
        }

        /** The index of {@link #of}'s kind, computed without allocating: what the checkers look up. */
        public static int index(Reading reading, Step step, World before, World after, Observation observed) {
            return index(ofStep(step), before, caller(step), prescribedFor(reading, step), after, observed);
        }

        /**
         * The part of a kind's index that the step's event fixes. The explorer keeps it per step of
         * its alphabet, with {@link #caller} and {@link #prescribedFor}, so that a transition's kind
         * costs a few loads and adds ({@link #index(int, World, int, HResult, World, Observation)}).
         */
        public static int ofStep(Step step) {
            return index(step.event(), STATE_0, false, false, Answer.NONE, false, false);
        }

        /** The slot in {@link World#refs} of the caller of a client call; -1 for an environment event. */
        public static int caller(Step step) {
            return step.event().isClientCall() && step.client() >= 1 ? step.client() - 1 : -1;
        }

        /** The HRESULT a StoreLogoff's flags get under the reading ({@link FlagsAnswer}); null for any other event. */
        public static HResult prescribedFor(Reading reading, Step step) {
            return step.event() == Event.LOGOFF ? FlagsAnswer.prescribed(reading, step) : null;
        }

        /**
         * The index of the kind of a step with {@link #ofStep} {@code stepPart}, {@link #caller}
         * {@code caller} and {@link #prescribedFor} {@code prescribed}, from {@code before} to
         * {@code after} showing {@code observed}: each other dimension times its stride, added to
         * the event's part (the index is linear in each).
         */
        public static int index(int stepPart, World before, int caller, HResult prescribed, World after, Observation observed) {
            HResult answer = observed.hresult;
            return stepPart + before.state.ordinal() * FROM + (holds(caller, before) ? HOLDER : 0)
                    + (asPrescribed(prescribed, answer) ? PRESCRIBED : 0) + Answer.ordinal(answer) * ANSWER
                    + (transportsCalled(before, after) ? CALLS : 0) + (observed.outWritten ? WRITES : 0);
        }

        /** A StoreLogoff (its {@link #prescribedFor} not null) answered as its flags prescribe. */
        private static boolean asPrescribed(HResult prescribed, HResult answer) {
            return prescribed != null && answer == prescribed;
        }

        /** Every kind there is, in the order of their {@link #index()}. */
        public static List<Kind> all() {
            return ALL;
        }

        /** How many kinds there are, for tables indexed by kind. */
        public static int count() {
            return ALL.size();
        }

        private static final List<Kind> ALL = enumerate();

        private static List<Kind> enumerate() {
            List<Kind> all = new ArrayList<>();
            boolean[] no = {false, true};
            for (Event e : Event.values()) {
                for (StoreState s : StoreState.values()) {
                    for (boolean h : no) for (boolean p : no) for (Answer a : Answer.values()) for (boolean c : no) {
                        for (boolean w : no) all.add(new Kind(e, s, h, p, a, c, w));
                    }
                }
            }
            return List.copyOf(all);
        }

        /** The index of the kind of these values in {@link #all()}. */
        public static int index(Event e, StoreState from, boolean byHolder, boolean prescribed, Answer answer,
                                boolean callsTransports, boolean writesOutput) {
            return (((((e.ordinal() * STATES + from.ordinal()) * 2 + (byHolder ? 1 : 0)) * 2 + (prescribed ? 1 : 0)) * ANSWERS
                    + answer.ordinal()) * 2 + (callsTransports ? 1 : 0)) * 2 + (writesOutput ? 1 : 0);
        }

        public int index() {
            return index(event, from, byHolder, prescribed, answer, callsTransports, writesOutput);
        }

        private static final int STATES = StoreState.values().length;
        private static final int ANSWERS = Answer.values().length;
        private static final StoreState STATE_0 = StoreState.values()[0];
        /** The strides of the dimensions in the index, as the nested sum above multiplies them. */
        private static final int WRITES = 1, CALLS = 2, ANSWER = 4, PRESCRIBED = ANSWER * ANSWERS, HOLDER = PRESCRIBED * 2,
                FROM = HOLDER * 2;
    }

    /** Every step: properties of the step itself, whatever it changes. */
    public static final Watch EVERY_STEP = new Watch(List.of(Steps.of(EnumSet.allOf(Event.class))));

    public Watch {
        of = List.copyOf(of);
    }

    /** The steps of {@code of}, whose verdict may depend on who made a call ({@link #anyCaller()} false). */
    public Watch(List<Steps> of) {
        this(of, false);
    }

    /** The steps of these events. */
    public static Watch events(Event first, Event... rest) {
        return new Watch(List.of(Steps.of(EnumSet.of(first, rest))));
    }

    /** The client calls: AddRef, Release, StoreLogoff, Submit. */
    public static Watch clientCalls() {
        return new Watch(List.of(Steps.of(eventsOf(Event.Kind.CLIENT_CALL))));
    }

    /** The transport and spooler events. */
    public static Watch environment() {
        return new Watch(List.of(Steps.of(eventsOf(Event.Kind.ENVIRONMENT))));
    }

    /** The steps that call StoreLogoffTransports, whatever their event. */
    public static Watch transportsCalls() {
        return EVERY_STEP.narrow(s -> new Steps(s.events(), s.from(), s.byHolder(), s.prescribed(), s.answers(), true, s.writesOutput(),
                s.changing()));
    }

    /** The steps that write output flags, whatever their event. */
    public static Watch outputWritten() {
        return EVERY_STEP.writingOutput();
    }

    /** The steps that change one of these fields, whatever their event (see the class comment). */
    public static Watch changes(WorldField first, WorldField... rest) {
        return EVERY_STEP.changing(first, rest);
    }

    /** These steps, and also every step that calls StoreLogoffTransports. */
    public Watch orTransportsCalls() {
        return or(transportsCalls());
    }

    /** The steps either watch sees; the same for every caller only if both are. */
    public Watch or(Watch other) {
        List<Steps> both = new ArrayList<>(of);
        both.addAll(other.of);
        return new Watch(both, anyCaller && other.anyCaller);
    }

    /**
     * These steps, declaring that the property reads nothing of who made a call: not the step's
     * client, nor that client's references, nor which row fired. Two calls from one world that
     * differ only in their client, and that were answered alike (the same HRESULT and output
     * flags) and reached the same world, then get the same verdict, so the explorer checks only
     * the first of them. Such calls are common: every holder of a reference may log off with the
     * same flags. Like every narrowing it is audited: {@code DispatchSoundnessTest} checks the
     * invariant on the calls it skips as well.
     */
    public Watch sameForEveryCaller() {
        return new Watch(of, true);
    }

    /** These steps, only from these states. */
    public Watch from(StoreState first, StoreState... rest) {
        Set<StoreState> states = EnumSet.of(first, rest);
        return narrow(s -> new Steps(s.events(), states, s.byHolder(), s.prescribed(), s.answers(), s.callsTransports(),
                s.writesOutput(), s.changing()));
    }

    /** These steps, only when the caller holds a reference before the step ({@code true}) or holds none. */
    public Watch byHolder(boolean holder) {
        return narrow(s -> new Steps(s.events(), s.from(), holder, s.prescribed(), s.answers(), s.callsTransports(), s.writesOutput(),
                s.changing()));
    }

    /**
     * These steps, only StoreLogoff answered with the HRESULT its flags get under the reading
     * ({@code true}, {@link FlagsAnswer}), or only the others: StoreLogoff answered otherwise and
     * every other event ({@code false}).
     */
    public Watch answeredAsPrescribed(boolean asPrescribed) {
        return narrow(s -> new Steps(s.events(), s.from(), s.byHolder(), asPrescribed, s.answers(), s.callsTransports(),
                s.writesOutput(), s.changing()));
    }

    /** These steps, only when answered S_OK. */
    public Watch accepted() {
        return narrow(s -> new Steps(s.events(), s.from(), s.byHolder(), s.prescribed(), EnumSet.of(Answer.OK), s.callsTransports(),
                s.writesOutput(), s.changing()));
    }

    /** These steps, unless answered {@code answer}. */
    public Watch unlessAnswered(Answer answer) {
        Set<Answer> others = EnumSet.complementOf(EnumSet.of(answer));
        return narrow(s -> new Steps(s.events(), s.from(), s.byHolder(), s.prescribed(), others, s.callsTransports(), s.writesOutput(),
                s.changing()));
    }

    /** These steps, only when they change the world at all. */
    public Watch changingAnything() {
        Set<WorldField> state = WorldField.ALL.stream().filter(f -> f.kind != WorldField.Kind.CONFIGURATION)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(WorldField.class)));
        return narrow(s -> new Steps(s.events(), s.from(), s.byHolder(), s.prescribed(), s.answers(), s.callsTransports(),
                s.writesOutput(), state));
    }

    /** These steps, only when they write output flags. */
    public Watch writingOutput() {
        return narrow(s -> new Steps(s.events(), s.from(), s.byHolder(), s.prescribed(), s.answers(), s.callsTransports(), true,
                s.changing()));
    }

    /** These steps, only when they change one of these fields (see the class comment). */
    public Watch changing(WorldField first, WorldField... rest) {
        Set<WorldField> fields = EnumSet.of(first, rest);
        return narrow(s -> new Steps(s.events(), s.from(), s.byHolder(), s.prescribed(), s.answers(), s.callsTransports(),
                s.writesOutput(), fields));
    }

    private Watch narrow(java.util.function.UnaryOperator<Steps> how) {
        return new Watch(of.stream().map(how).toList(), anyCaller);
    }

    /** Every event some part of this watch names. */
    public Set<Event> events() {
        Set<Event> all = EnumSet.noneOf(Event.class);
        for (Steps s : of) all.addAll(s.events());
        return all;
    }

    /** Whether {@code step}, from {@code before} to {@code after} showing {@code observed} under {@code reading}, is one this watch sees. */
    public boolean sees(Reading reading, Step step, World before, World after, Observation observed) {
        return sees(reading, step, before, after, observed, false);
    }

    /**
     * As {@link #sees(Reading, Step, World, World, Observation)}; with {@code fromStart}, for a
     * step from a world that no step reached (the start of a run), every field counts as changed,
     * so that what an invariant says of a world is checked of that one too.
     */
    public boolean sees(Reading reading, Step step, World before, World after, Observation observed, boolean fromStart) {
        Kind k = Kind.of(reading, step, before, after, observed);
        for (Steps s : of) {
            if (s.matches(k) && (fromStart || s.changing().isEmpty() || changesAny(s.changing(), before, after))) return true;
        }
        return false;
    }

    /** StoreLogoffTransports was called in the step from {@code before} to {@code after}: the cycle's call count went up. */
    public static boolean transportsCalled(World before, World after) {
        return after.transportsCalls > before.transportsCalls;
    }

    private static boolean holds(int caller, World before) {
        return caller >= 0 && caller < before.refs.length && before.refs[caller] > 0;
    }

    private static boolean changesAny(Set<WorldField> fields, World before, World after) {
        for (WorldField f : fields) {
            for (int slot = 0; slot < f.slots(before.clients()); slot++) {
                if (f.read(before, slot) != f.read(after, slot)) return true;
            }
        }
        return false;
    }

    private static Set<Event> eventsOf(Event.Kind kind) {
        return EnumSet.allOf(Event.class).stream().filter(e -> e.kind == kind).collect(Collectors.toSet());
    }

    @Override
    public String toString() {
        String steps = of.isEmpty() ? "no step" : of.stream().map(Steps::toString).collect(Collectors.joining("; "));
        return anyCaller ? steps + ", the same for every caller" : steps;
    }
}
