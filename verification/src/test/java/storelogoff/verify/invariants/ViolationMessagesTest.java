package storelogoff.verify.invariants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static storelogoff.scenario.ScenarioWriter.line;

import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import storelogoff.model.Event;
import storelogoff.model.HResult;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreLogoffSpec;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.verify.Invariant;
import storelogoff.verify.Watch;

/**
 * What a violation says, word for word, for the details that differ from case to case: which
 * client, how many, whether the world changed, the flag or "none", which readings may refuse.
 * A counterexample's message is what the user reads first; each world here breaks one conjunct.
 */
class ViolationMessagesTest {
    private static final Step RELEASE_2 = Step.call(Event.RELEASE, 2);

    @Test
    void aNegativeCountNamesTheClient() {
        World before = World.initial(2, true);
        assertThat(check("type", Reading.DEFAULT, before, RELEASE_2, w -> w.refs[1] = -1, null))
                .isEqualTo("refs-not-negative: client 2 holds -1 references after " + line(RELEASE_2));
    }

    @Test
    void aRefusedCallSaysWhatItReturnedAndWhetherTheWorldChanged() {
        World open = World.initial(2, true);
        assertThat(check("client-calls-answered", Reading.DEFAULT, open, RELEASE_2, w -> {}, observed(HResult.S_OK)))
                .isEqualTo("refused-call-changes-nothing: " + line(RELEASE_2) + " in OPEN by a client holding 0 references returned "
                        + HResult.S_OK + "; expected MAPI_E_INVALID_OBJECT and no change");
        assertThat(check("client-calls-answered", Reading.DEFAULT, open, RELEASE_2, w -> w.outbox = 1,
                observed(HResult.MAPI_E_INVALID_OBJECT)))
                .isEqualTo("refused-call-changes-nothing: " + line(RELEASE_2) + " in OPEN by a client holding 0 references returned "
                        + HResult.MAPI_E_INVALID_OBJECT + " and changed the world; expected MAPI_E_INVALID_OBJECT and no change");
        Step addref = Step.call(Event.ADDREF, 1);
        assertThat(check("client-calls-answered", Reading.DEFAULT, open, addref, w -> {
            w.refs[0] = 2;
            w.refs[1] = 1;
        }, observed(HResult.S_OK))).isEqualTo("moves-callers-reference: " + line(addref) + " left client 2 with 1 references instead of 0");
    }

    @Test
    void aTransportEventSaysWhetherItHappenedAndTheFlagOfTheCall() {
        World open = World.initial(1, true);
        Step send = Step.of(Event.SEND_START);
        Observation fired = new Observation();
        fired.fired = StoreLogoffSpec.transitions(Reading.DEFAULT).get(0);
        assertThat(check("transports-follow-their-work", Reading.DEFAULT, open, send, w -> w.sending = 1, fired))
                .isEqualTo("only-when-allowed: " + line(send) + " happened in OPEN with Outbox 0, sending 0, arriving 0, reception on");
        World draining = new World(1, false);
        draining.state = StoreState.DRAINING;
        draining.outbox = 2;
        draining.transportsCalls = 1;
        draining.transportsFlag = LogoffFlag.NO_WAIT.value;
        assertThat(check("transports-follow-their-work", Reading.DEFAULT, draining, send, w -> {}, new Observation()))
                .isEqualTo("happens-when-allowed: " + line(send) + " did not happen in DRAINING with Outbox 2, sending 0, arriving 0,"
                        + " reception off, after StoreLogoffTransports(LOGOFF_NO_WAIT)");
    }

    @Test
    void droppedArrivalsAreCounted() {
        World draining = World.initial(1, true);
        draining.refs[0] = 0;
        draining.state = StoreState.DRAINING;
        draining.receptionEnabled = false;
        draining.transportsCalls = 1;
        draining.transportsFlag = LogoffFlag.NO_WAIT.value;
        draining.returned = 1;
        Step done = Step.of(Event.RECEIVE_DONE);
        assertThat(check("no-wait-stops-reception", Reading.DEFAULT, draining, done, w -> w.returned = 3, new Observation()))
                .isEqualTo("arrivals-kept: " + line(done) + " dropped 2 in-process arrivals under LOGOFF_NO_WAIT");
    }

    @Test
    void referencesALogoffMovesNameTheClientAndWhetherTheStoreIsShared() {
        Reading literal = Reading.byName("rem3-literal");
        World shared = World.initial(2, true);
        shared.refs[1] = 1;
        Step logoff = Step.logoff(1, LogoffFlag.NO_WAIT.value);
        assertThat(check("shared-logoff-releases-caller", literal, shared, logoff, w -> {}, observed(HResult.S_OK)))
                .isEqualTo("callers-references: " + line(logoff) + " on a shared store left client 1 with 1 references instead of 0");
        assertThat(check("shared-logoff-releases-caller", literal, shared, logoff, w -> {
            w.refs[0] = 0;
            w.refs[1] = 0;
        }, observed(HResult.S_OK))).isEqualTo("others-references: " + line(logoff)
                + " on a shared store left client 2 with 0 references instead of 1");
        World alone = World.initial(2, true);
        assertThat(check("shared-logoff-releases-caller", literal, alone, logoff, w -> w.refs[0] = 0, observed(HResult.S_OK)))
                .isEqualTo("callers-references: " + line(logoff) + " by the sole user left client 1 with 0 references instead of 1");
        assertThat(check("logoff-leaves-references", Reading.DEFAULT, shared, logoff, w -> w.refs[1] = 0,
                observed(HResult.S_OK))).isEqualTo("references-kept: " + line(logoff) + " changed client 2's references from 1 to 0");
    }

