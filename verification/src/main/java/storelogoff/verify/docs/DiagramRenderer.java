package storelogoff.verify.docs;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import storelogoff.model.Guard;
import storelogoff.model.Reading;
import storelogoff.model.StoreLogoffSpec;
import storelogoff.model.StoreState;
import storelogoff.model.Transition;
import storelogoff.model.World;

/**
 * Draws the transition table of a reading as a state diagram, straight from
 * {@link StoreLogoffSpec#transitions(Reading)}: one edge per row, labelled with its event and
 * guard, self-loops included. The start is the initial world's state; states without rows
 * (RELEASED) are final.
 */
public final class DiagramRenderer {

    public enum Format {
        MERMAID, DOT;

        /** {@code mermaid} or {@code dot}, case-insensitive. */
        public static Format byName(String name) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name.trim())) return f;
            }
            throw new IllegalArgumentException("unknown diagram format '" + name + "'; expected mermaid or dot");
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private DiagramRenderer() {}

    public static String render(Reading reading, Format format) {
        List<Transition> rows = StoreLogoffSpec.transitions(reading);
        return format == Format.MERMAID ? mermaid(rows) : dot(reading, rows);
    }

    /** The edge label: {@code event [guard]}; actions are left to the table. */
    public static String edgeLabel(Transition t) {
        return t.guard() == Guard.ALWAYS ? t.event().keyword : t.event().keyword + " [" + t.guard().label() + "]";
    }

    /** A Mermaid {@code stateDiagram-v2}: one {@code FROM --> TO : label} line per row. */
    public static String mermaid(List<Transition> rows) {
        StringBuilder b = new StringBuilder("stateDiagram-v2\n");
        b.append("    [*] --> ").append(initialState()).append('\n');
        for (Transition t : rows) {
            b.append("    ").append(t.source()).append(" --> ").append(t.target())
                    .append(" : ").append(mermaidSafe(edgeLabel(t))).append('\n');
        }
        for (StoreState s : finalStates(rows)) b.append("    ").append(s).append(" --> [*]\n");
        return b.toString();
    }

    /** A Graphviz digraph with the same edges. */
    public static String dot(Reading reading, List<Transition> rows) {
        StringBuilder b = new StringBuilder();
        b.append("digraph ").append(dotString("StoreLogoff, reading " + reading.name())).append(" {\n");
        b.append("    rankdir=LR;\n    node [shape=box, style=rounded];\n");
        b.append("    start [shape=point, label=\"\"];\n    end [shape=doublecircle, label=\"\", width=0.2];\n");
        b.append("    start -> ").append(initialState()).append(";\n");
        for (Transition t : rows) {
            b.append("    ").append(t.source()).append(" -> ").append(t.target())
                    .append(" [label=").append(dotString(edgeLabel(t))).append("];\n");
        }
        for (StoreState s : finalStates(rows)) b.append("    ").append(s).append(" -> end;\n");
        return b.append("}\n").toString();
    }

    /**
     * Mermaid ends a transition label at {@code :} or {@code ;}, reads {@code #} and {@code %%} as
     * comment starts, and treats quotes and angle brackets as markup: replace them by plain words.
     */
    static String mermaidSafe(String label) {
        return label.replace("|", " or ").replace(":", " -").replace(";", ",").replace("#", "no. ")
                .replace("%", " percent").replace("\"", "'").replace("<", "‹").replace(">", "›")
                .replace("{", "(").replace("}", ")");
    }

    static String dotString(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static StoreState initialState() {
        return World.initial(1, false).state;
    }

    /** States that some row enters and no row leaves. */
    private static List<StoreState> finalStates(List<Transition> rows) {
        Set<StoreState> left = EnumSet.noneOf(StoreState.class);
        Set<StoreState> entered = EnumSet.noneOf(StoreState.class);
        for (Transition t : rows) {
            left.add(t.source());
            entered.add(t.target());
        }
        List<StoreState> out = new ArrayList<>();
        for (StoreState s : entered) {
            if (!left.contains(s)) out.add(s);
        }
        return out;
    }
}
