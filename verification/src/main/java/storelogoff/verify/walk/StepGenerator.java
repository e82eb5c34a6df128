package storelogoff.verify.walk;

import java.util.List;
import java.util.SplittableRandom;

import storelogoff.model.Event;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;

/**
 * Chooses each step of one walk by looking at the current world, so that walks go deep rather
 * than ending at the first release: references rise to a per-walk level and later fall to zero
 * (IMPL-2), transports work in bursts (OUT-1..3), a refused store is opened again (QUIET-1,
 * ABORT-3), and the spooler releases an IDLE store only sometimes, so walks also linger there.
 * A small share of steps is noise: any event by any client, fit for the state or not. And in a
 * state where some kind of step has not been tried yet in this run (walk {@link Coverage}), a
 * share of steps probes one of those kinds, so that the walks also try in every state the steps
 * it must refuse: a refusal is behaviour too.
 *
 * <p>Every choice comes from the walk's own {@link SplittableRandom} and the run's coverage so
 * far, which the walks before it fixed, so a seed fixes the walk.
 */
public final class StepGenerator {
    private static final int[] VALID_FLAGS = {LogoffFlag.NO_WAIT.value, LogoffFlag.ORDERLY.value,
            LogoffFlag.PURGE.value, LogoffFlag.ABORT.value, LogoffFlag.QUIET.value};
    private static final int OUTPUT_MASK = LogoffFlag.COMPLETE.value | LogoffFlag.ACTIVITY_MASK;
    private static final Event[] EVENTS = Event.values();
    private static final int INBOUND = LogoffFlag.INBOUND.value;
    private static final int OUTBOUND = LogoffFlag.OUTBOUND.value;
    private static final int QUEUE = LogoffFlag.OUTBOUND_QUEUE.value;
    private static final int NO_AIM = -1;
    private static final Event[] CLIENT_CALLS = {Event.ADDREF, Event.RELEASE, Event.LOGOFF, Event.SUBMIT};

    private final SplittableRandom rnd;
    private final int clients;
    /** What the run has tried so far; probes go where it has not. */
    private final Coverage coverage;

    // The walk's temperament, drawn once so that walks differ in kind, not only in detail.
    /** References rise to about this many before they fall. */
    private final int refTarget;
    /** Chance per step that references start falling to zero, ending the logoff cycle. */
    private final double dropChance;
    /** Chance per step that the spooler releases an IDLE store. */
    private final double releaseChance;
    /** Share of StoreLogoff calls with an invalid argument (FLAGS-1, FLAGS-2). */
    private final double invalidShare;

    /** Steps left in the current burst of transport activity. */
    private int burst;
    /** References are being released until none is left. */
    private boolean dropping;
    /** While dropping, the activity the last release should find (OUT-1..3), or NO_AIM. */
    private int aim;
    /** While dropping, the flag to log off with before the last release, or 0 for any. */
    private int aimFlag;

    /** A generator that does not probe for untried kinds of step (the conformance kit's walks). */
    public StepGenerator(SplittableRandom rnd, int clients) {
        this(rnd, clients, null);
    }

    /** A generator that probes the kinds of step {@code coverage} has not seen in a state yet. */
    StepGenerator(SplittableRandom rnd, int clients, Coverage coverage) {
        this.rnd = rnd;
        this.clients = clients;
        this.coverage = coverage;
        this.refTarget = 1 + rnd.nextInt(rnd.nextBoolean() ? 4 : 40);
        this.dropChance = 1.0 / (10 + rnd.nextInt(150));
        this.releaseChance = 0.05 + 0.45 * rnd.nextDouble();
        this.invalidShare = 0.05 + 0.25 * rnd.nextDouble();
    }

    /** Whether the walk ends before this step: it lingers a few steps after RELEASED. */
    public boolean ends(World w) {
        return w.state == StoreState.RELEASED && rnd.nextInt(4) == 0;
    }

    /** The next step of the walk in world {@code w}. */
    public Step next(World w) {
        if (w.state != StoreState.OPEN) dropping = false;
        if (coverage != null && rnd.nextInt(4) == 0) {
            List<StepKind> untried = coverage.untried(w.state);
            if (!untried.isEmpty()) return step(untried.get(rnd.nextInt(untried.size())), rnd.nextInt(clients) + 1);
        }
        if (rnd.nextInt(100) < 3) return noise();
        if (burst > 0) {
            burst--;
            Step t = transport(w);
            if (t != null) return t;
        }
        return switch (w.state) {
            case OPEN -> open(w);
            // Draining: the transports finish their work; client calls fail (no rows).
            case DRAINING -> rnd.nextInt(10) < 8 ? orNoise(transport(w)) : clientCall(rnd.nextInt(clients) + 1);
            // Idle: the spooler releases only sometimes, so walks linger.
            case IDLE -> rnd.nextDouble() < releaseChance ? Step.of(Event.SPOOLER_RELEASE) : noise();
            case REFUSED -> refused(w);
            case RELEASED -> noise();
        };
    }

