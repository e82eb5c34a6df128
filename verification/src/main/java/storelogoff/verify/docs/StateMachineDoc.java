package storelogoff.verify.docs;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import storelogoff.model.Action;
import storelogoff.model.Event;
import storelogoff.model.Reading;
import storelogoff.model.StoreLogoffSpec;
import storelogoff.model.StoreState;
import storelogoff.model.Transition;
import storelogoff.scenario.ScenarioWriter;
import storelogoff.verify.Bounds;
import storelogoff.verify.diff.Distinction;
import storelogoff.verify.diff.ReadingDiff;

/**
 * {@code docs/state-machine.md}: the diagram of the default reading, the rows each other
 * reading changes with its own diagram, the shortest scenario telling each reading from the
 * default, and the table of every row of every reading with its clauses.
 */
public final class StateMachineDoc implements GeneratedDoc {

    /** What makes two rows the same behaviour: names and clause lists aside. */
    record RowKey(StoreState source, Event event, String guard, List<String> actions, StoreState target) {
        static RowKey of(Transition t) {
            return new RowKey(t.source(), t.event(), t.guard().label(), actionNames(t), t.target());
        }
    }

    @Override
    public String path() {
        return "docs/state-machine.md";
    }

    @Override
    public String render() {
        Map<Reading, List<Transition>> tables = new LinkedHashMap<>();
        for (Reading r : Reading.ALL) tables.put(r, StoreLogoffSpec.transitions(r));
        List<Transition> defaults = tables.get(Reading.DEFAULT);

        StringBuilder b = new StringBuilder();
        b.append("<!-- Generated from StoreLogoffSpec.transitions(reading) by `").append(GeneratedDocs.REGENERATE)
                .append("`. Do not edit: change the model, then regenerate. -->\n\n");
        b.append("# The StoreLogoff state machine\n\n");
        b.append(INTRO);
        b.append("## The default reading\n\n").append(fenced(DiagramRenderer.mermaid(defaults)));

        b.append("## Readings that change the table\n\n");
        List<Reading> sameRows = new ArrayList<>();
        for (Reading r : Reading.ALL) {
            if (r == Reading.DEFAULT) continue;
            List<Transition> rows = tables.get(r);
            if (keys(rows).equals(keys(defaults))) {
                sameRows.add(r);
                continue;
            }
            b.append("### `").append(r).append("`\n\n");
            b.append("Changes from the default: ").append(axesChanged(r)).append(".\n\n");
            b.append("| | name | from | event | guard | actions | to | clauses |\n|---|---|---|---|---|---|---|---|\n");
            for (Transition t : only(rows, defaults)) rowLine(b, "only in `" + r + "`", t);
            for (Transition t : only(defaults, rows)) rowLine(b, "only in `default`", t);
            b.append('\n').append(fenced(DiagramRenderer.mermaid(rows)));
        }
        if (!sameRows.isEmpty()) {
            b.append("### Readings with the default's rows\n\n");
            b.append("These readings keep every row; they change what a guard or an action computes:\n\n");
            for (Reading r : sameRows) b.append("- `").append(r).append("`: ").append(axesChanged(r)).append('\n');
            b.append('\n');
        }

        b.append("## Telling each reading from the default\n\n");
        b.append("The shortest scenario whose observable behaviour differs (breadth-first search over both models, ")
                .append("within ").append(Bounds.DEFAULT).append("; `./storelogoff diff` prints these as scenario files).\n\n");
        b.append("| reading | scenario | differing step | default vs reading |\n|---|---|---|---|\n");
        for (Reading r : Reading.ALL) {
            if (r == Reading.DEFAULT) continue;
            b.append("| `").append(r).append("` | ");
            ReadingDiff.compare(Reading.DEFAULT, r, Bounds.DEFAULT).distinction().ifPresentOrElse(
                    d -> b.append(scenarioCell(d)).append(" | ").append(d.firstDifferingStep() + 1).append(" | ")
                            .append(cell(String.join("; ", d.differences()))).append(" |\n"),
                    () -> b.append("none within bounds | | |\n"));
        }
        b.append('\n');

        b.append("## Transition table\n\n");
        b.append("Every row of every reading, in declaration order. The last column names the readings that have the row.\n\n");
        b.append("| name | from | event | guard | actions | to | clauses | readings |\n|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<Transition, List<Reading>> e : merged(tables).entrySet()) {
            Transition t = e.getKey();
            b.append("| ").append(t.name()).append(" | ").append(cells(t)).append(" | ")
                    .append(String.join(", ", t.clauses())).append(" | ").append(readingsCell(e.getValue())).append(" |\n");
        }
        return b.toString();
    }

