package storelogoff.conform;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import storelogoff.model.Event;
import storelogoff.scenario.ObservedField;

/**
 * What an implementation under test says about itself before the kit drives it: its name, the
 * steps it can make and the fields it can report at every step (docs/conformance/protocol.md).
 * The kit generates scenarios of those steps only and compares those fields only.
 *
 * @param implementation a name for reports, e.g. {@code Microsoft sample store (C++ re-creation)}
 * @param steps          the events it can make happen; at least one client call
 * @param fields         what it observes, always including {@link ObservedField#RESULT}
 */
public record Hello(String implementation, Set<Event> steps, Set<ObservedField> fields) {

    public Hello {
        if (implementation == null || implementation.isBlank()) throw new IllegalArgumentException("expected an implementation name, found none");
        if (steps.isEmpty()) throw new IllegalArgumentException("expected at least one step the implementation can make, found none");
        if (!fields.contains(ObservedField.RESULT)) {
            throw new IllegalArgumentException("expected the fields to include 'result' (every step has one), found " + keys(fields));
        }
        steps = Set.copyOf(EnumSet.copyOf(steps));
        fields = Set.copyOf(EnumSet.copyOf(fields));
    }

    /** A hello for Java adapters: {@code Hello.of("my store", List.of(ADDREF, ...), List.of(RESULT, ...))}. */
    public static Hello of(String implementation, Collection<Event> steps, Collection<ObservedField> fields) {
        return new Hello(implementation, EnumSet.copyOf(steps), EnumSet.copyOf(fields));
    }

    /** The steps in event order. */
    public EnumSet<Event> stepSet() {
        return steps.isEmpty() ? EnumSet.noneOf(Event.class) : EnumSet.copyOf(steps);
    }

    /** The fields in field order: the order reports and traces use. */
    public EnumSet<ObservedField> fieldSet() {
        return EnumSet.copyOf(fields);
    }

    /** {@code NAME; steps addref, release; fields result, refs}. */
    public String describe() {
        return implementation + "; steps " + stepSet().stream().map(e -> e.keyword).collect(Collectors.joining(", "))
                + "; fields " + keys(fieldSet());
    }

    static String keys(Collection<ObservedField> fields) {
        return fields.stream().map(f -> f.key).collect(Collectors.joining(", "));
    }
}