    private Step open(World w) {
        int total = w.totalRefs();
        if (!dropping && rnd.nextDouble() < dropChance) {
            dropping = true;
            // Mostly aim at some activity, quiet more often than each mix, since quiet is rarer by chance;
            // half the time at a flag × activity pair the run has not met yet, flag included.
            int r = rnd.nextInt(10);
            aim = r < 2 ? NO_AIM : r < 6 ? 0 : Coverage.ACTIVITIES[1 + rnd.nextInt(7)];
            aimFlag = 0;
            List<Coverage.FlagActivity> unmet = coverage == null || aim == NO_AIM ? List.of() : coverage.neverCalled();
            if (!unmet.isEmpty() && rnd.nextBoolean()) {
                Coverage.FlagActivity pair = unmet.get(rnd.nextInt(unmet.size()));
                aim = pair.activity();
                aimFlag = pair.flag().value;
            }
        }
        if (dropping) {
            int r = rnd.nextInt(10);
            if (total == 1 && aim != NO_AIM) {
                Step s = towardsAim(w, holder(w));
                if (s != null) return s;
            }
            if (r < 2) return orNoise(transport(w));
            // Before the last release, usually say how to log off (IMPL-1); else ABORT applies (IMPL-4).
            if (total == 1 && !w.flagSaved && aimFlag != 0) return Step.logoff(holder(w), aimFlag);
            if (total == 1 && !w.flagSaved && r < 6) return logoff(holder(w));
            return Step.call(Event.RELEASE, holder(w));
        }
        if (rnd.nextInt(40) == 0) {
            burst = 2 + rnd.nextInt(12);
            return orNoise(transport(w));
        }
        int addref = total < refTarget ? 6 : 1;
        int release = total > refTarget ? 6 : total > 1 ? 2 : 0;
        int logoff = 2, submit = 2, transport = 4;
        int r = rnd.nextInt(addref + release + logoff + submit + transport);
        if ((r -= addref) < 0) return Step.call(Event.ADDREF, rnd.nextInt(clients) + 1);
        if ((r -= release) < 0) return Step.call(Event.RELEASE, caller(w));
        if ((r -= logoff) < 0) return logoff(caller(w));
        if ((r -= submit) < 0) return Step.call(Event.SUBMIT, caller(w));
        return orNoise(transport(w));
    }

    private Step refused(World w) {
        int r = rnd.nextInt(10);
        if (r < 1) return Step.call(Event.ADDREF, rnd.nextInt(clients) + 1); // opens the store again
        if (r < 2) return noise();
        return orNoise(transport(w));
    }

    /** A transport event that is enabled in {@code w}, weighted; null when none is. */
    private Step transport(World w) {
        boolean receive = w.receptionEnabled && w.state != StoreState.DRAINING;
        int sendStart = w.outbox > 0 ? 3 : 0, sendDone = w.sending > 0 ? 3 : 0;
        int receiveStart = receive ? 2 : 0, receiveDone = w.arriving > 0 ? 3 : 0;
        int total = sendStart + sendDone + receiveStart + receiveDone;
        if (total == 0) return null;
        int r = rnd.nextInt(total);
        if ((r -= sendStart) < 0) return Step.of(Event.SEND_START);
        if ((r -= sendDone) < 0) return Step.of(Event.SEND_DONE);
        if ((r -= receiveStart) < 0) return Step.of(Event.RECEIVE_START);
        return Step.of(Event.RECEIVE_DONE);
    }

