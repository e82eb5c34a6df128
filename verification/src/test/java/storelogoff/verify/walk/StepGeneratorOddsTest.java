package storelogoff.verify.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;

/**
 * What the generator does in one world, over many draws from fixed seeds: transport events that
 * the world enables (noise aside), client calls of every kind while draining and as noise, calls
 * mostly by a holder, and probes of a kind not yet tried, by any client. Shares are loose bounds
 * around what each choice promises, not its tuning.
 */
class StepGeneratorOddsTest {
    private static final int CLIENTS = 3;
    private static final int DRAWS = 3000;

    @Test
    void whileDrainingTheTransportsFinishTheWorkThereIs() {
        World arriving = draining();
        arriving.arriving = 1;
        Map<Event, Integer> n = events(draws(arriving, null));
        assertThat(share(n, Event.RECEIVE_DONE)).isGreaterThan(0.6);
        assertThat(share(n, Event.SEND_START) + share(n, Event.SEND_DONE) + share(n, Event.RECEIVE_START))
                .as("disabled transport events, as noise only").isLessThan(0.02);

        World all = draining();
        all.outbox = 1;
        all.sending = 1;
        all.arriving = 1;
        Map<Event, Integer> m = events(draws(all, null));
        for (Event e : List.of(Event.SEND_START, Event.SEND_DONE, Event.RECEIVE_DONE)) {
            assertThat(share(m, e)).as("%s among three enabled", e).isBetween(0.15, 0.45);
        }
        assertThat(share(m, Event.RECEIVE_START)).as("reception is off while draining").isLessThan(0.01);
        for (Event call : List.of(Event.ADDREF, Event.RELEASE, Event.SUBMIT, Event.LOGOFF)) {
            assertThat(share(m, call)).as("%s tried while draining", call).isGreaterThan(0.02);
        }
    }

    @Test
    void noiseInAnIdleStoreIsAnyEvent() {
        World idle = draining();
        idle.state = StoreState.IDLE;
        List<Step> steps = draws(idle, null);
        Map<Event, Integer> n = events(steps);
        for (Event e : Event.values()) assertThat(share(n, e)).as("%s as noise", e).isGreaterThan(0.01);
    }

    @Test
    void callsInAnOpenStoreAreMostlyByAHolder() {
        World open = World.initial(CLIENTS, true);
        open.refs[0] = 0;
        open.refs[1] = 3;
        Predicate<Step> byCaller = s -> s.event() == Event.RELEASE || s.event() == Event.SUBMIT || s.event() == Event.LOGOFF;
        List<Step> calls = draws(open, null).stream().filter(byCaller).toList();
        assertThat(calls).hasSizeGreaterThan(300);
        assertThat((double) calls.stream().filter(s -> s.client() == 2).count() / calls.size()).as("by client 2, the holder")
                .isGreaterThan(0.7);
    }

    @Test
    void probesAreOfTheUntriedKindsByAnyClient() {
        Coverage c = new Coverage(new Model(Reading.DEFAULT).transitions());
        World open = World.initial(CLIENTS, true);
        StepKind submit = StepKind.of(Step.call(Event.SUBMIT, 1)), release = StepKind.of(Step.of(Event.SPOOLER_RELEASE)),
                several = StepKind.of(Step.logoff(1, LogoffFlag.NO_WAIT.value | LogoffFlag.PURGE.value));
        for (StepKind k : StepKind.values()) {
            if (k.equals(submit) || k.equals(release) || k.equals(several)) continue;
            c.stepped(open, example(k), open, new Observation());
        }
        assertThat(c.untried(StoreState.OPEN)).containsExactlyInAnyOrder(submit, release, several);
        List<Step> steps = draws(open, c);
        assertThat(steps.stream().filter(s -> StepKind.of(s).equals(release)).count()).as("spooler releases probed")
                .isGreaterThan(DRAWS / 20);
        assertThat(steps).filteredOn(s -> !s.event().isClientCall()).allMatch(s -> s.client() == 0);
        assertThat(steps.stream().filter(s -> StepKind.of(s).equals(several)).count()).as("several flags probed")
                .isGreaterThan(DRAWS / 20);
        assertThat(steps.stream().filter(s -> StepKind.of(s).equals(submit)).map(Step::client).distinct())
                .containsExactlyInAnyOrder(1, 2, 3);
    }

    private static World draining() {
        World w = new World(CLIENTS, true);
        w.state = StoreState.DRAINING;
        w.transportsCalls = 1;
        w.transportsFlag = LogoffFlag.NO_WAIT.value;
        return w;
    }

    /** A step of kind {@code k} by client 1. */
    private static Step example(StepKind k) {
        if (k.event() != Event.LOGOFF) return k.event().isClientCall() ? Step.call(k.event(), 1) : Step.of(k.event());
        return switch (k.argument()) {
            case StepKind.NULL -> Step.logoffNull(1);
            case StepKind.ZERO -> Step.logoff(1, 0);
            case StepKind.SEVERAL -> Step.logoff(1, LogoffFlag.NO_WAIT.value | LogoffFlag.PURGE.value);
            case StepKind.UNKNOWN -> Step.logoff(1, 0x400);
            case StepKind.OUTPUT -> Step.logoff(1, LogoffFlag.COMPLETE.value);
            default -> Step.logoff(1, LogoffFlag.byName(k.argument()).value);
        };
    }

    /** {@link #DRAWS} steps drawn in {@code w}, from generators of 100 seeds, the world unchanged. */
    private static List<Step> draws(World w, Coverage coverage) {
        List<Step> out = new java.util.ArrayList<>();
        for (long seed = 0; seed < 100; seed++) {
            StepGenerator g = new StepGenerator(new SplittableRandom(seed), CLIENTS, coverage);
            for (int i = 0; i < DRAWS / 100; i++) out.add(g.next(w.copy()));
        }
        return out;
    }

    private static Map<Event, Integer> events(List<Step> steps) {
        Map<Event, Integer> n = new EnumMap<>(Event.class);
        for (Step s : steps) n.merge(s.event(), 1, Integer::sum);
        return n;
    }

    private static double share(Map<Event, Integer> n, Event e) {
        return (double) n.getOrDefault(e, 0) / DRAWS;
    }
}
