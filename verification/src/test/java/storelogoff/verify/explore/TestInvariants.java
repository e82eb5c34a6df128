package storelogoff.verify.explore;

import java.util.List;

import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.verify.Invariant;

/** Small invariants for the explorer's own tests; the real ones live in storelogoff.verify.invariants. */
final class TestInvariants {
    private TestInvariants() {}

    /** QUIET-1: the final release refuses (store stays) only while transports are active. */
    static final Invariant REFUSED_ONLY_WHILE_ACTIVE = new Invariant() {
        @Override
        public String id() {
            return "test-refused-only-while-active";
        }

        @Override
        public List<String> clauses() {
            return List.of("QUIET-1", "ABORT-3");
        }

        @Override
        public String description() {
            return "The store is refused only while transports are active.";
        }

        @Override
        public String check(Reading reading, World before, Step step, World after, Observation observed) {
            if (before.state != StoreState.REFUSED && after.state == StoreState.REFUSED && before.activityBits() == 0) {
                return "refused with transports quiet: " + after;
            }
            return null;
        }
    };

    /** Holds under the default reading only, and says so: the explorer must leave it out elsewhere. */
    static final Invariant NEVER_UNDER_OTHER_READINGS = new Invariant() {
        @Override
        public String id() {
            return "test-default-reading-only";
        }

        @Override
        public List<String> clauses() {
            return List.of();
        }

        @Override
        public String description() {
            return "Applies to the default reading only; fails on any step elsewhere.";
        }

        @Override
        public boolean appliesTo(Reading reading) {
            return reading.equals(Reading.DEFAULT);
        }

        @Override
        public String check(Reading reading, World before, Step step, World after, Observation observed) {
            return reading.equals(Reading.DEFAULT) ? null : "checked under " + reading.name();
        }
    };
}