    @Test
    void flagsAndOutputsSayNoneOrNothingWhenThereAreNone() {
        World open = World.initial(1, true);
        Step logoff = Step.logoff(1, LogoffFlag.ORDERLY.value);
        assertThat(check("last-flag-is-passed", Reading.DEFAULT, open, logoff, w -> {}, observed(HResult.S_OK)))
                .isEqualTo("accepted-flag-saved: " + line(logoff) + " was accepted but the saved flag is none instead of LOGOFF_ORDERLY");
        assertThat(check("output-flags-report-activity", Reading.DEFAULT, open, logoff, w -> {}, observed(HResult.S_OK)))
                .isEqualTo("logoff-writes-per-reading: " + line(logoff) + " wrote nothing to *lpulFlags but the " + Reading.DEFAULT
                        + " reading requires " + LogoffFlag.format(0) + " (activity " + LogoffFlag.format(0) + ")");
        assertThat(check("flush-queues-iff-purge", Reading.DEFAULT, open, logoff, w -> w.flushQueues = true, observed(HResult.S_OK)))
                .isEqualTo("only-for-purge: FlushQueues was called although StoreLogoffTransports got no call yet");
    }

    @Test
    void aRefusalSaysWhichFlagsMayRefuseUnderTheReading() {
        World active = World.initial(1, true);
        active.outbox = 1;
        Step release = Step.call(Event.RELEASE, 1);
        Consumer<World> refusedByOrderly = w -> {
            w.state = StoreState.REFUSED;
            w.transportsCalls = 1;
            w.transportsFlag = LogoffFlag.ORDERLY.value;
        };
        String orderly = "refusing-flag: StoreLogoffTransports(LOGOFF_ORDERLY) refused the logoff; only QUIET";
        assertThat(check("only-quiet-and-abort-refuse", Reading.DEFAULT, active, release, refusedByOrderly, observed(HResult.S_OK)))
                .isEqualTo(orderly + (Reading.DEFAULT.abort() == Reading.AbortWhileActive.REFUSE ? " and ABORT" : "") + " may refuse");
        assertThat(check("only-quiet-and-abort-refuse", Reading.ABORT_STOPS, active, release, refusedByOrderly, observed(HResult.S_OK)))
                .isEqualTo(orderly + " may refuse");
        assertThat(Reading.DEFAULT.abort()).isEqualTo(Reading.AbortWhileActive.REFUSE);
    }

    @Test
    void aQuietRefusalThatChangedActivitySaysEveryCountBeforeAndAfter() {
        World active = World.initial(1, true);
        active.outbox = 2;
        active.sending = 1;
        Step release = Step.call(Event.RELEASE, 1);
        assertThat(check("quiet-refuses-while-active", Reading.DEFAULT, active, release, w -> {
            w.refs[0] = 0;
            w.state = StoreState.REFUSED;
            w.transportsCalls = 1;
            w.transportsFlag = LogoffFlag.QUIET.value;
            w.outbox = 1;
            w.flushQueues = true;
        }, observed(HResult.S_OK))).isEqualTo("refusal-leaves-activity: StoreLogoffTransports(LOGOFF_QUIET) met activity "
                + LogoffFlag.format(active.activityBits()) + " but transport activity changed: outbox 2->1, sending 1->1,"
                + " arriving 0->0, reception true->true, FlushQueues called");
        assertThat(check("quiet-refuses-while-active", Reading.DEFAULT, active, release, w -> {
            w.refs[0] = 0;
            w.state = StoreState.REFUSED;
            w.transportsCalls = 1;
            w.transportsFlag = LogoffFlag.QUIET.value;
            w.receptionEnabled = false;
        }, observed(HResult.S_OK))).endsWith("but transport activity changed: outbox 2->2, sending 1->1, arriving 0->0, reception true->false");
    }

    @Test
    void theCatalogueFindsEachInvariantByIdAndDescribesIt() {
        for (Invariant inv : Invariants.all()) {
            assertThat(Invariants.byId(inv.id()).id()).isEqualTo(inv.id());
            assertThat(inv.description()).as("%s describes itself", inv.id()).isNotBlank().endsWith(".");
            assertThat(inv).hasToString(inv.id() + " " + inv.clauses());
        }
        assertThatThrownBy(() -> Invariants.byId("no-such-invariant")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown invariant 'no-such-invariant'");
        assertThatThrownBy(() -> new Spec("twice", "Declares one part twice.", Watch.EVERY_STEP) {
            {
                conjunct("part", "one");
                conjunct("part", "again");
            }

            @Override
            public String check(Reading reading, World before, Step step, World after, Observation observed) {
                return null;
            }
        }).isInstanceOf(IllegalStateException.class).hasMessage("twice declares conjunct part twice");
    }

    private static Observation observed(HResult h) {
        Observation o = new Observation();
        o.hresult = h;
        return o;
    }

    /** The invariant's verdict on {@code step} from {@code before} to {@code before} changed by {@code after}. */
    private static String check(String id, Reading reading, World before, Step step, Consumer<World> after, Observation o) {
        World a = before.copy();
        after.accept(a);
        return Invariants.byId(id).check(reading, before, step, a, o == null ? new Observation() : o);
    }
}
