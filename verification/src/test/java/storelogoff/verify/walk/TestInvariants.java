package storelogoff.verify.walk;

import java.util.List;

import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.verify.Invariant;

/**
 * Two simple invariants of the walks' own, so these tests do not depend on the real ones
 * (storelogoff.verify.invariants); wrong models in the tests break them on purpose.
 */
final class TestInvariants {
    private TestInvariants() {}

    /** A reference count is never negative (IMPL-2). */
    static final Invariant REFS_NEVER_NEGATIVE = new Simple("test-refs-never-negative", "IMPL-2",
            "No client ever holds fewer than zero references.") {
        @Override
        public String check(Reading reading, World before, Step step, World after, Observation observed) {
            for (int c = 1; c <= after.clients(); c++) {
                if (after.refsOf(c) < 0) return "client " + c + " holds " + after.refsOf(c) + " references";
            }
            return null;
        }
    };

    /** StoreLogoffTransports is called at most once per logoff cycle (IMPL-2). */
    static final Invariant TRANSPORTS_AT_MOST_ONCE = new Simple("test-transports-at-most-once", "IMPL-2",
            "StoreLogoffTransports is called at most once in a logoff cycle.") {
        @Override
        public String check(Reading reading, World before, Step step, World after, Observation observed) {
            return after.transportsCalls <= 1 ? null
                    : "StoreLogoffTransports was called " + after.transportsCalls + " times in one cycle";
        }
    };

    static final List<Invariant> BOTH = List.of(REFS_NEVER_NEGATIVE, TRANSPORTS_AT_MOST_ONCE);

    private abstract static class Simple implements Invariant {
        private final String id;
        private final String clause;
        private final String description;

        Simple(String id, String clause, String description) {
            this.id = id;
            this.clause = clause;
            this.description = description;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public List<String> clauses() {
            return List.of(clause);
        }

        @Override
        public String description() {
            return description;
        }
    }
}
