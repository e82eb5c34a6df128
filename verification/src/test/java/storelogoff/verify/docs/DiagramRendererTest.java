package storelogoff.verify.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import storelogoff.model.Reading;
import storelogoff.model.StoreLogoffSpec;
import storelogoff.model.Transition;
import storelogoff.verify.docs.DiagramRenderer.Format;

class DiagramRendererTest {

    /** A transition line Mermaid reads as intended: the label holds none of : ; # % " < > { } |. */
    private static final Pattern MERMAID_EDGE =
            Pattern.compile("^    (\\[\\*]|[A-Z]+) --> (\\[\\*]|[A-Z]+)( : [^:;#%\"<>{}|]+)?$");

    @Test
    void mermaidHasOneEdgePerRowLabelledWithEventAndGuard() {
        for (Reading r : Reading.ALL) {
            List<Transition> rows = StoreLogoffSpec.transitions(r);
            List<String> lines = DiagramRenderer.render(r, Format.MERMAID).lines().toList();
            assertThat(lines.get(0)).isEqualTo("stateDiagram-v2");
            List<String> edges = lines.stream().filter(l -> l.contains("-->") && !l.contains("[*]")).toList();
            assertThat(edges).as("one edge per row of %s", r).hasSize(rows.size());
            for (Transition t : rows) {
                String label = DiagramRenderer.mermaidSafe(DiagramRenderer.edgeLabel(t));
                assertThat(label).as("label of %s", t.name()).startsWith(t.event().keyword);
                assertThat(edges).as("edge of row %s under %s", t.name(), r)
                        .contains("    " + t.source() + " --> " + t.target() + " : " + label);
            }
        }
    }

    @Test
    void mermaidStartsAtOpenEndsAtReleasedAndKeepsSelfLoops() {
        String m = DiagramRenderer.render(Reading.DEFAULT, Format.MERMAID);
        assertThat(m).contains("    [*] --> OPEN\n", "    RELEASED --> [*]\n",
                "    OPEN --> OPEN : addref\n", "    REFUSED --> REFUSED : send-start [Outbox not empty]\n");
        // IMPL-4: the guard of the final release shows the flag that is acted on.
        assertThat(m).contains("    OPEN --> REFUSED : release [last reference ∧ ABORT ∧ transports active]\n");
    }

    @Test
    void everyMermaidLineIsAWellFormedEdge() {
        for (Reading r : Reading.ALL) {
            DiagramRenderer.render(r, Format.MERMAID).lines().skip(1).forEach(line ->
                    assertThat(MERMAID_EDGE.matcher(line).matches()).as("Mermaid line under %s: %s", r, line).isTrue());
        }
    }

    @Test
    void mermaidSafeReplacesWhatEndsOrBreaksALabel() {
        String safe = DiagramRenderer.mermaidSafe("called with A|B: x; #1 \"q\" <b> {c} 5%%");
        assertThat("    A --> B : " + safe).matches(MERMAID_EDGE);
        assertThat(safe).contains("called with A or B", "x", "1", "'q'", "b", "c", "5");
        assertThat(DiagramRenderer.mermaidSafe("¬(a ∧ b)")).as("logic signs are fine in Mermaid").isEqualTo("¬(a ∧ b)");
    }

    @Test
    void dotHasTheSameEdgesWithQuotedLabels() {
        for (Reading r : Reading.ALL) {
            List<Transition> rows = StoreLogoffSpec.transitions(r);
            String dot = DiagramRenderer.render(r, Format.DOT);
            assertThat(dot).startsWith("digraph \"StoreLogoff, reading " + r + "\" {\n").endsWith("}\n")
                    .contains("    start -> OPEN;\n", "    RELEASED -> end;\n");
            for (Transition t : rows) {
                assertThat(dot).as("edge of %s", t.name()).contains("    " + t.source() + " -> " + t.target()
                        + " [label=" + DiagramRenderer.dotString(DiagramRenderer.edgeLabel(t)) + "];\n");
            }
            assertThat(dot.lines().filter(l -> l.contains(" [label=")).count()).isEqualTo(rows.size());
        }
        assertThat(DiagramRenderer.dotString("a \"b\" \\c")).isEqualTo("\"a \\\"b\\\" \\\\c\"");
    }

    @Test
    void formatsAreNamedInLowerCaseAndUnknownOnesAreRejected() {
        assertThat(Format.byName("Mermaid")).isEqualTo(Format.MERMAID);
        assertThat(Format.byName("dot")).isEqualTo(Format.DOT);
        assertThatThrownBy(() -> Format.byName("svg")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'svg'").hasMessageContaining("mermaid or dot");
    }
}
