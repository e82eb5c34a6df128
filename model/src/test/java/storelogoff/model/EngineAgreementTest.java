package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The direct engine and the Spring Statemachine run the same declaration; this replays one long
 * fixed sequence on both and compares them after every step ({@link LockstepMachine}). The
 * sequence is a set of short scenarios, each from the initial world, that between them fire
 * every row under every reading, then a long tail drawn from {@link #SEED}, so every run
 * replays it exactly. In the tail, a RELEASED store is reset to the initial world.
 */
@DisplayName("Both engines agree world-for-world and observation-for-observation under every reading")
class EngineAgreementTest {
    static final long SEED = 0x5704E10FFL;
    static final int TAIL = 3000;

    static Stream<Reading> readings() {
        return Stream.concat(Reading.ALL.stream(),
                Stream.of(Reading.byName("lenient-flags+abort-stops+output-unchanged+rem3-literal")));
    }

    /** Scenarios that together fire every row; each starts from the initial world. */
    static final List<UnaryOperator<StoreDriver>> SCENARIOS = List.of(
            // Idle logoffs under each flag, and none (IMPL-4).
            d -> d.logoff(LogoffFlag.QUIET).release().spoolerRelease().addref(),
            d -> d.logoff(LogoffFlag.NO_WAIT).release(),
            d -> d.logoff(LogoffFlag.PURGE).release(),
            d -> d.logoff(LogoffFlag.ORDERLY).release(),
            StoreDriver::release,
            // The transports at work while the store is open.
            d -> d.submit().sendStart().sendDone().receiveStart().receiveDone().release(),
            // Bad input, then a valid flag.
            d -> d.logoffFlags(0).logoffFlags(0x3).logoffFlags(0x20).logoffFlags(0xFFFFFFFF).logoffNull()
                    .logoff(LogoffFlag.NO_WAIT).release(),
            // Drains: NO_WAIT ends on an arrival, PURGE and ORDERLY on a send.
            d -> d.submit().sendStart().submit().receiveStart().receiveStart().logoff(LogoffFlag.NO_WAIT).release()
                    .receiveStart().sendDone().receiveDone().sendStart().sendDone().receiveDone().spoolerRelease(),
            d -> d.submit().receiveStart().logoff(LogoffFlag.PURGE).release().receiveDone().sendStart().sendDone(),
            d -> d.submit().sendStart().submit().sendStart().receiveStart().logoff(LogoffFlag.ORDERLY).release()
                    .sendStart().receiveDone().sendDone().sendDone(),
            // Refusals: the transports carry on, then a client reopens the store.
            d -> d.submit().receiveStart().logoff(LogoffFlag.QUIET).release().sendStart().receiveStart()
                    .sendDone().receiveDone().receiveDone().spoolerRelease().client(2).addref().client(2).release(),
            d -> d.submit().sendStart().receiveStart().logoff(LogoffFlag.ABORT).release().sendDone().receiveDone()
                    .addref().release(),
            // A shared store (REM-2, REM-3).
            d -> {
                d.client(2).addref();
                d.addref().release().logoff(LogoffFlag.ORDERLY).client(2).submit();
                return d.client(2).release().release().submit();
            });

    @ParameterizedTest(name = "{0}")
    @MethodSource("readings")
    @DisplayName("the same fixed sequence gives the same world and observation on both engines, and fires every row")
    void enginesAgree(Reading reading) {
        World initial = World.initial(2, true);
        LockstepMachine lockstep = new LockstepMachine(new Model(reading), initial);
        StoreDriver d = StoreDriver.on(lockstep);
        for (UnaryOperator<StoreDriver> scenario : SCENARIOS) {
            lockstep.reset(initial);
            scenario.apply(d);
        }

        lockstep.reset(initial);
        List<Step> alphabet = SampleWorlds.steps();
        Random random = new Random(SEED);
        for (int i = 0; i < TAIL; i++) {
            Step step = alphabet.get(random.nextInt(alphabet.size()));
            d.run(step);
            if (d.state() == StoreState.RELEASED && step.event() != Event.SPOOLER_RELEASE) lockstep.reset(initial);
        }

        List<String> rows = lockstep.model().transitions().stream().map(Transition::name).toList();
        assertThat(lockstep.fired()).as("under %s (seed %#x, %d steps) the sequence must fire every row",
                reading, SEED, lockstep.steps()).containsAll(rows);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readings")
    @DisplayName("reset into a world of every state, then any single step: both engines agree")
    void enginesAgreeAfterReset(Reading reading) {
        Model model = new Model(reading);
        LockstepMachine lockstep = new LockstepMachine(model, World.initial(2, true));
        for (StoreState state : StatePaths.ALL) {
            World there = StatePaths.reach(StoreDriver.start(Engine.DIRECT, reading), state).snapshot();
            for (Step step : SampleWorlds.steps()) {
                lockstep.reset(there);
                lockstep.apply(step, new Observation());
            }
        }
        assertThat(lockstep.steps()).as("steps tried under %s", reading)
                .isEqualTo(StatePaths.ALL.size() * SampleWorlds.steps().size());
    }
}
