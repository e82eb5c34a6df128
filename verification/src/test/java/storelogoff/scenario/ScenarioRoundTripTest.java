package storelogoff.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Reading;
import storelogoff.model.Step;

/**
 * What {@link ScenarioWriter} writes, {@link ScenarioParser} reads back as the same scenario:
 * generated scenarios with every kind of step, every form of flags, every client and every
 * directive, with comments in front. The seed is fixed, so a failure reproduces.
 */
@DisplayName("FLAGS-1, FLAGS-2: written scenarios parse back to the scenario written")
class ScenarioRoundTripTest {
    private static final long SEED = 20_240_917L;
    private static final int SCENARIOS = 300;

    /** The forms a flags argument is written in. */
    enum FlagForm { NAME, OR_ED, HEX, ZERO, NULL }

    @Test
    void generatedScenariosRoundTrip() throws ScenarioException {
        SplittableRandom rnd = new SplittableRandom(SEED);
        List<Reading> readings = readings();
        Set<Event> events = EnumSet.noneOf(Event.class);
        Set<FlagForm> forms = EnumSet.noneOf(FlagForm.class);
        Set<Integer> clients = new TreeSet<>(), callers = new TreeSet<>();
        Set<String> readingsSeen = new TreeSet<>();
        Set<Boolean> inbox = new TreeSet<>();
        for (int n = 0; n < SCENARIOS; n++) {
            ScenarioOptions o = new ScenarioOptions(readings.get(rnd.nextInt(readings.size())),
                    1 + rnd.nextInt(ScenarioOptions.MAX_CLIENTS), rnd.nextBoolean());
            List<Step> steps = new ArrayList<>();
            for (int i = rnd.nextInt(25); i > 0; i--) steps.add(step(rnd, o.clients()));
            Scenario scenario = new Scenario(o, steps);
            String text = ScenarioWriter.write(scenario, List.of("scenario " + n + " (seed " + SEED + ")",
                    "a comment with => and # and set clients 9 in it", ""));

            assertThat(ScenarioParser.parse("gen.scn", text, Overrides.NONE).scenario())
                    .as("scenario %d read back from:%n%s", n, text).isEqualTo(scenario);

            readingsSeen.add(o.reading().name());
            clients.add(o.clients());
            inbox.add(o.defaultInbox());
            for (Step s : steps) {
                events.add(s.event());
                if (s.event().isClientCall()) callers.add(s.client());
                if (s.event() == Event.LOGOFF) forms.add(form(ScenarioWriter.line(s)));
            }
        }
        assertThat(events).as("events").containsExactlyInAnyOrder(Event.values());
        assertThat(forms).as("flag forms").containsExactlyInAnyOrder(FlagForm.values());
        assertThat(clients).as("clients directives").hasSize(ScenarioOptions.MAX_CLIENTS);
        assertThat(callers).as("calling clients").hasSize(ScenarioOptions.MAX_CLIENTS);
        assertThat(readingsSeen).as("readings").containsAll(Reading.names()).anyMatch(r -> r.contains("+"));
        assertThat(inbox).as("default-inbox on and off").hasSize(2);
    }

    /** Every named reading, and every pair that combines (different axes). */
    private static List<Reading> readings() {
        List<Reading> out = new ArrayList<>(Reading.ALL);
        for (Reading a : Reading.ALL) {
            for (Reading b : Reading.ALL) {
                if (a == Reading.DEFAULT || b == Reading.DEFAULT || a == b) continue;
                Reading both;
                try {
                    both = Reading.byName(a.name() + "+" + b.name());
                } catch (Reading.Contradiction e) {
                    continue; // two readings of one axis: refused, not a scenario's reading
                }
                if (both.name().equals(a.name() + "+" + b.name()) && !both.equals(b)) out.add(both);
            }
        }
        return out;
    }

    private static Step step(SplittableRandom rnd, int clients) {
        Event e = Event.values()[rnd.nextInt(Event.values().length)];
        if (!e.isClientCall()) return Step.of(e);
        int client = 1 + rnd.nextInt(clients);
        if (e != Event.LOGOFF) return Step.call(e, client);
        return switch (FlagForm.values()[rnd.nextInt(FlagForm.values().length)]) {
            case NULL -> Step.logoffNull(client);
            case ZERO -> Step.logoff(client, 0);
            case NAME -> Step.logoff(client, inputFlag(rnd).value);
            case OR_ED -> Step.logoff(client, inputFlag(rnd).value
                    | LogoffFlag.values()[rnd.nextInt(LogoffFlag.values().length)].value | inputFlag(rnd).value);
            case HEX -> Step.logoff(client, rnd.nextInt() | 0x20); // 0x20 is no LOGOFF_* bit
        };
    }

    private static LogoffFlag inputFlag(SplittableRandom rnd) {
        List<LogoffFlag> inputs = java.util.Arrays.stream(LogoffFlag.values()).filter(f -> f.input).toList();
        return inputs.get(rnd.nextInt(inputs.size()));
    }

    /** The form a written logoff line's flags take. */
    private static FlagForm form(String line) {
        String flags = line.substring(line.lastIndexOf(' ') + 1);
        if (flags.equals("null")) return FlagForm.NULL;
        if (flags.equals("0")) return FlagForm.ZERO;
        if (flags.startsWith("0x")) return FlagForm.HEX;
        return flags.contains("|") ? FlagForm.OR_ED : FlagForm.NAME;
    }
}