    /**
     * A step that brings the activity closer to the aim before the last release, so that every
     * flag meets every activity at the StoreLogoffTransports call; null once the aim is met.
     */
    private Step towardsAim(World w, int client) {
        if (!w.receptionEnabled && w.arriving == 0) aim &= ~INBOUND; // no arrival can start
        int activity = w.activityBits();
        int missing = aim & ~activity, extra = activity & ~aim;
        if ((missing & INBOUND) != 0) return Step.of(Event.RECEIVE_START);
        if ((missing & OUTBOUND) != 0) return w.outbox > 0 ? Step.of(Event.SEND_START) : Step.call(Event.SUBMIT, client);
        if ((missing & QUEUE) != 0) return Step.call(Event.SUBMIT, client);
        if ((extra & INBOUND) != 0) return Step.of(Event.RECEIVE_DONE);
        if ((extra & QUEUE) != 0) return Step.of(Event.SEND_START);
        if ((extra & OUTBOUND) != 0) return Step.of(Event.SEND_DONE);
        return null;
    }

    private Step orNoise(Step s) {
        return s != null ? s : noise();
    }

    /** Any event by any client, whether or not the state has a row for it. */
    private Step noise() {
        Event e = EVENTS[rnd.nextInt(EVENTS.length)];
        if (!e.isClientCall()) return Step.of(e);
        int client = rnd.nextInt(clients) + 1;
        return e == Event.LOGOFF ? logoff(client) : Step.call(e, client);
    }

    private Step clientCall(int client) {
        Event e = CLIENT_CALLS[rnd.nextInt(CLIENT_CALLS.length)];
        return e == Event.LOGOFF ? logoff(client) : Step.call(e, client);
    }

    /** Mostly a client holding a reference; sometimes any client, whose call then fails. */
    private int caller(World w) {
        return rnd.nextInt(10) == 0 ? rnd.nextInt(clients) + 1 : holder(w);
    }

    /** A client holding a reference, or any client when none does. */
    private int holder(World w) {
        int holders = 0;
        for (int r : w.refs) if (r > 0) holders++;
        if (holders == 0) return rnd.nextInt(clients) + 1;
        int pick = rnd.nextInt(holders);
        for (int c = 0; c < w.refs.length; c++) {
            if (w.refs[c] > 0 && pick-- == 0) return c + 1;
        }
        throw new AssertionError("unreachable");
    }

    /**
     * StoreLogoff mostly with one valid flag (FLAGS-2); else NULL, zero, several input flags
     * (FLAGS-1), unknown bits, or output bits sent back in (FLAGS-3; decision 0008).
     */
    private Step logoff(int client) {
        int valid = VALID_FLAGS[rnd.nextInt(VALID_FLAGS.length)];
        if (rnd.nextDouble() >= invalidShare) return Step.logoff(client, valid);
        return switch (rnd.nextInt(5)) {
            case 0 -> Step.logoffNull(client);
            case 1 -> Step.logoff(client, 0);
            case 2 -> Step.logoff(client, severalInputFlags());
            case 3 -> Step.logoff(client, unknownBit() | (rnd.nextBoolean() ? valid : 0));
            default -> Step.logoff(client, outputBits() | (rnd.nextBoolean() ? valid : 0));
        };
    }

    /** A step of {@code kind}, by {@code client} when it is a client call. */
    private Step step(StepKind kind, int client) {
        Event e = kind.event();
        if (!e.isClientCall()) return Step.of(e);
        if (e != Event.LOGOFF) return Step.call(e, client);
        int valid = VALID_FLAGS[rnd.nextInt(VALID_FLAGS.length)];
        return switch (kind.argument()) {
            case StepKind.NULL -> Step.logoffNull(client);
            case StepKind.ZERO -> Step.logoff(client, 0);
            case StepKind.SEVERAL -> Step.logoff(client, severalInputFlags());
            case StepKind.UNKNOWN -> Step.logoff(client, unknownBit() | (rnd.nextBoolean() ? valid : 0));
            case StepKind.OUTPUT -> Step.logoff(client, outputBits() | (rnd.nextBoolean() ? valid : 0));
            default -> Step.logoff(client, LogoffFlag.byName(kind.argument()).value);
        };
    }

    /** Some output bits, sent back in as MFCMAPI does (decision 0008). */
    private int outputBits() {
        return (1 + rnd.nextInt(OUTPUT_MASK >>> 16)) << 16;
    }

    private int severalInputFlags() {
        int flags;
        do {
            flags = rnd.nextInt(LogoffFlag.INPUT_MASK + 1);
        } while (Integer.bitCount(flags) < 2);
        return flags;
    }

    /** One bit that is neither an input nor an output flag. */
    private int unknownBit() {
        int bit;
        do {
            bit = 1 << rnd.nextInt(32);
        } while ((bit & (LogoffFlag.INPUT_MASK | OUTPUT_MASK)) != 0);
        return bit;
    }
}