    private static final String INTRO = """
            This page is generated from the model's single declaration of `IMsgStore::StoreLogoff`, \
            the transition table `StoreLogoffSpec.transitions(reading)`; the verification suite runs exactly these rows. \
            While clients hold references the store is OPEN and StoreLogoff only checks and saves its flag \
            (FLAGS-1, FLAGS-2, IMPL-1, IMPL-3). Releasing the last reference calls StoreLogoffTransports once, \
            with the saved flag or LOGOFF_ABORT when none was saved (IMPL-2, IMPL-4). That flag decides what follows: \
            the store is DRAINING while transports finish the work the flag waits for, IDLE until the spooler \
            releases it (RELEASED), or REFUSED when QUIET or ABORT meets active transports (QUIET-1, ABORT-3). \
            Edges are labelled `event [guard]`; the actions and clause ids of each row are in the table at the end. \
            A client call that matches no row fails with MAPI_E_INVALID_OBJECT and changes nothing; a transport or \
            spooler event that matches no row cannot happen. Where the page allows more than one interpretation, \
            a reading (`Reading`) settles it; the readings that change rows get their own diagram below.

            """;

    private static String fenced(String mermaid) {
        return "```mermaid\n" + mermaid + "```\n\n";
    }

    private static List<String> actionNames(Transition t) {
        return t.actions().stream().map(Action::name).toList();
    }

    private static Set<RowKey> keys(List<Transition> rows) {
        return rows.stream().map(RowKey::of).collect(Collectors.toSet());
    }

    /** Rows of {@code rows} with no row of the same behaviour in {@code others}. */
    static List<Transition> only(List<Transition> rows, List<Transition> others) {
        Set<RowKey> otherKeys = keys(others);
        return rows.stream().filter(t -> !otherKeys.contains(RowKey.of(t))).toList();
    }

    /** The axes on which {@code r} departs from the default, e.g. {@code abort = STOP_THEN_RELEASE}. */
    static String axesChanged(Reading r) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : Reading.class.getRecordComponents()) {
            if (c.getName().equals("name")) continue;
            Object mine = value(c, r);
            if (!mine.equals(value(c, Reading.DEFAULT))) out.add(c.getName() + " = " + mine);
        }
        return out.isEmpty() ? "nothing" : String.join(", ", out);
    }

    private static Object value(RecordComponent c, Reading r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read Reading." + c.getName(), e);
        }
    }

    /**
     * Every distinct row of every reading with the readings that have it. A row one reading adds
     * goes right after the row that precedes it in that reading's table.
     */
    static Map<Transition, List<Reading>> merged(Map<Reading, List<Transition>> tables) {
        List<Transition> order = new ArrayList<>();
        Map<Transition, List<Reading>> holders = new LinkedHashMap<>();
        for (Map.Entry<Reading, List<Transition>> e : tables.entrySet()) {
            int at = 0;
            for (Transition t : e.getValue()) {
                Transition same = order.stream().filter(o -> sameRow(o, t)).findFirst().orElse(null);
                if (same == null) {
                    order.add(at, t);
                    same = t;
                    holders.put(t, new ArrayList<>());
                }
                holders.get(same).add(e.getKey());
                at = order.indexOf(same) + 1;
                // Step past rows this reading replaces, so its own rows follow the ones they replace.
                while (at < order.size() && !has(e.getValue(), order.get(at))) at++;
            }
        }
        Map<Transition, List<Reading>> out = new LinkedHashMap<>();
        for (Transition t : order) out.put(t, holders.get(t));
        return out;
    }

    private static boolean has(List<Transition> rows, Transition t) {
        return rows.stream().anyMatch(r -> sameRow(r, t));
    }

    /** Same behaviour, same name and same clauses: one line of the full table. */
    private static boolean sameRow(Transition a, Transition b) {
        return a.name().equals(b.name()) && RowKey.of(a).equals(RowKey.of(b)) && a.clauses().equals(b.clauses());
    }

    private static String readingsCell(List<Reading> have) {
        if (have.size() == Reading.ALL.size()) return "all";
        List<Reading> missing = Reading.ALL.stream().filter(r -> !have.contains(r)).toList();
        if (missing.size() < have.size()) return "all but " + names(missing);
        return names(have);
    }

    private static String names(List<Reading> readings) {
        return readings.stream().map(r -> "`" + r + "`").collect(Collectors.joining(", "));
    }

    private static void rowLine(StringBuilder b, String where, Transition t) {
        b.append("| ").append(where).append(" | ").append(t.name()).append(" | ").append(cells(t)).append(" | ")
                .append(String.join(", ", t.clauses())).append(" |\n");
    }

    /** from | event | guard | actions | to */
    private static String cells(Transition t) {
        return t.source() + " | " + t.event().keyword + " | " + cell(t.guard().toString()) + " | "
                + (t.actions().isEmpty() ? "(none)" : cell(String.join(", ", actionNames(t)))) + " | " + t.target();
    }

    private static String scenarioCell(Distinction d) {
        return d.steps().stream().map(s -> "`" + ScenarioWriter.line(s) + "`").collect(Collectors.joining(", "));
    }

    /** A Markdown table cell: a bar would end the cell. */
    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
