package storelogoff.conform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.Reading;
import storelogoff.scenario.ObservedField;

/** The kit's walks: only the adapter's steps, at most the steps asked for, numbered and judged by the kit's reading. */
class SuitesWalkTest {

    @Test
    void walksKeepToTheAdaptersStepsAndTheirLength() {
        Hello hello = Hello.of("sample", List.of(Event.ADDREF, Event.RELEASE, Event.LOGOFF), List.of(ObservedField.RESULT));
        SplittableRandom seeds = new SplittableRandom(11);
        List<Case> walks = new ArrayList<>();
        for (int k = 1; k <= 100; k++) walks.add(Suites.walk(k, seeds.split(), hello, Reading.byName("abort-stops"), 3, 3));
        for (int k = 1; k <= walks.size(); k++) {
            Case c = walks.get(k - 1);
            assertThat(c.name()).isEqualTo("walk " + k);
            assertThat(c.suite()).isEqualTo(Suite.WALKS);
            assertThat(c.options().reading()).isEqualTo(Reading.byName("abort-stops"));
            assertThat(c.options().clients()).isBetween(1, 3);
            assertThat(c.steps()).hasSizeBetween(1, 3).allSatisfy(s -> assertThat(hello.steps()).contains(s.event()));
        }
        assertThat(walks).as("walks as long as asked").anyMatch(c -> c.steps().size() == 3);
        assertThat(walks).as("fewer clients sometimes").anyMatch(c -> c.options().clients() < 3);
        assertThat(walks).as("no default Inbox sometimes").anyMatch(c -> !c.options().defaultInbox());
    }

    @Test
    void aPlanHoldsOnlyTheChosenSuites() {
        Hello hello = Hello.of("sample", List.of(Event.ADDREF, Event.RELEASE, Event.LOGOFF), List.of(ObservedField.RESULT));
        Suites.Plan pairs = Suites.plan(hello, Reading.DEFAULT, java.util.EnumSet.of(Suite.PAIRS));
        assertThat(pairs.pairs()).isNotEmpty();
        assertThat(pairs.rows()).isEmpty();
        assertThat(pairs.readings()).isEmpty();
        assertThat(pairs.states()).isPositive();
        Suites.Plan readings = Suites.plan(hello, Reading.DEFAULT, java.util.EnumSet.of(Suite.READINGS));
        assertThat(readings.rows()).isEmpty();
        assertThat(readings.pairs()).isEmpty();
        assertThat(readings.states()).isZero();
    }
}
