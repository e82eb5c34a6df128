package storelogoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.scenario.Overrides;
import storelogoff.scenario.ScenarioFile;
import storelogoff.scenario.ScenarioException;
import storelogoff.scenario.ScenarioParser;
import storelogoff.scenario.ScenarioStep;
import storelogoff.verify.Alphabet;
import storelogoff.verify.Bounds;
import storelogoff.verify.Invariant;
import storelogoff.verify.explore.Explorer;
import storelogoff.verify.explore.LivenessProperty;
import storelogoff.verify.invariants.Invariants;
import storelogoff.verify.walk.WalkConfig;
import storelogoff.verify.mutants.KillMatrix;
import storelogoff.verify.mutants.Mutant;
import storelogoff.verify.mutants.NamedMutants;

/**
 * Every counterexample file {@code verify --mutant} writes, for every named mutant: the command
 * printed for it replays it with {@code run}, and its steps show the violation it is named for.
 */
class CounterexampleReplayTest {

    static Stream<Mutant> namedMutants() {
        return NamedMutants.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namedMutants")
    void everyFileVerifyWritesReplaysAndShowsItsViolation(Mutant mutant, @TempDir Path dir) throws Exception {
        Reading reading = Reading.ALL.stream().filter(mutant::appliesTo).findFirst().orElseThrow();
        Cli verify = Cli.run("verify", "--mutant", mutant.id(), "--reading", reading.name(), "--walks", "0",
                "--cross-check", "none", "--out", dir.toString());
        if (verify.exit() == 0) {
            // As the kill matrix does: a mutant the bounds cannot reach goes to the random walks.
            WalkConfig w = KillMatrix.WALKS;
            verify = Cli.run("verify", "--mutant", mutant.id(), "--reading", reading.name(), "--walks", String.valueOf(w.walks()),
                    "--steps", String.valueOf(w.maxSteps()), "--walk-clients", String.valueOf(w.clients()),
                    "--seed", String.valueOf(w.seed()), "--cross-check", "none", "--out", dir.toString());
        }
        assertThat(verify.exit()).as("%s", verify).isEqualTo(1);
        List<Path> files;
        try (Stream<Path> listed = Files.list(dir)) {
            files = listed.sorted().toList();
        }
        assertThat(files).as("files written").isNotEmpty();
        for (Path file : files) {
            String text = Files.readString(file);
            String replay = text.lines().findFirst().orElseThrow().replaceFirst("^# replay: ", "");
            assertThat(verify.out()).as("stdout names %s with its command", file)
                    .contains("counterexample " + file + "\n  replay: " + replay + "\n");
            assertThat(replay).isEqualTo("./storelogoff run --mutant " + mutant.id() + " " + file);

            // The printed command, as pasted (with --json to count the steps it ran).
            List<String> args = new ArrayList<>(Arrays.asList(replay.split(" ")).subList(1, replay.split(" ").length));
            args.add(1, "--json");
            Cli run = Cli.run(args.toArray(String[]::new));
            ScenarioFile scenario = ScenarioParser.parse(file, Overrides.NONE);
            assertThat(run.exit()).as("%s", run).isZero();
            assertThat(run.outLines()).as("the settings, then the steps").hasSize(scenario.steps().size() + 1);

            String property = file.getFileName().toString().replaceFirst("^" + reading.name() + "-", "").replace(".scn", "");
            assertThat(scenario.options().reading()).isEqualTo(reading);
            showsItsViolation(mutant.model(reading), scenario, property, text);
        }
    }

    /** Replays the scenario on the mutant and checks that it breaks {@code property} as the file says. */
    private static void showsItsViolation(Model model, ScenarioFile scenario, String property, String text)
            throws ScenarioException {
        List<Step> steps = scenario.steps().stream().map(ScenarioStep::step).toList();
        List<World> worlds = new ArrayList<>();
        World w = scenario.options().initialWorld();
        worlds.add(w.copy());
        Observation o = new Observation();
        Invariant invariant = Invariants.all().stream().filter(i -> i.id().equals(property)).findFirst().orElse(null);
        for (int i = 0; i < steps.size(); i++) {
            World before = w.copy();
            if (property.equals(Explorer.DETERMINISTIC) && i == steps.size() - 1) {
                assertThat(model.enabledCount(before, steps.get(i))).as("rows enabled for the last step").isGreaterThan(1);
                return;
            }
            model.step(w, steps.get(i), o);
            worlds.add(w.copy());
            if (invariant != null) {
                String violated = invariant.checkIfWatched(model.reading(), before, steps.get(i), w, o);
                if (i < steps.size() - 1) assertThat(violated).as("%s before the last step", property).isNull();
                else assertThat(violated).as("%s at the last step", property).isNotNull();
            }
        }
        if (invariant != null) return;
        LivenessProperty liveness = Arrays.stream(LivenessProperty.values()).filter(p -> p.id.equals(property))
                .findFirst().orElseThrow(() -> new AssertionError("unknown property " + property));
        int loopStart = loopStart(text);
        if (loopStart >= 0) {
            assertThat(w).as("%s: the cycle returns to where it started", liveness).isEqualTo(worlds.get(loopStart));
            assertThat(steps.subList(loopStart, steps.size())).as("the cycle changes the world").isNotEmpty();
        } else if (liveness == LivenessProperty.NO_STUCK_STATE) {
            for (Step s : Alphabet.steps(scenario.options().clients())) {
                World after = w.copy();
                model.step(after, s, new Observation());
                assertThat(after).as("%s changes nothing", s).isEqualTo(w);
            }
        } else {
            assertThat(reachesReleased(model, w)).as("%s: RELEASED is out of reach", liveness).isFalse();
        }
    }

    /** The index of the first step of the cycle the file marks, or -1. */
    private static int loopStart(String text) {
        int steps = 0;
        for (String line : text.lines().toList()) {
            if (line.equals("# the cycle starts here")) return steps;
            String code = line.replaceFirst("#.*", "").strip();
            if (!code.isEmpty() && !code.startsWith("set ")) steps++;
        }
        return -1;
    }

    /** Whether some steps within the default bounds lead from {@code start} to RELEASED. */
    private static boolean reachesReleased(Model model, World start) {
        Bounds bounds = Bounds.DEFAULT;
        Set<World> seen = new HashSet<>(List.of(start));
        ArrayDeque<World> queue = new ArrayDeque<>(seen);
        while (!queue.isEmpty()) {
            World w = queue.poll();
            if (w.state == StoreState.RELEASED) return true;
            for (Step s : Alphabet.steps(bounds.clients())) {
                if (!bounds.allows(w, s)) continue;
                World next = w.copy();
                model.step(next, s, new Observation());
                if (seen.add(next)) queue.add(next.copy());
            }
        }
        return false;
    }
}
