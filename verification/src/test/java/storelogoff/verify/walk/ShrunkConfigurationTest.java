package storelogoff.verify.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import storelogoff.model.Action;
import storelogoff.model.Actions;
import storelogoff.model.Guards;
import storelogoff.model.Model;
import storelogoff.model.Reading;
import storelogoff.model.StoreLogoffSpec;
import storelogoff.model.Transition;
import storelogoff.scenario.Overrides;
import storelogoff.scenario.Scenario;
import storelogoff.scenario.ScenarioException;
import storelogoff.scenario.ScenarioOptions;
import storelogoff.scenario.ScenarioParser;
import storelogoff.verify.invariants.Invariants;
import storelogoff.verify.mutants.KillMatrix;

/**
 * The shrinker may simplify the configuration (the default Inbox on, fewer clients), never the
 * reading, and only where the failure survives it (issue 11, §3). For a wrong model whose failure
 * depends on each axis, the walks' shrunk scenario is read back by the scenario parser, as
 * {@code ./storelogoff run} would read it, and replayed under the configuration it states: it must
 * fail with the invariant the walk found. Changing that axis must make it pass, which shows the
 * scenario's configuration is the one the failure needs. Seeds are fixed.
 */
class ShrunkConfigurationTest {
    private static final long SEED = 20261128L;

    /** Arrivals start whether or not the store holds the default Inbox: wrong only without it (NOWAIT-3). */
    @Test
    void failureThatNeedsTheDefaultInboxOff() {
        Function<Reading, Model> wrong = r -> changed(r, "StartArrival", t -> t.withGuard(Guards.ALWAYS));
        Scenario shrunk = caughtAndReplayed(wrong, Reading.DEFAULT, "transports-follow-their-work");
        assertThat(shrunk.options().defaultInbox()).as("the default Inbox stays off:\n%s", shrunk).isFalse();
        assertThat(replay(wrong, withDefaultInbox(shrunk, true))).as("with the default Inbox on").isNull();
    }

    /** NO_WAIT leaves reception enabled: wrong only for the store with the default Inbox (NOWAIT-3). */
    @Test
    void failureThatNeedsTheDefaultInboxOn() {
        Function<Reading, Model> wrong = KillMatrix.byId("no-wait-leaves-reception-enabled")::model;
        Scenario shrunk = caughtAndReplayed(wrong, Reading.DEFAULT, "no-wait-stops-reception");
        assertThat(shrunk.options().defaultInbox()).as("the default Inbox stays on:\n%s", shrunk).isTrue();
        assertThat(replay(wrong, withDefaultInbox(shrunk, false))).as("with the default Inbox off").isNull();
    }

    /** A third client's AddRef is counted for client 1: wrong only with three clients or more (IMPL-2). */
    @Test
    void failureThatNeedsAThirdClient() {
        Action misfiled = new Action("takeReference", (w, s, o) -> w.refs[s.client() == 3 ? 0 : s.client() - 1]++);
        Function<Reading, Model> wrong = r -> changed(r, "OpenReference", t -> t.withActions(List.of(misfiled)));
        Scenario shrunk = caughtAndReplayed(wrong, Reading.DEFAULT, "client-calls-answered");
        assertThat(shrunk.options().clients()).as("clients of the shrunk scenario:\n%s", shrunk).isEqualTo(3);
        assertThat(Shrinker.withoutClient(shrunk, 3, 0)).as("without client 3")
                .satisfies(sc -> assertThat(replay(wrong, sc)).isNull());
    }

    /** StoreLogoff writes LOGOFF_COMPLETE: right under output-complete, wrong under default (SIG-2, decision 0010). */
    @Test
    void failureThatNeedsItsReading() {
        Function<Reading, Model> wrong = r -> {
            List<Transition> rows = new ArrayList<>();
            for (Transition t : StoreLogoffSpec.transitions(r)) {
                List<Action> a = new ArrayList<>(t.actions());
                a.replaceAll(x -> x.name().equals("writeOutput") ? Actions.writeOutput(Reading.OUTPUT_COMPLETE) : x);
                rows.add(t.withActions(a));
            }
            return new Model(r, rows);
        };
        Scenario shrunk = caughtAndReplayed(wrong, Reading.DEFAULT, "output-flags-report-activity");
        assertThat(shrunk.options().reading()).isEqualTo(Reading.DEFAULT);
        assertThat(replay(wrong, shrunk.withOptions(new ScenarioOptions(Reading.OUTPUT_COMPLETE,
                shrunk.options().clients(), shrunk.options().defaultInbox())))).as("under output-complete").isNull();
    }

    /**
     * Walks {@code wrong}'s model under {@code reading} until it fails with {@code invariant},
     * then reads the printed scenario back and replays it under the configuration it states.
     */
    private static Scenario caughtAndReplayed(Function<Reading, Model> wrong, Reading reading, String invariant) {
        // The direct model alone: the shrinker is under test here; WrongModelTest replays on Spring.
        WalkConfig cfg = WalkConfig.defaults(SEED);
        WalkReport r = RandomWalks.run(wrong.apply(reading), null, Invariants.all(), cfg);
        assertThat(r.passed()).as("seed %d: the wrong model is caught", SEED).isFalse();
        Failure f = r.failure();
        assertThat(f.found().id()).as("seed %d: what the walk found: %s", SEED, f.found()).isEqualTo(invariant);
        assertThat(f.violation().id()).as("seed %d: what the shrunk scenario violates", SEED).isEqualTo(invariant);
        assertThat(f.replaysOnEngine()).as("seed %d: the shrunk scenario fails on the walked engine", SEED).isTrue();
        Scenario printed = read(f.scenarioText());
        assertThat(printed).as("seed %d: the printed scenario states the shrunk configuration", SEED).isEqualTo(f.shrunk());
        Violation v = replay(wrong, printed);
        assertThat(v).as("seed %d: the printed scenario, replayed as it says:\n%s", SEED, f.scenarioText()).isNotNull();
        assertThat(v.id()).as("seed %d: replayed:\n%s", SEED, f.scenarioText()).isEqualTo(invariant);
        return printed;
    }

    private static Scenario withDefaultInbox(Scenario sc, boolean on) {
        return sc.withOptions(new ScenarioOptions(sc.options().reading(), sc.options().clients(), on));
    }

    /** The first violation of {@code sc} on the wrong model of its own reading, or null. */
    private static Violation replay(Function<Reading, Model> wrong, Scenario sc) {
        return CheckedRun.direct(wrong.apply(sc.options().reading()), Invariants.all()).replay(sc);
    }

    /** The printed scenario as the command line's parser reads it. */
    private static Scenario read(String text) {
        try {
            return ScenarioParser.parse("shrunk.scn", text, Overrides.NONE).scenario();
        } catch (ScenarioException e) {
            throw new AssertionError("the printed scenario does not parse: " + e.getMessage() + "\n" + text, e);
        }
    }

    private static Model changed(Reading r, String row, UnaryOperator<Transition> change) {
        List<Transition> rows = new ArrayList<>();
        for (Transition t : StoreLogoffSpec.transitions(r)) rows.add(t.name().equals(row) ? change.apply(t) : t);
        return new Model(r, rows);
    }
}
