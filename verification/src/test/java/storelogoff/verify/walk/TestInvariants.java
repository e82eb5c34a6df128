package storelogoff.verify.walk;

import java.util.List;

import storelogoff.verify.Invariant;
import storelogoff.verify.TestInvariant;

/**
 * Two simple invariants of the walks' own, so these tests do not depend on the real ones
 * (storelogoff.verify.invariants); wrong models in the tests break them on purpose.
 */
final class TestInvariants {
    private TestInvariants() {}

    /** A reference count is never negative (IMPL-2). */
    static final Invariant REFS_NEVER_NEGATIVE = TestInvariant.of("test-refs-never-negative",
            "No client ever holds fewer than zero references.", (reading, before, step, after, observed) -> {
                for (int c = 1; c <= after.clients(); c++) {
                    if (after.refsOf(c) < 0) return "client " + c + " holds " + after.refsOf(c) + " references";
                }
                return null;
            }, "IMPL-2");

    /** StoreLogoffTransports is called at most once per logoff cycle (IMPL-2). */
    static final Invariant TRANSPORTS_AT_MOST_ONCE = TestInvariant.of("test-transports-at-most-once",
            "StoreLogoffTransports is called at most once in a logoff cycle.",
            (reading, before, step, after, observed) -> after.transportsCalls <= 1 ? null
                    : "StoreLogoffTransports was called " + after.transportsCalls + " times in one cycle", "IMPL-2");

    static final List<Invariant> BOTH = List.of(REFS_NEVER_NEGATIVE, TRANSPORTS_AT_MOST_ONCE);
}
