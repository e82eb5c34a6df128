package storelogoff.verify.explore;

import storelogoff.model.Reading;
import storelogoff.model.StoreState;
import storelogoff.verify.Invariant;
import storelogoff.verify.TestInvariant;

/** Small invariants for the explorer's own tests; the real ones live in storelogoff.verify.invariants. */
final class TestInvariants {
    private TestInvariants() {}

    /** QUIET-1: the final release refuses (store stays) only while transports are active. */
    static final Invariant REFUSED_ONLY_WHILE_ACTIVE = TestInvariant.of("test-refused-only-while-active",
            "The store is refused only while transports are active.",
            (reading, before, step, after, observed) ->
                    before.state != StoreState.REFUSED && after.state == StoreState.REFUSED && before.activityBits() == 0
                            ? "refused with transports quiet: " + after : null,
            "QUIET-1", "ABORT-3");

    /** Fails once a message is sent (OUT-1), a few levels deep: a search that a violation stops part-way. */
    static final Invariant NO_MAIL_SENT = TestInvariant.of("test-no-mail-sent", "No message is ever sent.",
            (reading, before, step, after, observed) -> after.sent > 0 ? "sent " + after.sent : null, "OUT-1");

    /** Holds under the default reading only, and says so: the explorer must leave it out elsewhere. */
    static final Invariant NEVER_UNDER_OTHER_READINGS = TestInvariant.of("test-default-reading-only",
            "Applies to the default reading only; fails on any step elsewhere.",
            (reading, before, step, after, observed) -> reading.equals(Reading.DEFAULT) ? null : "checked under " + reading.name())
            .onlyUnder(Reading.DEFAULT::equals);
}
