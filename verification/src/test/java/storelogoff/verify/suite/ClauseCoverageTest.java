package storelogoff.verify.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import storelogoff.model.Reading;
import storelogoff.model.StoreLogoffSpec;
import storelogoff.model.Transition;
import storelogoff.verify.Clauses;
import storelogoff.verify.Invariant;
import storelogoff.verify.docs.TraceabilityDoc;
import storelogoff.verify.invariants.Invariants;
import storelogoff.verify.mutants.NamedMutants;

/** Every clause of the page is checked, and everything that cites a clause cites a real one. */
class ClauseCoverageTest {
    private static final Path REPO = Path.of(System.getProperty("storelogoff.repo"));
    private final Clauses clauses = Clauses.load(REPO);

    @Test
    void everyClauseHasAnInvariantOrATest() {
        TraceabilityDoc.Trace trace = new TraceabilityDoc(REPO).trace();
        List<String> unchecked = new ArrayList<>();
        for (String id : clauses.ids()) if (!trace.checked(id)) unchecked.add(id);
        assertThat(unchecked).as("clauses of %s that no invariant or test checks", Clauses.PATH).isEmpty();
    }

    @Test
    void rowsInvariantsAndMutantsCiteRealClauses() {
        Set<String> cited = new LinkedHashSet<>();
        for (Reading r : Reading.ALL) for (Transition t : StoreLogoffSpec.transitions(r)) cited.addAll(t.clauses());
        for (Invariant i : Invariants.all()) cited.addAll(i.clauses());
        NamedMutants.all().forEach(m -> cited.addAll(m.clauses()));
        assertThat(clauses.unknown(cited)).as("clause ids cited but not in clauses.md").isEmpty();
        assertThat(Clauses.cited("ABORT-1..4 and QUIET-1")).containsExactly("ABORT-1", "ABORT-2", "ABORT-3", "ABORT-4", "QUIET-1");
    }
}
