package storelogoff.verify.walk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import storelogoff.model.Event;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Step;
import storelogoff.scenario.Scenario;

/**
 * Shrinks a failing scenario: ddmin over its steps, pairs of steps that only go together, then
 * simpler arguments (a simpler logoff flag, client 1 for another client, clients merged or
 * removed, the default Inbox on), repeated until
 * nothing changes. A candidate is kept only when the oracle fails it with the same violation id,
 * so the result fails for the reason the walk found. Every move makes the scenario strictly
 * simpler, so shrinking ends.
 */
public final class Shrinker {

    /** The shrunk scenario, its violation as the oracle saw it, and how many candidates ran. */
    public record Result(Scenario scenario, Violation violation, int candidates) {}

    /** The canonical logoff arguments, simplest first: the valid flags, then 0, then NULL. */
    private static final Step[] CANONICAL = {Step.logoff(1, LogoffFlag.NO_WAIT.value), Step.logoff(1, LogoffFlag.ORDERLY.value),
            Step.logoff(1, LogoffFlag.PURGE.value), Step.logoff(1, LogoffFlag.ABORT.value), Step.logoff(1, LogoffFlag.QUIET.value),
            Step.logoff(1, 0), Step.logoffNull(1)};

    /** Pairs are tried only in scenarios this short: their count grows with the square. */
    private static final int MAX_PAIR_STEPS = 40;

    private final Function<Scenario, Violation> oracle;
    private final String id;
    private final Map<Scenario, Violation> tried = new HashMap<>();
    private Violation last;

    private Shrinker(Function<Scenario, Violation> oracle, String id) {
        this.oracle = oracle;
        this.id = id;
    }

    /**
     * Shrinks {@code failing}, which the walk saw violate {@code id}. When the oracle does not
     * reproduce that violation, the scenario comes back unshrunk with what the oracle saw.
     */
    public static Result shrink(Scenario failing, String id, Function<Scenario, Violation> oracle) {
        Shrinker s = new Shrinker(oracle, id);
        if (!s.fails(failing)) return new Result(failing, s.last, s.tried.size());
        Scenario current = s.truncate(failing);
        while (true) {
            Scenario round = current;
            current = current.withSteps(DeltaDebugging.ddmin(current.steps(), steps -> s.fails(round.withSteps(steps))));
            current = s.removePairs(current);
            current = s.simplifyFlags(current);
            current = s.simplifyClients(current);
            if (!current.options().defaultInbox()) {
                current = s.keepIfFails(current.withOptions(current.options().withDefaultInbox(true)), current);
            }
            if (current.equals(round)) break;
            current = s.truncate(current);
        }
        s.fails(current);
        return new Result(current, s.last, s.tried.size());
    }

    /** Whether the oracle fails {@code sc} with the same id; remembers the violation seen. */
    private boolean fails(Scenario sc) {
        Violation v;
        if (tried.containsKey(sc)) {
            v = tried.get(sc);
        } else {
            v = oracle.apply(sc);
            tried.put(sc, v);
        }
        last = v;
        return v != null && v.id().equals(id);
    }

    private Scenario keepIfFails(Scenario candidate, Scenario current) {
        return fails(candidate) ? candidate : current;
    }

    /** Drops the steps after the failing one (the run is deterministic). */
    private Scenario truncate(Scenario sc) {
        fails(sc);
        int end = last.index() + 1;
        return end < sc.steps().size() ? sc.withSteps(sc.steps().subList(0, end)) : sc;
    }

    /** Each StoreLogoff argument to the simplest one that still fails. */
    private Scenario simplifyFlags(Scenario current) {
        for (int i = 0; i < current.steps().size(); i++) {
            Step s = current.steps().get(i);
            if (s.event() != Event.LOGOFF) continue;
            for (Step simpler : simplerArguments(s)) {
                Scenario candidate = replace(current, i, simpler);
                if (fails(candidate)) {
                    current = candidate;
                    break;
                }
            }
        }
        return current;
    }

    /** Arguments strictly simpler than {@code s}'s, simplest first. */
    static List<Step> simplerArguments(Step s) {
        List<Step> out = new ArrayList<>();
        int rank = rank(s);
        for (Step c : CANONICAL) {
            Step candidate = new Step(Event.LOGOFF, s.client(), c.flags(), c.nullFlags());
            if (rank(candidate) < rank) out.add(candidate);
        }
        if (!s.nullFlags() && Integer.bitCount(s.flags()) > 1) {
            for (int bit = 0; bit < 32; bit++) {
                int fewer = s.flags() & ~(1 << bit);
                if (fewer != s.flags()) out.add(Step.logoff(s.client(), fewer));
            }
        }
        return out;
    }

    /** Simplicity of a logoff argument: one valid flag, then 0, then NULL, then by bit count. */
    static int rank(Step s) {
        if (s.nullFlags()) return 6;
        if (s.flags() == 0) return 5;
        LogoffFlag single = LogoffFlag.singleInput(s.flags());
        if (single != null) return single.ordinal();
        return 6 + Integer.bitCount(s.flags());
    }

    /**
     * Removes two steps at once where that still fails: ddmin leaves pairs that only go together,
     * such as an addref and its release, or an arrival's start and its end.
     */
    private Scenario removePairs(Scenario current) {
        if (current.steps().size() > MAX_PAIR_STEPS) return current;
        for (int i = 0; i < current.steps().size(); i++) {
            for (int j = i + 1; j < current.steps().size(); j++) {
                List<Step> steps = new ArrayList<>(current.steps());
                steps.remove(j);
                steps.remove(i);
                Scenario candidate = current.withSteps(steps);
                if (fails(candidate)) {
                    current = candidate;
                    j = i; // the step now at i is new: pair it from the start
                }
            }
        }
        return current;
    }

    /** Client 1 for single calls, then whole clients merged into lower ones or removed. */
    private Scenario simplifyClients(Scenario current) {
        for (int i = 0; i < current.steps().size(); i++) {
            Step s = current.steps().get(i);
            if (s.event().isClientCall() && s.client() != 1) {
                current = keepIfFails(replace(current, i, new Step(s.event(), 1, s.flags(), s.nullFlags())), current);
            }
        }
        for (int c = current.options().clients(); c >= 2; c--) {
            Scenario simpler = withoutClient(current, c, 0);
            for (int into = 1; into < c && !fails(simpler); into++) simpler = withoutClient(current, c, into);
            current = keepIfFails(simpler, current);
        }
        return current;
    }

    /**
     * {@code sc} without client {@code c}: its calls made by client {@code into} instead, or
     * dropped when {@code into} is 0; the clients above {@code c} renumbered down.
     */
    static Scenario withoutClient(Scenario sc, int c, int into) {
        List<Step> steps = new ArrayList<>();
        for (Step s : sc.steps()) {
            if (!s.event().isClientCall() || s.client() < c) steps.add(s);
            else if (s.client() > c) steps.add(new Step(s.event(), s.client() - 1, s.flags(), s.nullFlags()));
            else if (into > 0) steps.add(new Step(s.event(), into, s.flags(), s.nullFlags()));
        }
        return new Scenario(sc.options().withClients(sc.options().clients() - 1), steps);
    }

    private static Scenario replace(Scenario sc, int i, Step s) {
        List<Step> steps = new ArrayList<>(sc.steps());
        steps.set(i, s);
        return sc.withSteps(steps);
    }
}
