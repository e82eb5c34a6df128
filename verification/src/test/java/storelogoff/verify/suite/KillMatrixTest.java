package storelogoff.verify.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import storelogoff.model.Reading;
import storelogoff.verify.Bounds;
import storelogoff.verify.Invariant;
import storelogoff.verify.explore.LivenessProperty;
import storelogoff.verify.invariants.Invariants;
import storelogoff.verify.docs.KillMatrixDoc;
import storelogoff.verify.mutants.EquivalentMutants;
import storelogoff.verify.mutants.Kill;
import storelogoff.verify.mutants.Mutant;
import storelogoff.verify.mutants.NamedMutants;

/** The suite has teeth: every mutant that can change behaviour is killed, and every property kills some. */
class KillMatrixTest {
    /** A named mutant that goes wrong only at a client's fourth reference. */
    private static final String WALKS_ONLY = "refcount-wraps-at-four";
    private final List<Kill> kills = KillMatrixDoc.kills();

    @Test
    @DisplayName("no mutant survives unless an equivalence rule explains why")
    void noUnexplainedSurvivor() {
        List<String> survivors = kills.stream().filter(k -> k.verdict() == Kill.Verdict.SURVIVED)
                .map(k -> k.mutant().id() + " (" + k.mutant().description() + ")").toList();
        assertThat(survivors).as("survivors are gaps in the suite: sharpen an invariant or explain them in EquivalentMutants")
                .isEmpty();
    }

    @Test
    @DisplayName("every named mutant is killed under every reading it applies to")
    void everyNamedMutantKilled() {
        for (Mutant m : NamedMutants.all()) {
            List<Kill> mine = kills.stream().filter(k -> k.mutant().id().equals(m.id())).toList();
            assertThat(mine).as("%s runs under some reading", m.id()).isNotEmpty();
            assertThat(mine).as("%s: %s", m.id(), m.description()).allMatch(k -> k.verdict() == Kill.Verdict.KILLED);
        }
    }

    @Test
    @DisplayName("the random walks kill a mutant whose wrong behaviour lies beyond the exhaustive bounds")
    void walksKillWhatTheBoundsCannotReach() {
        List<Kill> wraps = kills.stream().filter(k -> k.mutant().id().equals(WALKS_ONLY)).toList();
        assertThat(wraps).as("%s runs under every reading", WALKS_ONLY).hasSize(Reading.ALL.size());
        assertThat(wraps).as("%s needs a fourth reference; the bounds allow %d", WALKS_ONLY, Bounds.DEFAULT.refs())
                .allSatisfy(k -> {
                    assertThat(k.verdict()).isEqualTo(Kill.Verdict.KILLED);
                    assertThat(k.by()).as("found by, under %s", k.reading().name()).isEqualTo("walks");
                });
    }

    @Test
    @DisplayName("every equivalence rule explains a surviving mutant and none that is killed")
    void equivalenceRulesAreCurrent() {
        for (String rule : EquivalentMutants.rules().keySet()) {
            Pattern p = Pattern.compile(rule);
            List<Kill> matched = kills.stream().filter(k -> p.matcher(k.mutant().id()).find()).toList();
            assertThat(matched).as("rule %s explains some mutant", rule).isNotEmpty();
            assertThat(matched).as("rule %s claims killed mutants are equivalent", rule)
                    .allMatch(k -> k.verdict() == Kill.Verdict.EQUIVALENT);
        }
    }

    @Test
    @DisplayName("client symmetry gives every mutant the verdict and broken property it has without (decision 0025)")
    void symmetryKeepsEveryVerdict() throws Exception {
        assertThat(SymmetricKills.differences(kills)).as("mutants whose verdict symmetry changes").isEmpty();
    }

    @Test
    @DisplayName("every invariant and liveness property kills at least one mutant under each reading it applies to")
    void everyPropertyCanFail() {
        List<String> idle = new ArrayList<>();
        for (Reading r : Reading.ALL) {
            Set<String> killers = kills.stream().filter(k -> k.reading().equals(r)).flatMap(k -> k.killers().stream())
                    .collect(Collectors.toSet());
            for (Invariant inv : Invariants.forReading(r)) if (!killers.contains(inv.id())) idle.add(inv.id() + "@" + r);
        }
        Map<String, Long> liveness = kills.stream().flatMap(k -> k.killers().stream())
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        for (LivenessProperty p : LivenessProperty.values()) if (!liveness.containsKey(p.id)) idle.add(p.id);
        assertThat(idle).as("properties no mutant violates: add a wrong variant they catch").isEmpty();
    }
}
