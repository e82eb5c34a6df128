package storelogoff.verify.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import storelogoff.verify.Invariant;
import storelogoff.verify.invariants.Invariants;

/**
 * The walks' table of which invariants a kind of step wakes is built once per list of
 * invariants: every walk run and every shrink builds a checker, and building the table was most
 * of a short run's time. Checkers of other invariants get a table of their own.
 */
class WatchersTest {

    @Test
    void checkersOfTheSameInvariantsShareOneTable() {
        Invariant[] all = Invariants.all().toArray(Invariant[]::new);
        Invariant[] fewer = Arrays.copyOf(all, all.length - 1);
        assertThat(new Watchers(all).sharesTableWith(new Watchers(all.clone()))).as("the same invariants, in order").isTrue();
        assertThat(new Watchers(all).sharesTableWith(new Watchers(fewer))).as("one invariant fewer").isFalse();
    }
}
