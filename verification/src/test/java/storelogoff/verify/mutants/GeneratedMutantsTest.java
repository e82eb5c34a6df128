package storelogoff.verify.mutants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import storelogoff.model.Action;
import storelogoff.model.Event;
import storelogoff.model.Guard;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreLogoffSpec;
import storelogoff.model.StoreState;
import storelogoff.model.Transition;
import storelogoff.model.World;

/**
 * The generated mutants without running them: which there are (the committed kill matrix lists
 * every one, named first, then each reading's generated ones in order), and that each edit does
 * what its id says to its row. The whole matrix is judged by {@code KillMatrixTest}.
 */
class GeneratedMutantsTest {

    @Test
    void everyReadingGetsTheMutantsTheKillMatrixLists() throws IOException {
        List<String> committed = committedIds();
        for (Reading r : Reading.ALL) {
            List<Mutant> generated = MutationOperators.generate(r);
            assertThat(generated).extracting(Mutant::id).as("generated under %s", r.name())
                    .isEqualTo(committed.stream().filter(id -> id.endsWith("@" + r.name())).toList());
            for (Mutant m : generated) {
                assertThat(Reading.ALL.stream().filter(m::appliesTo)).as("readings of %s", m).containsExactly(r);
                assertThat(m).hasToString(m.id());
            }
        }
        assertThat(KillMatrix.mutants()).extracting(Mutant::id).containsExactlyElementsOf(committed.stream().distinct().toList());
    }

    @Test
    void eachOperatorChangesItsRowAsItsIdSays() {
        Reading r = Reading.DEFAULT;
        Transition quiet = row(StoreLogoffSpec.transitions(r), "QuietRefused");
        assertThat(quiet.guard()).isNotEqualTo(Guard.ALWAYS);
        assertThat(edited("drop-guard:QuietRefused@default", "QuietRefused").guard()).isEqualTo(Guard.ALWAYS);
        assertThat(edited("negate-guard:QuietRefused@default", "QuietRefused").guard().label())
                .isEqualTo(quiet.guard().negate().label());
        assertThat(edited("retarget:QuietRefused:IDLE@default", "QuietRefused").target()).isEqualTo(StoreState.IDLE);
        Mutant retarget = KillMatrix.byId("retarget:QuietRefused:IDLE@default");
        assertThat(retarget.description()).isEqualTo("QuietRefused goes to IDLE instead of " + quiet.target());
        assertThat(retarget.clauses()).isEqualTo(quiet.clauses());
        assertThat(retarget.operator()).isEqualTo("retarget");
        assertThat(KillMatrix.byId("retarget:QuietRefused:" + quiet.target() + "@default")).as("its own target").isNull();
        assertThat(KillMatrix.byId("disable-event:QuietRefused@default").model(r).transitions())
                .extracting(Transition::name).doesNotContain("QuietRefused").hasSize(StoreLogoffSpec.transitions(r).size() - 1);
    }

    @Test
    void aFlagReplacementStillCallsStoreLogoffTransportsWithTheOtherFlag() {
        Transition t = edited("replace-flag:NoWaitIdle:callStoreLogoffTransports=ABORT@default", "NoWaitIdle");
        Action call = t.actions().stream().filter(a -> a.name().equals("callStoreLogoffTransports=ABORT")).findFirst().orElseThrow();
        World w = World.initial(1, true);
        w.flagSaved = true;
        w.savedFlag = LogoffFlag.NO_WAIT.value;
        call.apply(w, Step.call(Event.RELEASE, 1), new Observation());
        assertThat(w.transportsCalls).isEqualTo(1);
        assertThat(w.transportsFlag).isEqualTo(LogoffFlag.ABORT.value);

        Action save = edited("replace-flag:SaveLogoffFlag:saveFlag=QUIET@default", "SaveLogoffFlag").actions().stream()
                .filter(a -> a.name().equals("saveFlag=QUIET")).findFirst().orElseThrow();
        World s = World.initial(1, true);
        save.apply(s, Step.logoff(1, LogoffFlag.NO_WAIT.value), new Observation());
        assertThat(s.flagSaved).isTrue();
        assertThat(s.savedFlag).isEqualTo(LogoffFlag.QUIET.value);
    }

    @Test
    void noWaitAbandoningTheOutboxStillDrainsWhatIsInProcess() {
        // no-wait-abandons-outbox: NO_WAIT's last release drains while sends or arrivals run, idles otherwise.
        Mutant m = KillMatrix.byId("no-wait-abandons-outbox");
        List<Transition> table = m.edit().apply(StoreLogoffSpec.transitions(Reading.DEFAULT));
        Guard drains = row(table, "NoWaitDrains").guard(), idles = row(table, "NoWaitIdle").guard();
        Step release = Step.call(Event.RELEASE, 1);
        World both = World.initial(1, true);
        both.flagSaved = true;
        both.savedFlag = LogoffFlag.NO_WAIT.value;
        both.sending = 1;
        both.arriving = 1;
        assertThat(drains.test(both, release)).isTrue();
        assertThat(idles.test(both, release)).isFalse();
        World outboxOnly = both.copy();
        outboxOnly.sending = 0;
        outboxOnly.arriving = 0;
        outboxOnly.outbox = 1;
        assertThat(drains.test(outboxOnly, release)).isFalse();
        assertThat(idles.test(outboxOnly, release)).as("the Outbox forgotten").isTrue();
    }

    @Test
    void aMissingActionIsNamedWithItsRow() {
        Transition open = row(StoreLogoffSpec.transitions(Reading.DEFAULT), "OpenReference");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TableEdits.replaceAction(
                        storelogoff.model.Actions.FLUSH_QUEUES, open.actions().get(0)).apply(open))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("row OpenReference has no action flushQueues");
    }

    @Test
    void equivalenceRulesExplainOnlyTheMutantsTheyName() {
        String lenient = "replace-hresult:RejectLogoffFlags:rejectFlags=MAPI_E_INVALID_PARAMETER@lenient-flags";
        assertThat(EquivalentMutants.reason(lenient)).startsWith("The lenient reading rejects only a NULL pointer");
        assertThat(EquivalentMutants.reason("replace-flag:NoWaitIdle:callStoreLogoffTransports=NO_WAIT@abort-stops"))
                .startsWith("Under strict validation these rows fire only when the saved flag is exactly LOGOFF_NO_WAIT");
        assertThat(EquivalentMutants.reason("replace-flag:NoWaitIdle:callStoreLogoffTransports=NO_WAIT@lenient-flags")).isNull();
        assertThat(EquivalentMutants.reason("retarget:QuietRefused:IDLE@default")).isNull();
        assertThat(EquivalentMutants.rules()).hasSize(3).containsValue(EquivalentMutants.reason(lenient));
    }

    private static Transition edited(String mutant, String row) {
        Mutant m = KillMatrix.byId(mutant);
        assertThat(m).as(mutant).isNotNull();
        return row(m.model(Reading.ALL.stream().filter(m::appliesTo).findFirst().orElseThrow()).transitions(), row);
    }

    private static Transition row(List<Transition> table, String name) {
        return table.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /** The mutant ids of the kill matrix's "Every mutant" table, one per row (a named mutant once per reading). */
    private static List<String> committedIds() throws IOException {
        String doc = Files.readString(Path.of(System.getProperty("storelogoff.repo"), "docs/verification/kill-matrix.md"),
                StandardCharsets.UTF_8).replace("\r\n", "\n");
        return doc.substring(doc.indexOf("\n## Every mutant\n")).lines().filter(l -> l.startsWith("| `"))
                .map(l -> l.substring(3, l.indexOf('`', 3))).toList();
    }
}
