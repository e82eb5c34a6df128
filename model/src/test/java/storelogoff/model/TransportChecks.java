package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions about the transports that several clause groups share. */
final class TransportChecks {
    private TransportChecks() {}

    /** Every submitted message and every arrival is accounted for: nothing was lost. */
    static void assertNothingLost(StoreDriver d, String clause) {
        World w = d.world();
        assertThat(w.outbox + w.sending + w.sent)
                .as(d.at("%s: every submitted message is in the Outbox, being sent or sent", clause))
                .isEqualTo(w.submitted);
        assertThat(w.arriving + w.received + w.returned)
                .as(d.at("%s: every arrival is arriving, received or returned to its transport", clause))
                .isEqualTo(w.arrivals);
    }

    /** The transports' work and reception are exactly as in {@code before}. */
    static void assertActivityUntouched(World before, StoreDriver d, String clause) {
        World w = d.world();
        assertThat(new int[] {w.outbox, w.sending, w.arriving})
                .as(d.at("%s: Outbox, sends and arrivals untouched (before: outbox=%d sending=%d arriving=%d)",
                        clause, before.outbox, before.sending, before.arriving))
                .containsExactly(before.outbox, before.sending, before.arriving);
        assertThat(w.receptionEnabled).as(d.at("%s: reception untouched", clause)).isEqualTo(before.receptionEnabled);
    }

    /**
     * The transports go on working as if no logoff had been asked for: in-process sends and
     * arrivals finish, the Outbox is sent, and a new message can arrive. The state never changes.
     */
    static void assertTransportsCarryOn(StoreDriver d, String clause) {
        StoreState state = d.state();
        while (d.world().sending > 0) expectOk(d.sendDone(), state, clause);
        while (d.world().outbox > 0) expectOk(expectOk(d.sendStart(), state, clause).sendDone(), state, clause);
        while (d.world().arriving > 0) expectOk(d.receiveDone(), state, clause);
        expectOk(expectOk(d.receiveStart(), state, clause).receiveDone(), state, clause);
        assertThat(d.world().sent).as(d.at("%s: every submitted message was sent", clause)).isEqualTo(d.world().submitted);
        assertThat(d.world().received).as(d.at("%s: every arrival was received", clause)).isEqualTo(d.world().arrivals);
    }

    private static StoreDriver expectOk(StoreDriver d, StoreState state, String clause) {
        assertThat(d.result()).as(d.at("%s: the transports carry on in %s", clause, state)).isEqualTo("OK");
        assertThat(d.state()).as(d.at("%s: transport activity leaves the store %s", clause, state)).isEqualTo(state);
        return d;
    }
}
