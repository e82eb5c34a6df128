package storelogoff.trace;

import java.util.List;

import storelogoff.model.Event;
import storelogoff.model.StoreState;

/**
 * The first step where the implementation and the model disagree.
 *
 * @param line    the step's line in the trace file
 * @param step    the step as scenario text, e.g. {@code c2 logoff NO_WAIT}
 * @param event   the step's event
 * @param fields  every field the trace gives for the step: the implementation's value against the model's
 * @param basis   how {@code rows} were chosen (docs/trace-format.md, "Clauses at stake")
 * @param state   the model's state before the step
 * @param rows    the names of the table rows at stake
 * @param clauses the clause ids at stake: the rows' clauses, then those of each differing field
 */
public record Divergence(int line, String step, Event event, List<FieldCheck> fields, Basis basis, StoreState state,
                         List<String> rows, List<String> clauses) {

    public Divergence {
        fields = List.copyOf(fields);
        rows = List.copyOf(rows);
        clauses = List.copyOf(clauses);
    }

    /** Which rows of the transition table a divergence is about. */
    public enum Basis {
        /** The row the model fired for the step. */
        FIRED,
        /** No row fired (a refused client call or a DISABLED event): every row of that state and event. */
        NONE_FIRED,
        /** The state has no row for the event at all: the rows that lead into the state. */
        INTO_STATE
    }

    public List<FieldCheck> differing() {
        return fields.stream().filter(FieldCheck::differs).toList();
    }
}
