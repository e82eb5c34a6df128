package storelogoff.verify.mutants;

import static storelogoff.verify.mutants.TableEdits.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import storelogoff.model.Action;
import storelogoff.model.Actions;
import storelogoff.model.Guard;
import storelogoff.model.HResult;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Reading;
import storelogoff.model.StoreLogoffSpec;
import storelogoff.model.StoreState;
import storelogoff.model.Transition;

/**
 * First-order mutants generated from a reading's table, one operator at a time. Each operator
 * is a small rule over rows, so a new row gets its mutants without anyone writing them.
 */
public final class MutationOperators {
    private MutationOperators() {}

    public static final List<String> OPERATORS = List.of("drop-guard", "negate-guard", "retarget", "drop-action",
            "swap-action", "replace-flag", "replace-output", "replace-hresult", "disable-event");

    /** Every generated mutant of {@code reading}'s table, in a stable order. */
    public static List<Mutant> generate(Reading reading) {
        List<Transition> table = StoreLogoffSpec.transitions(reading);
        List<Action> actionPool = distinctActions(table);
        List<Mutant> out = new ArrayList<>();
        for (Transition t : table) {
            String row = t.name();
            if (t.guard() != Guard.ALWAYS) {
                out.add(make(reading, "drop-guard", row, "", "guard of " + row + " dropped",
                        onRow(row, guard(Guard.ALWAYS)), t));
                out.add(make(reading, "negate-guard", row, "", "guard of " + row + " negated",
                        onRow(row, guard(t.guard().negate())), t));
            }
            for (StoreState s : StoreState.values()) {
                if (s != t.target()) {
                    out.add(make(reading, "retarget", row, s.name(), row + " goes to " + s + " instead of " + t.target(),
                            onRow(row, target(s)), t));
                }
            }
            for (Action a : t.actions()) {
                out.add(make(reading, "drop-action", row, a.name(), row + " no longer does " + a.name(),
                        onRow(row, dropAction(a)), t));
                Action other = nextDifferent(actionPool, a);
                out.add(make(reading, "swap-action", row, a.name() + ">" + other.name(),
                        row + " does " + other.name() + " instead of " + a.name(),
                        onRow(row, replaceAction(a, other)), t));
                for (Action alt : replacements(a, reading)) {
                    String op = alt.name().startsWith("write") ? "replace-output"
                            : alt.name().startsWith("reject") ? "replace-hresult" : "replace-flag";
                    out.add(make(reading, op, row, alt.name(), row + " does " + alt.name() + " instead of " + a.name(),
                            onRow(row, replaceAction(a, alt)), t));
                }
            }
            out.add(make(reading, "disable-event", row, "", row + " removed: its event is refused",
                    removeRow(row), t));
        }
        return out;
    }

    private static Mutant make(Reading reading, String operator, String row, String detail, String description,
                               UnaryOperator<List<Transition>> edit, Transition t) {
        String id = operator + ":" + row + (detail.isEmpty() ? "" : ":" + detail) + "@" + reading.name();
        return new Mutant(id, operator, description, t.clauses(), r -> r.equals(reading), edit);
    }

    private static List<Action> distinctActions(List<Transition> table) {
        Map<String, Action> pool = new LinkedHashMap<>();
        for (Transition t : table) for (Action a : t.actions()) pool.putIfAbsent(a.name(), a);
        return List.copyOf(pool.values());
    }

    /** The next action of the pool after {@code a}, wrapping: one swap per action keeps the count linear. */
    private static Action nextDifferent(List<Action> pool, Action a) {
        int i = 0;
        while (!pool.get(i).name().equals(a.name())) i++;
        return pool.get((i + 1) % pool.size());
    }

    /** Alternatives that change the flag saved or passed on, the output flags, or the HRESULT. */
    private static List<Action> replacements(Action a, Reading reading) {
        List<Action> alts = new ArrayList<>();
        String name = a.name();
        if (name.equals(Actions.SAVE_FLAG.name())) {
            for (LogoffFlag f : List.of(LogoffFlag.ABORT, LogoffFlag.QUIET)) {
                alts.add(new Action(Actions.SAVE_FLAG.name() + "=" + f.name(), (w, s, o) -> {
                    w.flagSaved = true;
                    w.savedFlag = f.value;
                }));
            }
        } else if (name.equals(Actions.CALL_TRANSPORTS.name())) {
            for (LogoffFlag f : List.of(LogoffFlag.ABORT, LogoffFlag.NO_WAIT)) {
                alts.add(new Action(Actions.CALL_TRANSPORTS.name() + "=" + f.name(), (w, s, o) -> {
                    Actions.CALL_TRANSPORTS.apply(w, s, o);
                    w.transportsFlag = f.value;
                }));
            }
        } else if (name.equals(Actions.writeOutput(reading).name())) {
            for (Reading.LogoffOutput out : Reading.LogoffOutput.values()) {
                if (out != reading.output()) {
                    Reading other = new Reading(reading.name(), reading.validation(), reading.abort(), out, reading.shared());
                    alts.add(new Action("writeOutput=" + out.name(), Actions.writeOutput(other).effect()));
                }
            }
            alts.add(new Action("writeOutput=0", (w, s, o) -> {
                o.outWritten = true;
                o.outFlags = 0;
            }));
        } else if (name.equals(Actions.rejectFlags(reading).name())) {
            for (HResult h : List.of(HResult.MAPI_E_INVALID_PARAMETER, HResult.MAPI_E_UNKNOWN_FLAGS, HResult.S_OK)) {
                alts.add(new Action("rejectFlags=" + h.name(), (w, s, o) -> o.hresult = h));
            }
        }
        return alts;
    }
}
